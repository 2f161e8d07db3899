import Foundation
import PCRE2
import Testing
@testable import UNLint

@Suite struct LinterTests {
    /// The numbering and structure rules: these tests are about the engine, not the header.
    static let structureRules = builtInRules.filter {
        $0.description.id.hasPrefix("numbering/") || $0.description.id.hasPrefix("structure/")
    }

    /// A document with a finding from each of three rules.
    static let document = """
        Distr. générale
        12 août 2021
        Français
        Original : anglais

        ### I. Introduction

        1. Les membres ont examiné : a) la paix ; c) le développement.

        ### III. Autres questions

        3. Texte.

        """

    static let expected = [
        Finding("numbering/subparagraph-sequence", 8, 43, "Sub-paragraph c) follows a); expected b)."),
        Finding("structure/chapter-sequence", 10, 5, "Chapter III follows chapter I; expected II."),
        Finding("numbering/paragraph-sequence", 12, 1, "Paragraph 3 follows paragraph 1; expected 2."),
    ]

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndingsDoNotMovePositions(_ ending: String) throws {
        let text = Self.document.replacingOccurrences(of: "\n", with: ending)
        let result = try Linter(catalog: TestSupport.catalog, rules: Self.structureRules).lint(bytes: Array(text.utf8), path: "a.md")
        #expect(result.diagnostics.map(Finding.init) == Self.expected)
        #expect(result.language == "fr")
    }

    @Test func byteOrderMarkShiftsOffsetsButNotColumns() throws {
        let linter = Linter(catalog: TestSupport.catalog, rules: Self.structureRules)
        let plain = try linter.lint(bytes: Array(Self.document.utf8), path: "a.md")
        let marked = try linter.lint(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.document.utf8), path: "a.md")
        #expect(marked.diagnostics.map(Finding.init) == Self.expected)
        #expect(marked.diagnostics.map(\.range.start.offset) == plain.diagnostics.map { $0.range.start.offset + 3 })
    }

    @Test func invalidUTF8IsOneEncodingDiagnosticAndNothingElse() throws {
        let bytes = Array("1. Text.\n\n3. Café ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = try Linter(catalog: TestSupport.catalog, rules: Self.structureRules).lint(bytes: bytes, path: "a.md")
        #expect(result.diagnostics.map(Finding.init) == [
            Finding("parse/encoding", 3, 9, "File is not valid UTF-8: byte 0xC3 at offset 19 cannot be decoded.")
        ])
        #expect(result.diagnostics[0].severity == .error)
        #expect(result.language == nil)
    }

    /// An empty or blank file gets one warning, not a finding for every missing part.
    @Test func emptyAndBlankDocumentsGetOneWarning() throws {
        let linter = Linter(catalog: TestSupport.catalog)
        for text in ["", "\n\n\n", "\u{0C}", "   ", "\u{FEFF}\r\n"] {
            let result = try linter.lint(bytes: Array(text.utf8), path: "a.txt")
            #expect(result.diagnostics.map(Finding.init) == [Finding("parse/empty", 1, 1, "The file has no text; there is nothing to lint.")])
            #expect(result.diagnostics.first?.severity == .warning)
        }
    }

    /// Many documents linted concurrently come back in the order given, each with its own findings.
    @Test func concurrentLintingKeepsInputOrder() async throws {
        let inputs = (1...40).map { n in
            LintInput(path: "doc-\(n).md", content: .bytes(Array("1. Text.\n\n\(n + 1). Text.\n".utf8)))
        }
        let results = await Linter(catalog: TestSupport.catalog, rules: Self.structureRules).lint(inputs, width: 4)
        #expect(results.map(\.path) == inputs.map(\.path))
        #expect(results.map { $0.diagnostics.count } == [0] + Array(repeating: 1, count: 39))
        #expect(results[9].diagnostics.first?.message == "Paragraph 11 follows paragraph 1; expected 2.")
    }

    /// On a large document the scans and the rules share the cores: the
    /// findings are the same, in the same order, and every rule is timed.
    @Test func scansAndRulesRunConcurrentlyOnALargeDocumentFindTheSame() throws {
        let sequential = Linter(catalog: TestSupport.catalog, packs: TestSupport.shippedPacks)
        var concurrent = sequential
        concurrent.concurrencyThreshold = 0
        let options = Linter.Options(measuresTime: true)
        for name in ["ceb-summary-fr.md", "report-en.txt", "report-ru.md"] {
            let bytes = Array(try Data(contentsOf: TestSupport.repositoryRoot.appending(path: "Examples/\(name)")))
            let expected = try sequential.lint(bytes: bytes, path: name, options: options)
            let found = try concurrent.lint(bytes: bytes, path: name, options: options)
            #expect(!expected.diagnostics.isEmpty)
            #expect(found.diagnostics == expected.diagnostics, "\(name)")
            #expect(Set(found.timings.keys) == Set(expected.timings.keys), "\(name)")
        }
        var structure = Linter(catalog: TestSupport.catalog, rules: Self.structureRules)
        structure.concurrencyThreshold = 0
        #expect(try structure.lint(bytes: Array(Self.document.utf8), path: "a.md").diagnostics.map(Finding.init) == Self.expected)
    }
}

@Suite struct MatchLimitTests {
    /// A rule whose pattern hits the PCRE2 match limit reports `engine/match-limit`
    /// at the start of the document, naming itself, and the run goes on.
    @Test func aPatternLimitBecomesAnEngineWarningNamingTheRule() throws {
        let limit = try #require(throws: PCRE2Error.self) {
            try Regex("^(a+)+$").matches(in: String(repeating: "a", count: 40) + "b", limits: MatchLimits(matchLimit: 10_000))
        }
        let source = SourceText("Distr.: General\n")
        var sink = DiagnosticSink(rule: "link/empty-target", severity: .warning)
        sink.patternFailed(limit, in: source)
        #expect(sink.diagnostics.map(Finding.init) == [
            Finding("engine/match-limit", 1, 1, "link/empty-target could not check this document: \(limit)."),
        ])
        #expect(sink.diagnostics[0].severity == .warning)
        #expect(limit.isMatchLimit)
    }
}
