// libFuzzer target: arbitrary bytes through reading (UTF-8, BOM, line ends),
// parsing (Markdown and plain text) and every rule, the shipped packs included.
// Built and run by scripts/fuzz.sh (`make fuzz`); not part of the SwiftPM build.
import Foundation
import UNLint

private let linter: Linter = {
    do {
        return Linter(catalog: fuzzCatalog, packs: try RulePackLoader.shipped())
    } catch {
        fatalError("shipped packs do not load: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func lintFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Each input is read both ways, alternating the path's extension, so that
    // a finding replays from its input alone whichever reader it needs.
    for path in ["fuzz.md", "fuzz.txt"] {
        let result: FileResult
        do {
            result = try linter.lint(bytes: bytes, path: path)
        } catch {
            // No language or document type is forced, so no option can name an unknown one.
            fatalError("\(path): lint threw \(error)")
        }
        checkPositions(result, bytes: bytes)
    }
    return 0
}
