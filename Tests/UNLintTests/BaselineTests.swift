import Foundation
import Testing
@testable import UNLint

/// Baselines: recorded findings matched by file, rule, message and line text, counted.
@Suite struct BaselineTests {
    static func lint(_ text: String, path: String = "a.md") throws -> FileResult {
        try Linter(catalog: TestSupport.catalog, rules: LinterTests.structureRules).lint(bytes: Array(text.utf8), path: path)
    }

    static let original = SuppressionTests.document()
    static let gap = Finding("numbering/paragraph-sequence", 9, 1, "Paragraph 3 follows paragraph 1; expected 2.")

    @Test func recordedFindingsStaySuppressedWhenLinesShift() throws {
        let baseline = Baseline(recording: [try Self.lint(Self.original)])
        #expect(baseline.entries == [Baseline.Entry(
            path: "a.md", rule: "numbering/paragraph-sequence", message: "Paragraph 3 follows paragraph 1; expected 2.",
            line: "3. The Committee adopted its report.")])
        // Two lines added above: the finding moves to line 11 and stays hidden.
        let shifted = Self.original.replacingOccurrences(of: "# I. Introduction", with: "Note.\n\n# I. Introduction")
        let result = baseline.filter([try Self.lint(shifted)])
        #expect(result.files[0].diagnostics.isEmpty)
        #expect(result.stale == 0)
    }

    @Test func anIdenticalNewFindingCountsOnlyBeyondTheRecordedCount() throws {
        let baseline = Baseline(recording: [try Self.lint(Self.original)])
        // The same gap, with the same line text and message, again in a new chapter.
        let twice = Self.original + "\n# II. More\n\n1. The Committee met in Geneva.\n\n3. The Committee adopted its report.\n"
        let linted = try Self.lint(twice)
        let all = linted.diagnostics.map(Finding.init)
        let result = baseline.filter([linted])
        let kept = result.files[0].diagnostics.map(Finding.init)
        #expect(all.filter { $0.message == Self.gap.message }.count == 2)
        #expect(kept.filter { $0.message == Self.gap.message }.count == 1)
        #expect(kept.count == all.count - 1)
        #expect(result.stale == 0)
    }

    @Test func entriesThatNoLongerMatchAreStaleOnlyForLintedFiles() throws {
        let baseline = Baseline(entries: [
            Baseline.Entry(path: "a.md", rule: "numbering/paragraph-sequence", message: "Paragraph 3 follows paragraph 1; expected 2.", line: "3. The Committee adopted its report.", count: 2),
            Baseline.Entry(path: "a.md", rule: "structure/chapter-sequence", message: "Chapter III follows chapter I; expected II.", line: "# III. Old", count: 1),
            Baseline.Entry(path: "other.md", rule: "structure/chapter-sequence", message: "Chapter III follows chapter I; expected II.", line: "# III. Old", count: 1),
        ])
        let result = baseline.filter([try Self.lint(Self.original)])
        #expect(result.files[0].diagnostics.isEmpty)
        #expect(result.stale == 2, "one of the two recorded gaps and the chapter entry; other.md was not linted")
        let report = LintReport(files: result.files, staleBaselineEntries: result.stale)
        #expect(TextReporter().summary(report) == "0 errors, 0 warnings in 1 file; 2 baseline entries no longer match")
        #expect(TextReporter().summary(LintReport(files: result.files, staleBaselineEntries: 1)) == "0 errors, 0 warnings in 1 file; 1 baseline entry no longer matches")
        // The JSON summary carries the count, and only when a baseline was applied.
        #expect(JSONReporter().report(report).contains("\"staleBaselineEntries\" : 2,"))
        #expect(!JSONReporter().report(LintReport(files: result.files)).contains("staleBaselineEntries"))
        #expect(try ReportSchemaTests.validator().validate(JSONValue(parsing: JSONReporter().report(report))) == [])
    }

    @Test func writeThenReadRoundTripsDeterministically() throws {
        let files = [try Self.lint(Self.original, path: "b.md"), try Self.lint(Self.original, path: "a.md")]
        let baseline = Baseline(recording: files)
        let data = baseline.encoded()
        let read = try Baseline(data: data, name: "baseline.json")
        #expect(read == baseline)
        #expect(read.encoded() == data)
        #expect(Baseline(recording: files.reversed()).encoded() == data)
        #expect(String(decoding: data, as: UTF8.self) == """
            {
              "entries" : [
                {
                  "count" : 1,
                  "line" : "3. The Committee adopted its report.",
                  "message" : "Paragraph 3 follows paragraph 1; expected 2.",
                  "path" : "a.md",
                  "rule" : "numbering/paragraph-sequence"
                },
                {
                  "count" : 1,
                  "line" : "3. The Committee adopted its report.",
                  "message" : "Paragraph 3 follows paragraph 1; expected 2.",
                  "path" : "b.md",
                  "rule" : "numbering/paragraph-sequence"
                }
              ],
              "version" : 1
            }

            """)
    }

    @Test(arguments: [
        ("not json", "b.json: not a baseline file (expected JSON with \"version\" and \"entries\"): invalid JSON"),
        ("{\"entries\": []}", "b.json: not a baseline file (expected JSON with \"version\" and \"entries\"): missing key 'version'"),
        ("{\"version\": 2, \"entries\": []}", "b.json: unsupported baseline version 2; expected 1"),
        ("{\"version\": 1, \"entries\": [{\"path\": \"a.md\", \"rule\": \"r/x\", \"message\": \"m\", \"line\": \"l\", \"count\": 0}]}",
         "b.json: entry for a.md (r/x) has count 0; expected 1 or more"),
    ])
    func invalidFilesAreErrorsNamingTheFile(_ text: String, _ message: String) throws {
        let error = try #require(throws: BaselineError.self) { try Baseline(data: Data(text.utf8), name: "b.json") }
        #expect(error.description == message)
    }

    @Test func aMissingFileIsAnErrorNamingIt() throws {
        let error = try #require(throws: BaselineError.self) { try Baseline(contentsOf: "/nonexistent/baseline.json") }
        #expect(error.description == "/nonexistent/baseline.json: cannot read baseline: No such file or directory")
    }
}
