import Foundation
import Testing
@testable import UNLint

/// Rule packs: strict loading, the four kinds, scopes, exceptions, limits, and
/// the examples of every shipped pack rule (also behind multibyte text).
@Suite struct RulePackTests {
    static let languages = ["ar", "en", "es", "fr", "ru", "zh"]

    static func pack(_ yaml: String, reserved: [String: String] = [:]) throws(RuleDataError) -> [PackRule] {
        try RulePackLoader.load(yaml: yaml, file: "pack.yml", languages: languages, reserved: reserved).rules
    }

    /// `line:column rule: message` of each finding of `rules` in `text`.
    static func findings(
        _ text: String, _ rules: [PackRule], language: String = "en", format: InputFormat = .markdown
    ) throws -> [String] {
        try Linter(catalog: TestSupport.catalog, rules: [], packs: rules)
            .lint(SourceText(text), path: "doc.md", format: format, language: language)
            .diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule): \($0.message)" }
    }

    /// A document with a header, a heading, a paragraph and a table.
    static let document = """
        A/80/1

        Distr.: General

        I. Organisation

        1. Le Comité a créé l’organisation des travaux et l’Organisation.

        | Organisation | 2021 |
        | --- | --- |

        """

    // MARK: Kinds

    @Test func existenceReportsEachMatchWithCaptures() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/no-organisation
                title: Organisation
                kind: existence
                pattern: '(?i)(organi)sation'
                message: "'{match}' ({1}…) is -ise."
            """)
        let found = try Self.findings(Self.document, rules)
        #expect(found == [
            "7:23 house/no-organisation: 'organisation' (organi…) is -ise.",
            "7:53 house/no-organisation: 'Organisation' (Organi…) is -ise.",
        ])
    }

    @Test func substitutionProposesTheReplacementAndSkipsTheRightForm() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/colour
                title: Colour
                kind: substitution
                scope: any
                swap:
                  '(?i)\\b(c)olor\\b': '{1}olour'
                message: "Write '{suggestion}', not '{match}'."
            """)
        let found = try Self.findings("Колір: Color and colour, color.\n", rules, language: "ru")
        #expect(found == [
            "1:8 house/colour: Write 'Colour', not 'Color'.",
            "1:26 house/colour: Write 'colour', not 'color'.",
        ])
    }

    @Test func occurrenceCountsPerParagraphAndForTheWholeScope() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/one-note
                title: One note per paragraph
                kind: occurrence
                pattern: 'Note'
                max: 1
                message: "{count} notes in one paragraph (at most {max}); '{match}' is one too many."
              - id: house/needs-symbol
                title: The header names a symbol
                kind: occurrence
                scope: header
                pattern: '^A/\\d+'
                min: 1
                message: "The header has {count} symbol lines; expected at least {min}."
            """)
        let text = "Комитет\n\n1. Note this. Note that. Note all.\n\n2. Note once.\n"
        #expect(try Self.findings(text, rules) == [
            "1:1 house/needs-symbol: The header has 0 symbol lines; expected at least 1.",
            "3:15 house/one-note: 3 notes in one paragraph (at most 1); 'Note' is one too many.",
        ])
    }

    @Test func consistencyReportsTheSpellingUsedSecond() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/email
                title: One spelling of e-mail
                kind: consistency
                scope: body
                either:
                  '\\be-mail\\b': '\\bemail\\b'
                message: "'{match}' here, '{suggestion}' earlier in the document."
            """)
        let text = "1. Пишите по email or e-mail.\n\n2. Send an email.\n"
        #expect(try Self.findings(text, rules) == [
            "1:23 house/email: 'e-mail' here, 'email' earlier in the document.",
        ])
        #expect(try Self.findings("1. Send an email.\n", rules) == [])
    }

    // MARK: Scopes, languages, exceptions, limits

    @Test(arguments: [
        ("header", ["1:1"]),
        ("heading", ["5:4"]),
        ("paragraph", ["7:23", "7:53"]),
        ("body", ["5:4", "7:23", "7:53", "9:3"]),
        ("any", ["1:1", "5:4", "7:23", "7:53", "9:3"]),
    ])
    func scopeChoosesTheText(scope: String, expected: [String]) throws {
        let rules = try Self.pack("""
            rules:
              - id: house/find
                title: Find
                kind: existence
                scope: \(scope)
                pattern: '(?i)organisation|A/80/1'
                message: found
            """)
        let found = try Self.findings(Self.document, rules)
        #expect(found.map { String($0.prefix { $0 != " " }) } == expected, "\(found)")
    }

    @Test func languagesLimitTheRule() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/find
                title: Find
                kind: existence
                languages: [fr, es]
                pattern: 'travaux'
                message: found
            """)
        #expect(try Self.findings(Self.document, rules, language: "fr").count == 1)
        #expect(try Self.findings(Self.document, rules, language: "en").isEmpty)
    }

    @Test func exceptionsCancelTheMatchesTheyCover() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/find
                title: Find
                kind: existence
                pattern: ':'
                exceptions:
                  - 'https?://\\S+'
                  - literal: 'Note: '
                message: found
            """)
        let text = "1. Voir https://undocs.org/fr/A/80/1. Note: x. Autre: y.\n"
        #expect(try Self.findings(text, rules) == ["1:53 house/find: found"])
    }

    @Test func aCatastrophicPatternIsAMatchLimitWarningAndTheRunGoesOn() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/slow
                title: Slow
                kind: existence
                pattern: '(a+)+$'
                message: found
              - id: house/fast
                title: Fast
                kind: existence
                pattern: 'b'
                message: found
            """)
        let text = "1. " + String(repeating: "a", count: 5_000) + "b\n"
        let findings = try Self.findings(text, rules)
        #expect(findings.count == 2)
        #expect(findings[0].hasPrefix("1:1 engine/match-limit: house/slow "))
        #expect(findings[1] == "1:5004 house/fast: found")
    }

    @Test func configuredLevelsApplyToPackRules() throws {
        let rules = try Self.pack("""
            rules:
              - id: house/find
                title: Find
                kind: existence
                pattern: 'travaux'
                message: found
            """)
        let linter = Linter(catalog: TestSupport.catalog, rules: [], packs: rules)
        let off = try linter.lint(SourceText(Self.document), path: "d.md", format: .markdown, language: "fr", ruleLevels: ["house/find": .off])
        #expect(off.diagnostics.isEmpty)
        let error = try linter.lint(SourceText(Self.document), path: "d.md", format: .markdown, language: "fr", ruleLevels: ["house/find": .error])
        #expect(error.diagnostics.map(\.severity) == [.error])
    }

    @Test func anInlineCommentDoesNotLeaveTrailingSpacesBehind() throws {
        let trailing = try RulePackLoader.shipped().filter { $0.description.id == "whitespace/trailing-space" }
        let text = "1. The Council met. <!-- unlint-disable-next-line numbering/paragraph-sequence -->\n3. It adopted it. \n"
        let found = try Self.findings(text, trailing)
        // The space before the comment (1:19) is not reported; the directive, which silenced nothing here, is.
        #expect(found == [
            "1:21 suppression/unused: unlint-disable-next-line numbering/paragraph-sequence suppressed nothing; remove it.",
            "2:18 whitespace/trailing-space: Spaces at the end of the line; remove them.",
        ])
    }

    // MARK: Loading

    struct Invalid: Sendable, CustomTestStringConvertible {
        let yaml: String
        let message: String
        var testDescription: String { message }
    }

    static let rule = "rules:\n  - id: house/x\n    title: X\n    message: m\n"

    @Test(arguments: [
        Invalid(yaml: "rule: []\n", message: "pack.yml:1:1: unknown key 'rule'; expected one of: rules"),
        Invalid(yaml: "rules: []\n", message: "pack.yml:1:8: 'rules' must not be empty"),
        Invalid(yaml: "rules:\n  - id: House/X\n", message: "pack.yml:2:9: rule id 'House/X' must be 'family/name' in lower case (letters, digits, hyphens)"),
        Invalid(yaml: "rules:\n  - id: numbering/paragraph-sequence\n", message: "pack.yml:2:9: duplicate rule id 'numbering/paragraph-sequence': already defined (built in)"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: a\n  - id: house/x\n", message: "pack.yml:7:9: duplicate rule id 'house/x': already defined (pack.yml:2)"),
        Invalid(yaml: "rules:\n  - id: house/x\n    title: X\n", message: "pack.yml:2:5: missing key 'kind' in rules"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: a\n    colour: red\n", message: "pack.yml:7:5: unknown key 'colour' in rules; expected one of: either, examples, exceptions, id, kind, languages, link, max, message, min, pattern, patterns, rationale, scope, severity, swap, title"),
        Invalid(yaml: rule + "    kind: lookup\n", message: "pack.yml:5:11: 'kind' must be 'existence', 'substitution', 'occurrence' or 'consistency', found 'lookup'"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: 'a(b'\n", message: "pack.yml:6:14: invalid pattern in 'pattern': missing closing parenthesis at pattern offset 3"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: 'a*'\n", message: "pack.yml:6:14: the pattern in 'pattern' matches the empty string, so it would report every position"),
        Invalid(yaml: rule + "    kind: existence\n", message: "pack.yml:2:5: missing key 'pattern' (or 'patterns')"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: a\n    swap: {a: b}\n", message: "pack.yml:7:11: 'swap' belongs to kind substitution, not existence"),
        Invalid(yaml: rule + "    kind: occurrence\n    pattern: a\n", message: "pack.yml:2:5: an occurrence rule needs 'min', 'max' or both"),
        Invalid(yaml: rule + "    kind: occurrence\n    pattern: a\n    min: 3\n    max: 2\n", message: "pack.yml:7:10: 'min' (3) is greater than 'max' (2)"),
        Invalid(yaml: rule + "    kind: occurrence\n    pattern: a\n    max: many\n", message: "pack.yml:7:10: 'max' must be a whole number of 0 or more, found 'many'"),
        Invalid(yaml: "rules:\n  - id: house/x\n    title: X\n    message: '{2} found'\n    kind: existence\n    pattern: '(a)'\n", message: "pack.yml:4:14: in 'message' at offset 0: placeholder '{2}' names no capture group (the patterns have 1)"),
        Invalid(yaml: "rules:\n  - id: house/x\n    title: X\n    message: '{suggestion}'\n    kind: existence\n    pattern: a\n", message: "pack.yml:4:14: in 'message' at offset 0: unknown placeholder '{suggestion}'; expected {match}"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: a\n    languages: [xx]\n", message: "pack.yml:7:17: unknown language 'xx'; expected one of: ar, en, es, fr, ru, zh"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: a\n    scope: table\n", message: "pack.yml:7:12: 'scope' must be 'header', 'heading', 'paragraph', 'body' or 'any', found 'table'"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: a\n    examples:\n      - text: abc\n        expect: ['2:1 found']\n", message: "pack.yml:9:18: line 2 is not in the example text (1 lines)"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: a\n    examples:\n      - text: abc\n        expect: [1:9]\n", message: "pack.yml:9:18: expected findings are 'LINE:COLUMN message', found '1:9'"),
        Invalid(yaml: rule + "    kind: existence\n    pattern: [a\n", message: "pack.yml:7:1: invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'"),
    ])
    func invalidPacksNameFileLineAndColumn(_ invalid: Invalid) {
        #expect(throws: RuleDataError.self) {
            _ = try Self.pack(invalid.yaml, reserved: ["numbering/paragraph-sequence": "built in"])
        }
        do {
            _ = try Self.pack(invalid.yaml, reserved: ["numbering/paragraph-sequence": "built in"])
        } catch {
            #expect(error.description == invalid.message)
        }
    }

    @Test func examplesBecomePositionedRuleExamples() throws {
        let rules = try Self.pack(Self.rule + """
                kind: existence
                scope: any
                pattern: 'é'
                examples:
                  - text: "Comité\\nété"
                    expect: ['1:6 m', '2:1 m', '2:3 m']
                    language: fr
            """)
        let example = try #require(rules.first?.description.examples.first)
        #expect(example.findingOffsets == [5, 8, 11])
        #expect(example.language == "fr")
        let (expected, reported) = try example.findings(of: rules[0].description, linter: Linter(catalog: TestSupport.catalog, rules: [], packs: rules))
        #expect(expected == reported)
    }

    // MARK: Shipped packs

    @Test func shippedPacksLoadAndEachRuleIsDocumented() throws {
        let rules = try RulePackLoader.shipped()
        #expect(rules.count == 12)
        for rule in rules {
            let description = rule.description
            #expect(!description.rationale.isEmpty, "\(description.id)")
            #expect(description.examples.contains { $0.triggers }, "\(description.id)")
            #expect(description.examples.contains { !$0.triggers }, "\(description.id)")
        }
    }

    /// Every example of every shipped rule, as written (filler nil) and after
    /// a paragraph of running text in each of five languages, two lines down.
    static let shippedExamples: [(id: String, index: Int, filler: String?)] = (try! RulePackLoader.shipped()).flatMap { rule in
        rule.description.examples.indices.flatMap { index in
            ([nil] + ExampleCase.fillers.map(\.language)).map { (rule.description.id, index, $0) }
        }
    }

    @Test(arguments: shippedExamples)
    func shippedExamplePasses(id: String, index: Int, filler: String?) throws {
        let rule = try #require(try RulePackLoader.shipped().first { $0.description.id == id })
        var example = rule.description.examples[index]
        if let filler, let text = ExampleCase.fillers.first(where: { $0.language == filler })?.text {
            let prefix = text + ".\n\n"
            example = RuleExample(
                text: prefix + example.source, findingOffsets: example.findingOffsets!.map { $0 + prefix.utf8.count },
                messages: example.messages, language: example.language, format: example.format)
        }
        let linter = Linter(catalog: TestSupport.catalog, rules: [], packs: [rule])
        let (expected, reported) = try example.findings(of: rule.description, linter: linter)
        #expect(reported == expected)
    }
}
