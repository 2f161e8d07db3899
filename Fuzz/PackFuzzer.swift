// libFuzzer target: arbitrary bytes, read as UTF-8 YAML, through the rule-pack
// loader. Loading must succeed or throw RuleDataError (typed throws make any
// other error impossible); it must never crash or hang. A pack that loads is
// then run on its own examples and on a small document, so that the patterns
// it accepted also go through PCRE2 matching and the findings' positions are checked.
// Built and run by scripts/fuzz.sh (`make fuzz`); not part of the SwiftPM build.
import Foundation
import UNLint

private let languages = fuzzCatalog.entries.map(\.profile.code)
private let reserved = Dictionary(uniqueKeysWithValues: builtInRules.map { ($0.description.id, "built in") })
private let sample = Array("""
    A/80/123

    Distr.: General
    3 March 2025
    Original: English

    # I. Introduction

    1. The Committee held its session in Geneva , from 3 to 7 February 2025 ; it adopted  the report.

    2. La Commission a tenu sa session : elle a adopté le rapport de 2025.

    """.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func packFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // As `RulePackLoader.load(paths:)` reads a file: invalid UTF-8 becomes U+FFFD.
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let pack: RulePack
    do {
        pack = try RulePackLoader.load(yaml: yaml, file: "fuzz.yml", languages: languages, reserved: reserved)
    } catch {
        // `error` is a RuleDataError by the loader's signature; its position must be a real one.
        guard error.line >= 1, error.column >= 1, error.file == "fuzz.yml" else {
            fatalError("rule-pack error with a bad position: \(error)")
        }
        return 0
    }
    for rule in pack.rules {
        let alone = Linter(catalog: fuzzCatalog, rules: [], packs: [rule])
        for example in rule.description.examples {
            do {
                _ = try example.findings(of: rule.description, linter: alone)
            } catch {
                fatalError("\(rule.description.id): example threw \(error)")
            }
        }
    }
    let linter = Linter(catalog: fuzzCatalog, rules: [], packs: pack.rules)
    do {
        checkPositions(try linter.lint(bytes: sample, path: "sample.md"), bytes: sample)
    } catch {
        fatalError("sample: lint threw \(error)")
    }
    return 0
}
