import Foundation
import UNLint

/// Turns command-line paths into inputs: files as given, directories searched
/// for documents, `-` read from standard input.
enum InputCollector {
    static let documentExtensions = ["md", "markdown", "txt"]

    static func collect(_ paths: [String], stdinName: String) -> (inputs: [LintInput], problems: [String]) {
        var inputs: [LintInput] = []
        var problems: [String] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                inputs.append(LintInput(path: stdinName, content: .bytes([UInt8](data))))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append("\(path): no such file or directory")
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(LintInput(path: path, content: .file(path)))
                continue
            }
            guard let walker = files.enumerator(atPath: path) else {
                problems.append("\(path): cannot read directory")
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let ext = (relative as NSString).pathExtension.lowercased()
                if documentExtensions.contains(ext) {
                    found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
            }
            inputs += found.sorted().map { LintInput(path: $0, content: .file($0)) }
        }
        return (inputs, problems)
    }
}
