import Foundation
import Testing
@testable import UNLint

/// The SARIF log: its exact structure (the full OASIS schema is checked by
/// ExternalValidatorTests and `.ci/run`), fingerprints, paths and GitHub's limits.
@Suite struct SARIFReporterTests {
    static func log(_ report: LintReport, paths: RepositoryPaths = .asLinted) throws -> JSONValue {
        try JSONValue(parsing: SARIFReporter(paths: paths).report(report))
    }

    static func findingsReport(path: String = "docs/A-HRC-55-1.md") throws -> LintReport {
        try TestSupport.report([(path, FixtureDocuments.findings)])
    }

    @Test func theLogHasOneRunWithTheToolEveryRuleAndColumnsInCodePoints() throws {
        let log = try Self.log(try Self.findingsReport())
        #expect(log.objectValue.map { Set($0.keys) } == ["$schema", "version", "runs"])
        #expect(log["$schema"] == .string("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"))
        #expect(log["version"] == .string("2.1.0"))
        let run = try #require(log["runs"]?[0])
        #expect(log["runs"]?.arrayValue?.count == 1)
        #expect(run.objectValue.map { Set($0.keys) } == ["tool", "invocations", "results", "columnKind"])
        #expect(run["columnKind"] == .string("unicodeCodePoints"))
        #expect(run["invocations"] == .array([.object(["executionSuccessful": .bool(true)])]))
        let driver = try #require(run["tool"]?["driver"])
        #expect(driver.objectValue.map { Set($0.keys) } == ["name", "version", "semanticVersion", "informationUri", "rules"])
        #expect(driver["name"] == .string("unlint"))
        #expect(driver["version"] == .string(LintReport.toolVersion))
        #expect(driver["informationUri"] == .string("https://unlint.invalid/"))
        let rules = try #require(driver["rules"]?.arrayValue)
        #expect(rules.compactMap { $0["id"]?.stringValue } == TestSupport.allRules.map(\.id).sorted())
    }

    @Test func eachRuleHasItsDescriptionsHelpAndDefaultLevel() throws {
        let rules = try #require(try Self.log(try Self.findingsReport())["runs"]?[0]?["tool"]?["driver"]?["rules"]?.arrayValue)
        let paragraph = try #require(rules.first { $0["id"] == .string("numbering/paragraph-sequence") })
        let description = ParagraphSequenceRule.description
        #expect(paragraph == .object([
            "id": .string("numbering/paragraph-sequence"),
            "name": .string("NumberingParagraphSequence"),
            "shortDescription": .object(["text": .string("Paragraphs are numbered consecutively")]),
            "fullDescription": .object(["text": .string(description.rationale)]),
            "help": .object(["text": .string(RuleExplanation(description).text)]),
            "helpUri": .string("https://unlint.invalid/rules/numbering/paragraph-sequence"),
            "defaultConfiguration": .object(["level": .string("error")]),
            "properties": .object(["tags": .array([.string("numbering")])]),
        ]))
        let levels = Dictionary(uniqueKeysWithValues: rules.map { ($0["id"]!.stringValue!, $0["defaultConfiguration"]?["level"]) })
        #expect(levels["numbering/split-paragraph"] == .string("note"))
        #expect(levels["structure/heading-emphasis"] == .string("warning"))
        #expect(levels["parse/encoding"] == .string("error"))
        // GitHub shows at most 1,000 characters of a full description.
        #expect(rules.allSatisfy { ($0["fullDescription"]?["text"]?.stringValue?.count ?? .max) <= 1000 })
    }

    @Test func aResultHasItsRuleLevelMessageLocationRelatedPlaceAndFingerprint() throws {
        let report = try Self.findingsReport()
        let results = try #require(try Self.log(report)["runs"]?[0]?["results"]?.arrayValue)
        #expect(results.count == 2)
        let fingerprint = FindingFingerprint.fingerprints(of: report.files[0], path: "docs/A-HRC-55-1.md")[0]
        let artifact = JSONValue.object(["uri": .string("docs/A-HRC-55-1.md"), "uriBaseId": .string("%SRCROOT%")])
        #expect(results[0] == .object([
            "ruleId": .string("numbering/paragraph-sequence"),
            "ruleIndex": .integer(TestSupport.allRules.map(\.id).sorted().firstIndex(of: "numbering/paragraph-sequence")!),
            "level": .string("error"),
            "message": .object(["text": .string("Paragraph 4 follows paragraph 2; expected 3.")]),
            "locations": .array([.object(["physicalLocation": .object([
                "artifactLocation": artifact,
                "region": .object(["startLine": .integer(22), "startColumn": .integer(1), "endLine": .integer(22), "endColumn": .integer(3)]),
            ])])]),
            "relatedLocations": .array([.object([
                "id": .integer(1),
                "message": .object(["text": .string("paragraph 2 is here")]),
                "physicalLocation": .object([
                    "artifactLocation": artifact,
                    "region": .object(["startLine": .integer(16), "startColumn": .integer(1), "endLine": .integer(16), "endColumn": .integer(1)]),
                ]),
            ])]),
            "partialFingerprints": .object(["primaryLocationLineHash": .string(fingerprint)]),
        ]))
        #expect(results[1]["level"] == .string("warning"))
        #expect(results[1]["relatedLocations"] == nil)
        // Every ruleIndex points at its rule.
        let rules = try #require(try Self.log(report)["runs"]?[0]?["tool"]?["driver"]?["rules"]?.arrayValue)
        for result in results {
            #expect(rules[try #require(result["ruleIndex"]?.intValue)]["id"] == result["ruleId"])
        }
    }

    @Test func aCleanRunHasAnEmptyResultsArray() throws {
        let log = try Self.log(try TestSupport.report([("a.md", FixtureDocuments.clean)]))
        #expect(log["runs"]?[0]?["results"] == .array([]))
        // Even with no file at all.
        #expect(try Self.log(LintReport(files: []))["runs"]?[0]?["results"] == .array([]))
    }

    @Test func anInfoIsANoteAndAnUnreadableFileANotificationNotAResult() throws {
        let report = try TestSupport.report(
            [("a.md", CLITests.Documents.withInfo)], extra: [FileResult(path: "locked.md", failure: "cannot read file: Permission denied")])
        let run = try #require(try Self.log(report)["runs"]?[0])
        #expect(run["results"]?.arrayValue?.map { $0["level"] } == [.string("note")])
        #expect(run["invocations"] == .array([.object([
            "executionSuccessful": .bool(false),
            "toolExecutionNotifications": .array([.object([
                "level": .string("error"),
                "message": .object(["text": .string("cannot read file: Permission denied")]),
                "locations": .array([.object(["physicalLocation": .object([
                    "artifactLocation": .object(["uri": .string("locked.md"), "uriBaseId": .string("%SRCROOT%")])
                ])])]),
            ])]),
        ])]))
    }

    @Test func aResultOfARuleNotInTheRunHasNoRuleIndex() throws {
        let linter = Linter(catalog: TestSupport.catalog)
        let report = LintReport(files: [try linter.lint(bytes: Array(FixtureDocuments.findings.utf8), path: "a.md")])
        let run = try #require(try Self.log(report)["runs"]?[0])
        #expect(run["tool"]?["driver"]?["rules"] == .array([]))
        #expect(run["results"]?.arrayValue?.map { $0["ruleIndex"] } == [nil, nil])
    }

    @Test func urisAreRepositoryRelativeAndPercentEncoded() throws {
        let paths = RepositoryPaths(root: "/repo", workingDirectory: "/repo/docs")
        let report = try TestSupport.report([
            ("./fr/Résumé 1%#?.md", FixtureDocuments.findings), ("../notes/a:b.md", FixtureDocuments.findings),
            ("/elsewhere/x y.md", FixtureDocuments.findings),
        ])
        let results = try #require(try Self.log(report, paths: paths)["runs"]?[0]?["results"]?.arrayValue)
        let artifacts = results.map { $0["locations"]?[0]?["physicalLocation"]?["artifactLocation"] }
        #expect(Set(artifacts.compactMap { $0 }.map(\.description)) == [
            #"{"uri":"docs/fr/R%C3%A9sum%C3%A9%201%25%23%3F.md","uriBaseId":"%SRCROOT%"}"#,
            #"{"uri":"notes/a%3Ab.md","uriBaseId":"%SRCROOT%"}"#,
            #"{"uri":"file:///elsewhere/x%20y.md"}"#,
        ])
    }

    @Test func fingerprintsSurviveEditsElsewhereAndTellIdenticalFindingsApart() throws {
        let before = try Self.findingsReport()
        let moved = FixtureDocuments.findings.replacingOccurrences(
            of: "# I. Introduction\n", with: "# I. Introduction\n\nThe report was prepared in advance of the session.\n")
        let after = try TestSupport.report([("docs/A-HRC-55-1.md", moved)])
        let fingerprintsBefore = FindingFingerprint.fingerprints(of: before.files[0], path: "docs/A-HRC-55-1.md")
        let fingerprintsAfter = FindingFingerprint.fingerprints(of: after.files[0], path: "docs/A-HRC-55-1.md")
        #expect(after.files[0].diagnostics.map(\.range.start.line) == [24, 26], "the findings moved down two lines")
        #expect(fingerprintsAfter == fingerprintsBefore)
        // Another path, another fingerprint.
        #expect(FindingFingerprint.fingerprints(of: before.files[0], path: "docs/other.md") != fingerprintsBefore)

        // The same finding on two identical lines: the occurrence tells them apart.
        let line = SourceText("x\n5. Text.\n5. Text.\n")
        let finding = { (number: Int) in
            Diagnostic(
                rule: "numbering/paragraph-sequence", severity: .error, message: "Paragraph 5 follows paragraph 5.",
                range: SourceRange(start: SourcePosition(line: number, column: 1, offset: 0), end: SourcePosition(line: number, column: 2, offset: 1)))
        }
        let twice = FileResult(path: "a.md", language: "en", source: line, diagnostics: [finding(2), finding(3)])
        let both = FindingFingerprint.fingerprints(of: twice, path: "a.md")
        #expect(both.count == 2 && both[0] != both[1])
        #expect(both.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func fnv1a64MatchesTheReferenceValues() {
        #expect(FNV1a64().hexDigits == "cbf29ce484222325")
        var a = FNV1a64()
        a.add(Array("a".utf8))
        #expect(a.hexDigits == "af63dc4c8601ec8c")
        var foobar = FNV1a64()
        foobar.add(Array("foobar".utf8))
        #expect(foobar.hexDigits == "85944171f73967e8")
        // Fields are length-prefixed: ("ab", "c") and ("a", "bc") differ.
        var first = FNV1a64()
        first.combine("ab")
        first.combine("c")
        var second = FNV1a64()
        second.combine("a")
        second.combine("bc")
        #expect(first.value != second.value)
    }

    @Test func beyondGitHubsLimitsTheMostSevereResultsAreKeptAndTheOmissionSaid() throws {
        let report = try TestSupport.report([
            ("a.md", CLITests.Documents.withInfo), ("b.md", FixtureDocuments.findings), ("c.md", CLITests.Documents.withWarning),
        ])
        let all = SARIFReporter().log(report)
        #expect(all.omittedResults == 0)
        #expect(all.cut.totalResults == 4)
        // By count: the error, then the warnings in report order.
        let counted = SARIFReporter(resultLimit: 2).log(report)
        #expect(counted.omittedResults == 2)
        let kept = try JSONValue(parsing: counted.text)["runs"]?[0]?["results"]?.arrayValue ?? []
        #expect(kept.map { $0["ruleId"] } == [.string("numbering/paragraph-sequence"), .string("structure/heading-emphasis")])
        #expect(kept.map { $0["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] } == [.string("b.md"), .string("b.md")])
        // By size: as many as fit.
        let sized = SARIFReporter(byteLimit: all.text.utf8.count - 1).log(report)
        #expect(sized.omittedResults == 1)
        #expect(sized.text.utf8.count < all.text.utf8.count)
        #expect(try JSONValue(parsing: sized.text)["runs"]?[0]?["results"]?.arrayValue?.map { $0["level"] }
            == [.string("error"), .string("warning"), .string("warning")])
        // Within the limits, nothing to say.
        #expect(all.warning == nil)
        var text = ""
        #expect(ReportFormat.sarif.render(report, to: &text) == [])
        #expect(text == all.text)
    }

    @Test func theOmissionWarningNamesTheCountsAndLimits() throws {
        let report = try TestSupport.report((1...3).map { ("d\($0).md", FixtureDocuments.findings) })
        let log = SARIFReporter(resultLimit: 4).log(report)
        #expect(log.omittedResults == 2)
        #expect(log.warning == "the SARIF report holds 4 of 6 results, the most severe, to stay within GitHub's limits of 4 results per run and 10 MB per file")
        #expect(SARIFReporter.gitHubResultLimit == 25_000)
        #expect(SARIFReporter.gitHubByteLimit == 10_485_760)
    }
}
