import Foundation
import Testing
@testable import UNLint

/// The JUnit report: exact XML for small runs, outcomes per severity and fail
/// level, both granularities, unreadable and undecodable files, skipped rules, times.
@Suite struct JUnitReporterTests {
    /// The findings document, one clean document and an undecodable one, with every rule.
    static func report(timing: RunTiming? = nil, rulesOff: [String: Set<String>] = [:]) throws -> LintReport {
        try TestSupport.report(
            [("b.md", FixtureDocuments.findings), ("a.md", FixtureDocuments.clean)],
            extra: [try Linter(catalog: TestSupport.catalog).lint(bytes: ReportSchemaTests.undecodable, path: "c.md")],
            rulesOff: rulesOff, timing: timing)
    }

    /// The `testcase` lines (and their children) of the suite for `path`.
    static func suite(_ xml: String, _ path: String) -> [String] {
        let lines = xml.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  <testsuite name=\"\(path)\"") }) else { return [] }
        return Array(lines[start...].prefix { $0 != "  </testsuite>" })
    }

    @Test func aCasePerDocumentAndRuleWithTotals() throws {
        let xml = JUnitReporter().report(try Self.report())
        let rules = TestSupport.allRules.count
        #expect(rules == 42)
        let lines = xml.split(separator: "\n").map(String.init)
        #expect(lines[0] == #"<?xml version="1.0" encoding="UTF-8"?>"#)
        // Two documents with a case per rule, and the undecodable one with its one error case.
        #expect(lines[1] == #"<testsuites name="unlint" tests="\#(2 * rules + 1)" failures="1" errors="1" time="0.000">"#)
        #expect(lines.last == "</testsuites>")
        let clean = Self.suite(xml, "a.md")
        #expect(clean.first == #"  <testsuite name="a.md" file="a.md" tests="42" failures="0" errors="0" skipped="0" time="0.000">"#)
        #expect(clean.dropFirst().allSatisfy { $0.hasPrefix(#"    <testcase classname="a.md" name=""#) && $0.hasSuffix("/>") })
        #expect(clean.dropFirst().map { $0.split(separator: "\"")[3] } == TestSupport.allRules.map(\.id).sorted().map { Substring($0) })
    }

    @Test func anErrorFailsItsCaseAndAWarningGoesToSystemOut() throws {
        let xml = JUnitReporter().report(try Self.report())
        let suite = Self.suite(xml, "b.md")
        #expect(suite.first == #"  <testsuite name="b.md" file="b.md" tests="42" failures="1" errors="0" skipped="0" time="0.000">"#)
        let paragraph = try #require(suite.firstIndex(of: #"    <testcase classname="b.md" name="numbering/paragraph-sequence">"#))
        #expect(Array(suite[paragraph...].prefix(3)) == [
            #"    <testcase classname="b.md" name="numbering/paragraph-sequence">"#,
            #"      <failure message="Paragraph 4 follows paragraph 2; expected 3." type="error">22:1 error Paragraph 4 follows paragraph 2; expected 3.</failure>"#,
            "    </testcase>",
        ])
        let emphasis = try #require(suite.firstIndex(of: #"    <testcase classname="b.md" name="structure/heading-emphasis">"#))
        #expect(suite[emphasis + 1] == "      <system-out>24:4 warning Heading text is wrapped in ** emphasis; remove the markup.</system-out>")
    }

    @Test func aWarningFailsItsCaseWhenItReachesTheFileFailLevel() throws {
        let report = try Self.report()
        let perFile = JUnitReporter(failOn: ["b.md": .warning]).report(report)
        #expect(Self.suite(perFile, "b.md").first?.contains(#"failures="2""#) == true)
        #expect(Self.suite(perFile, "b.md").contains(
            #"      <failure message="Heading text is wrapped in ** emphasis; remove the markup." type="warning">24:4 warning Heading text is wrapped in ** emphasis; remove the markup.</failure>"#))
        // Another file keeps the default level.
        let other = JUnitReporter(failOn: ["a.md": .warning]).report(report)
        #expect(Self.suite(other, "b.md").first?.contains(#"failures="1""#) == true)
        #expect(JUnitReporter(defaultFailOn: .info).report(report).contains(#"<testsuites name="unlint" tests="85" failures="2" errors="1""#))
    }

    @Test func theFailureMessageIsTheFirstFailingFindingAndTheBodyListsThemAll() throws {
        let document = FixtureDocuments.clean
            .replacingOccurrences(of: "3. The session was attended", with: "5. The session was attended")
            .replacingOccurrences(of: "4. The Council elected", with: "5. The Council elected")
        let xml = JUnitReporter().report(try TestSupport.report([("d.md", document)]))
        #expect(xml.contains(
            #"<failure message="Paragraph 5 follows paragraph 2; expected 3." type="error">22:1 error Paragraph 5 follows paragraph 2; expected 3."#
                + "\n26:1 error Paragraph 5 repeats the number of the paragraph before it; expected 6.</failure>"))
    }

    @Test func anUndecodableOrUnreadableFileIsOneErrorCase() throws {
        let report = try TestSupport.report([], extra: [
            try Linter(catalog: TestSupport.catalog).lint(bytes: ReportSchemaTests.undecodable, path: "c.md"),
            FileResult(path: "d.md", failure: "cannot read file: Permission denied"),
        ])
        let xml = JUnitReporter().report(report)
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="unlint" tests="2" failures="0" errors="2" time="0.000">
              <testsuite name="c.md" file="c.md" tests="1" failures="0" errors="1" skipped="0" time="0.000">
                <testcase classname="c.md" name="parse/encoding">
                  <error message="File is not valid UTF-8: byte 0xFF at offset 28 cannot be decoded." type="parse/encoding">3:9 error File is not valid UTF-8: byte 0xFF at offset 28 cannot be decoded.</error>
                </testcase>
              </testsuite>
              <testsuite name="d.md" file="d.md" tests="1" failures="0" errors="1" skipped="0" time="0.000">
                <testcase classname="d.md" name="unreadable">
                  <error message="cannot read file: Permission denied" type="unreadable"></error>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func aRuleSwitchedOffForADocumentIsSkippedThere() throws {
        let xml = JUnitReporter().report(try Self.report(rulesOff: ["a.md": ["date/format", "header/order"]]))
        let suite = Self.suite(xml, "a.md")
        #expect(suite.first?.contains(#"tests="42" failures="0" errors="0" skipped="2""#) == true)
        let skipped = suite.indices.filter { suite[$0].contains("<skipped") }.map { suite[$0 - 1] }
        #expect(skipped == [
            #"    <testcase classname="a.md" name="date/format">"#, #"    <testcase classname="a.md" name="header/order">"#,
        ])
        #expect(suite.contains(#"      <skipped message="switched off for this document by the configuration"/>"#))
        #expect(Self.suite(xml, "b.md").first?.contains(#"skipped="0""#) == true)
    }

    @Test func diagnosticGranularityGivesEachFindingAUniqueCase() throws {
        // Two findings of one rule at one place get different names.
        let twice = Diagnostic(
            rule: "date/format", severity: .warning, message: "Write the date as 3 March 2025.",
            range: SourceRange(start: SourcePosition(line: 4, column: 2, offset: 30), end: SourcePosition(line: 4, column: 9, offset: 37)))
        let report = LintReport(
            files: [
                FileResult(path: "e.md", language: "en", source: nil, diagnostics: [twice, twice]),
                FileResult(path: "f.md", language: "en", source: nil, diagnostics: []),
            ],
            rules: TestSupport.allRules)
        #expect(JUnitReporter(granularity: .diagnostic).report(report) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="unlint" tests="3" failures="0" errors="0" time="0.000">
              <testsuite name="e.md" file="e.md" tests="2" failures="0" errors="0" skipped="0" time="0.000">
                <testcase classname="e.md" name="date/format@4:2">
                  <system-out>4:2 warning Write the date as 3 March 2025.</system-out>
                </testcase>
                <testcase classname="e.md" name="date/format@4:2 (2)">
                  <system-out>4:2 warning Write the date as 3 March 2025.</system-out>
                </testcase>
              </testsuite>
              <testsuite name="f.md" file="f.md" tests="1" failures="0" errors="0" skipped="0" time="0.000">
                <testcase classname="f.md" name="no findings"/>
              </testsuite>
            </testsuites>

            """)
        let failing = JUnitReporter(granularity: .diagnostic).report(try TestSupport.report([("b.md", FixtureDocuments.findings)]))
        #expect(failing.contains(#"<testsuite name="b.md" file="b.md" tests="2" failures="1" errors="0" skipped="0""#))
        #expect(failing.contains(#"<testcase classname="b.md" name="numbering/paragraph-sequence@22:1">"#))
    }

    @Test func timesAreEachDocumentsLintTimeAndTheTimestampTheStart() throws {
        let timing = RunTiming(
            start: Date(timeIntervalSince1970: 1_741_005_000.9),
            durations: ["a.md": .milliseconds(42), "b.md": .seconds(1) + .microseconds(1_500)])
        let xml = JUnitReporter().report(try Self.report(timing: timing))
        #expect(xml.contains(#"<testsuites name="unlint" tests="85" failures="1" errors="1" time="1.043">"#))
        #expect(Self.suite(xml, "a.md").first?.hasSuffix(#"time="0.042" timestamp="2025-03-03T12:30:00">"#) == true)
        #expect(Self.suite(xml, "b.md").first?.hasSuffix(#"time="1.001" timestamp="2025-03-03T12:30:00">"#) == true)
        #expect(Self.suite(xml, "c.md").first?.hasSuffix(#"time="0.000" timestamp="2025-03-03T12:30:00">"#) == true)
    }

    @Test func sourceDateEpochMakesTheTimingReproducible() throws {
        let measured = ["a.md": Duration.milliseconds(42)]
        let now = Date(timeIntervalSince1970: 1_741_005_000)
        #expect(try RunTiming.sourceDateEpoch(in: [:]) == nil)
        #expect(RunTiming(start: now, durations: measured, sourceDateEpoch: nil) == RunTiming(start: now, durations: measured))
        let epoch = try #require(try RunTiming.sourceDateEpoch(in: ["SOURCE_DATE_EPOCH": "1700000000"]))
        #expect(epoch == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(RunTiming(start: now, durations: measured, sourceDateEpoch: epoch) == RunTiming(start: epoch, durations: [:]))
        for bad in ["", "soon", "1.5", "-1"] {
            #expect(throws: RunTimingError(value: bad)) { try RunTiming.sourceDateEpoch(in: ["SOURCE_DATE_EPOCH": bad]) }
        }
        #expect(RunTimingError(value: "soon").description == "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not 'soon'")
    }

    @Test func theTimeFormatMatchesTheSchemasSurefireTime() {
        #expect(JUnitReporter.seconds(milliseconds: 0) == "0.000")
        #expect(JUnitReporter.seconds(milliseconds: 7) == "0.007")
        #expect(JUnitReporter.seconds(milliseconds: 12_345) == "12.345")
        #expect(JUnitReporter.milliseconds(.nanoseconds(1_999_999)) == 1)
        #expect(JUnitReporter.milliseconds(.seconds(3) + .milliseconds(4)) == 3004)
    }
}
