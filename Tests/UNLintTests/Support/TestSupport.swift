import Foundation
import Testing
@testable import UNLint

/// Shared fixtures: the built-in languages and paths in the checkout.
enum TestSupport {
    /// The built-in catalog, loaded once; loading it is itself tested elsewhere.
    static let catalog = try! LanguageCatalog.builtIn()

    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout, when present (CI has it; a fresh clone does not).
    static let shared: URL? = {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Every rule a run without configuration has: the built-in rules and the engine's.
    /// Every rule the command runs by default: built-in, shipped packs, engine.
    static let allRules = builtInRules.map { $0.description } + shippedPacks.map(\.description) + EngineDiagnostics.all
    static let shippedPacks = try! RulePackLoader.shipped()

    /// The report of `files` linted as the command does (built-in rules and shipped packs), listing every rule.
    static func report(
        _ files: [(path: String, text: String)], extra: [FileResult] = [], rulesOff: [String: Set<String>] = [:],
        timing: RunTiming? = nil
    ) throws -> LintReport {
        let linter = Linter(catalog: catalog, packs: shippedPacks)
        let results = try files.map { try linter.lint(bytes: Array($0.text.utf8), path: $0.path) } + extra
        return LintReport(files: results, rules: allRules, rulesOff: rulesOff, timing: timing)
    }

    static func parse(_ text: String, format: InputFormat = .markdown, language: String? = nil) throws -> Document {
        try DocumentParser(catalog: catalog).parse(SourceText(text), format: format, language: language)
    }

    /// Lints `text` with the given rules (all built-in rules by default).
    static func lint(
        _ text: String, format: InputFormat = .markdown, language: String? = nil, rules: [any Rule.Type] = builtInRules
    ) throws -> [Diagnostic] {
        try Linter(catalog: catalog, rules: rules).lint(SourceText(text), path: "test.md", format: format, language: language).diagnostics
    }
}

/// A diagnostic reduced to what tests compare: rule, position and message.
struct Finding: Equatable, CustomStringConvertible {
    let rule: String
    let line: Int
    let column: Int
    let message: String

    init(_ rule: String, _ line: Int, _ column: Int, _ message: String) {
        self.rule = rule
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ diagnostic: Diagnostic) {
        self.init(diagnostic.rule, diagnostic.range.start.line, diagnostic.range.start.column, diagnostic.message)
    }

    var description: String { "\(line):\(column) \(rule) \(message)" }
}
