import Testing
@testable import UNLint

/// Inline suppressions in Markdown: `<!-- unlint-disable… -->` comments.
@Suite struct SuppressionTests {
    static let rules = LinterTests.structureRules

    /// Paragraph 3 follows paragraph 1 on line 9, once `lines` (inserted at line `at`) are removed.
    static func document(inserting lines: [String] = [], at index: Int = 8, appending tail: [String] = []) -> String {
        var body = [
            "Distr.: General", "3 March 2025", "Original: English", "", "# I. Introduction", "",
            "1. The Committee met in Geneva.", "", "3. The Committee adopted its report.",
        ]
        body.insert(contentsOf: lines, at: index)
        return (body + tail).joined(separator: "\n") + "\n"
    }

    static func lint(_ text: String) throws -> [Finding] {
        try TestSupport.lint(text, rules: rules).map(Finding.init)
    }

    static let gap = "Paragraph 3 follows paragraph 1; expected 2."

    @Test func withoutSuppressionTheFindingIsReported() throws {
        #expect(try Self.lint(Self.document()) == [Finding("numbering/paragraph-sequence", 9, 1, Self.gap)])
    }

    @Test func disableNextLineWithAReasonSuppressesTheNextLineOnly() throws {
        let comment = "<!-- unlint-disable-next-line numbering/paragraph-sequence -- numbered as in the original -->"
        let text = Self.document(inserting: [comment])
        #expect(try Self.lint(text) == [])
        let directives = SuppressionDirective.scan(SourceText(text))
        #expect(directives == [SuppressionDirective(
            kind: .disableNextLine, rules: ["numbering/paragraph-sequence"], reason: "numbered as in the original",
            range: SourceText(text).range(line: 9, bytes: 0..<comment.utf8.count))])
        // Two lines above, the comment covers the blank line instead: the finding stays, the comment is unused.
        #expect(try Self.lint(Self.document(inserting: [comment], at: 7)) == [
            Finding("suppression/unused", 8, 1, "unlint-disable-next-line numbering/paragraph-sequence suppressed nothing; remove it."),
            Finding("numbering/paragraph-sequence", 10, 1, Self.gap),
        ])
    }

    @Test func disableAndEnableBoundARangeAndAFamilyGlobMatchesTheFamily() throws {
        let text = Self.document(
            inserting: ["<!-- unlint-disable numbering/* -- legacy numbering -->"], at: 6,
            appending: ["<!-- unlint-enable numbering/* -->", "", "5. Text."])
        #expect(try Self.lint(text) == [
            Finding("numbering/paragraph-sequence", 13, 1, "Paragraph 5 follows paragraph 3; expected 4."),
        ])
        #expect(SuppressionDirective.scan(SourceText(text)).map(\.reason) == ["legacy numbering", nil])
    }

    @Test func disableWithoutEnableRunsToTheEndAndWithoutRulesCoversEveryRule() throws {
        let text = Self.document(inserting: ["<!-- unlint-disable -->"], at: 6, appending: ["", "5. Text."])
        #expect(try Self.lint(text) == [])
    }

    @Test func enableOfSomethingNotDisabledIsUnused() throws {
        let text = Self.document(inserting: ["<!-- unlint-enable numbering/paragraph-sequence -->"], at: 6)
        #expect(try Self.lint(text) == [
            Finding("suppression/unused", 7, 1, "unlint-enable numbering/paragraph-sequence enabled nothing that was disabled; remove it."),
            Finding("numbering/paragraph-sequence", 10, 1, Self.gap),
        ])
    }

    @Test func disableFileAnywhereCoversTheWholeFile() throws {
        let text = Self.document(appending: ["", "<!-- unlint-disable-file numbering/paragraph-sequence structure/* -->"])
        #expect(try Self.lint(text) == [
            Finding("suppression/unused", 11, 1, "unlint-disable-file structure/* suppressed nothing; remove it."),
        ])
    }

    @Test func anUnknownRuleIdIsAWarningAtTheCommentAndSuppressesNothing() throws {
        let text = Self.document(inserting: ["<!-- unlint-disable-next-line numbering/paragraph-order, nonsense/* -->"])
        #expect(try Self.lint(text) == [
            Finding("suppression/unknown-rule", 9, 1, "Unknown rule 'nonsense/*' in unlint-disable-next-line; `unlint rules` lists the rule ids."),
            Finding("suppression/unknown-rule", 9, 1, "Unknown rule 'numbering/paragraph-order' in unlint-disable-next-line; `unlint rules` lists the rule ids."),
            Finding("numbering/paragraph-sequence", 10, 1, Self.gap),
        ])
    }

    @Test func disableNextLineOnTheLastLineIsUnused() throws {
        let text = Self.document(appending: ["<!-- unlint-disable-next-line -->"])
        #expect(try Self.lint(text) == [
            Finding("numbering/paragraph-sequence", 9, 1, Self.gap),
            Finding("suppression/unused", 10, 1, "unlint-disable-next-line suppressed nothing; remove it."),
        ])
        // Without a final newline too.
        #expect(try Self.lint(String(text.dropLast())) == [
            Finding("numbering/paragraph-sequence", 9, 1, Self.gap),
            Finding("suppression/unused", 10, 1, "unlint-disable-next-line suppressed nothing; remove it."),
        ])
    }

    /// The parser never sees a directive: a comment line between or against
    /// paragraphs neither splits nor joins them, and positions do not move.
    @Test func directivesDoNotDisturbTheParser() throws {
        let comment = "<!-- unlint-disable-next-line date/format -- kept -->"
        let clean = FixtureDocuments.clean
        let between = clean.replacingOccurrences(of: "2. The session was opened", with: "\(comment)\n\n2. The session was opened")
        let against = clean.replacingOccurrences(
            of: "at Geneva.\n", with: "at Geneva.\n\(comment)\n")
        for text in [between, against] {
            let diagnostics = try TestSupport.lint(text)
            #expect(diagnostics.map(\.rule) == ["suppression/unused"])
        }
    }

    /// Only `parse/*` findings remain for a file that is nothing but directives.
    @Test func parseDiagnosticsAreNeverSuppressed() throws {
        #expect(try Self.lint("<!-- unlint-disable-file -->\n") == [
            Finding("parse/empty", 1, 1, "The file has no text; there is nothing to lint."),
        ])
        #expect(!Suppressions.isSuppressible("parse/encoding"))
        #expect(!Suppressions.isSuppressible("suppression/unused"))
        #expect(Suppressions.isSuppressible("engine/match-limit"))
    }

    @Test func globsAndDirectiveParsing() {
        #expect(Suppressions.pattern("header/*", matches: "header/order"))
        #expect(!Suppressions.pattern("header/*", matches: "symbol/format"))
        #expect(Suppressions.pattern("*/format", matches: "date/format"))
        #expect(Suppressions.pattern("*", matches: "date/format"))
        #expect(!Suppressions.pattern("date/form", matches: "date/format"))
        #expect(SuppressionDirective.parse(" unlint-disable a/b, c/d -- why not -- really ")?.reason == "why not -- really")
        #expect(SuppressionDirective.parse(" unlint-disable a/b, c/d -- why ")?.rules == ["a/b", "c/d"])
        #expect(SuppressionDirective.parse(" a note for the editor ") == nil)
        #expect(SuppressionDirective.parse(" unlint-disabled ") == nil)
    }

    /// In plain text a comment is text: no directive is read.
    @Test func plainTextHasNoDirectives() throws {
        let text = Self.document(inserting: ["<!-- unlint-disable-next-line -->", ""])
        let findings = try TestSupport.lint(text, format: .text, rules: Self.rules).map(Finding.init)
        #expect(findings.contains(Finding("numbering/paragraph-sequence", 11, 1, Self.gap)))
        #expect(!findings.contains { $0.rule.hasPrefix("suppression/") })
    }
}
