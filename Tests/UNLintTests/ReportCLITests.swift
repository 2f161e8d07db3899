import Foundation
import Testing
@testable import UNLint

/// The report options of the executable: `--format` for every format,
/// `--report FORMAT=PATH`, atomic writes, streamed JSON Lines, the GitHub
/// step summary, and exit codes that do not depend on the formats.
@Suite struct ReportCLITests {
    typealias Fixture = CLITests.Fixture
    typealias Documents = CLITests.Documents

    static let reproducible = ["SOURCE_DATE_EPOCH": "0"]

    @Test(arguments: ReportFormat.allCases)
    func theExitCodeDoesNotDependOnTheFormat(_ format: ReportFormat) throws {
        let fixture = try Fixture()
        try fixture.write("error.md", Documents.withError)
        try fixture.write("warning.md", Documents.withWarning)
        #expect(try fixture.run(["--format", format.rawValue, "error.md"]).status == 1)
        #expect(try fixture.run(["--format", format.rawValue, "warning.md"]).status == 0)
        #expect(try fixture.run(["--format", format.rawValue, "--fail-on", "warning", "warning.md"]).status == 1)
        #expect(try fixture.run(["--format", format.rawValue, "--exit-zero", "error.md"]).status == 0)
        #expect(try fixture.run(["--format", format.rawValue, "missing.md", "error.md"]).status == 2)
        #expect(try fixture.run(["--report", "\(format.rawValue)=out/report", "error.md"]).status == 1)
        #expect(try fixture.run(["--report", "\(format.rawValue)=out/report", "warning.md"]).status == 0)
    }

    @Test func reportsGoToTheirFilesAndTheTextToTheTerminal() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        var arguments = ["A-HRC-55-1.md"]
        for format in ReportFormat.allCases {
            arguments += ["--report", "\(format.rawValue)=Reports/out/report.\(format.rawValue)"]
        }
        let result = try fixture.run(arguments, environment: Self.reproducible)
        #expect(result.status == 1)
        #expect(result.stdout == Documents.withErrorText)
        #expect(result.stderr == "")
        // Each file holds exactly what --format writes to standard output.
        for format in ReportFormat.allCases {
            let alone = try fixture.run(["--format", format.rawValue, "A-HRC-55-1.md"], environment: Self.reproducible)
            let written = try Data(contentsOf: fixture.url("Reports/out/report.\(format.rawValue)"))
            #expect(written == alone.stdoutData, "\(format.rawValue)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.url("Reports/out").path).count == ReportFormat.allCases.count)
    }

    @Test func outputAndReportsAreReplacedWhole() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.clean)
        try fixture.write("out/report.json", String(repeating: "old report ", count: 1000))
        let result = try fixture.run(["--format", "json", "--output", "out/report.json", "--report", "checkstyle=new/dir/cs.xml", "A-HRC-55-1.md"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let json = try JSONValue(parsing: Data(contentsOf: fixture.url("out/report.json")))
        #expect(json["summary"]?["files"] == .integer(1))
        #expect(try String(contentsOf: fixture.url("new/dir/cs.xml"), encoding: .utf8).hasSuffix("</checkstyle>\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.url("out").path) == ["report.json"])
    }

    @Test func aReportThatCannotBeWrittenExitsTwoAndLeavesNoFile() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.clean)
        try fixture.write("plain", "a file, not a folder")
        try FileManager.default.createDirectory(at: fixture.url("taken.xml"), withIntermediateDirectories: true)
        let result = try fixture.run([
            "--report", "junit=plain/junit.xml", "--report", "sarif=good/unlint.sarif", "--report", "checkstyle=taken.xml", "A-HRC-55-1.md",
        ])
        #expect(result.status == 2)
        #expect(result.stdout == "0 errors, 0 warnings in 1 file\n")
        #expect(result.stderr == """
            unlint: error: cannot write plain/junit.xml: cannot create its folder
            unlint: error: cannot write taken.xml: Is a directory

            """)
        // The report that could be written is there; the others left nothing behind.
        #expect(FileManager.default.fileExists(atPath: fixture.url("good/unlint.sarif").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path).sorted() == ["A-HRC-55-1.md", "good", "plain", "taken.xml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.url("taken.xml").path) == [])
        // The same for --output, and an error finding does not hide the failure.
        try fixture.write("B.md", Documents.withError)
        let output = try fixture.run(["--format", "json", "--output", "plain/out.json", "B.md"])
        #expect(output.status == 2)
        #expect(output.stderr == "unlint: error: cannot write plain/out.json: cannot create its folder\n")
    }

    /// A write that fails once begun (a full disk; here the device that always
    /// is) is exit code 2 with the reason, for the output and for a report.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aReportThatFailsWhileWrittenExitsTwo() throws {
        let fixture = try Fixture()
        try fixture.write("B.md", Documents.withError)
        let output = try fixture.run(["--format", "json", "--output", "/dev/full", "B.md"])
        #expect(output.status == 2)
        #expect(output.stderr == "unlint: error: cannot write /dev/full: No space left on device\n")
        let report = try fixture.run(["--quiet", "--report", "sarif=/dev/full", "B.md"])
        #expect(report.status == 2)
        #expect(report.stderr == "unlint: error: cannot write /dev/full: No space left on device\n")
    }

    @Test(arguments: [
        (["--report", "junit", "a.md"], "Error: The value 'junit' is invalid for '--report <format=path>': expected FORMAT=PATH, such as junit=Reports/out/junit.xml"),
        (["--report", "yaml=out.yml", "a.md"], "Error: The value 'yaml=out.yml' is invalid for '--report <format=path>': unknown format 'yaml'; expected one of: text, json, jsonl, sarif, junit, checkstyle, github, gitlab"),
        (["--report", "sarif=", "a.md"], "Error: The value 'sarif=' is invalid for '--report <format=path>': no path after 'sarif='"),
        (["--report", "sarif=x", "--report", "junit=x", "a.md"], "unlint: error: x is given for two outputs"),
        (["--output", "x", "--report", "junit=x", "a.md"], "unlint: error: x is given for two outputs"),
        (["--junit-granularity", "file", "a.md"], "Error: The value 'file' is invalid for '--junit-granularity <granularity>'. Please provide one of 'document' and 'diagnostic'."),
    ])
    func badReportOptionsAreUsageErrors(arguments: [String], stderr: String) throws {
        let fixture = try Fixture()
        try fixture.write("a.md", Documents.clean)
        let result = try fixture.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(stderr + "\n"), "stderr: \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path) == ["a.md"])
    }

    @Test func aMalformedSourceDateEpochIsAUsageError() throws {
        let fixture = try Fixture()
        try fixture.write("a.md", Documents.clean)
        let result = try fixture.run(["--format", "junit", "a.md"], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "unlint: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not 'yesterday'\n")
    }

    @Test func junitTimesAreMeasuredUnlessSourceDateEpochIsSet() throws {
        let fixture = try Fixture()
        try fixture.write("a.md", Documents.clean)
        let measured = try fixture.run(["--format", "junit", "a.md"])
        let suite = try #require(measured.stdout.split(separator: "\n").first { $0.contains("<testsuite ") })
        #expect(suite.contains(#/ time="\d+\.\d{3}" timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"/#))
        let fixed = try fixture.run(["--format", "junit", "a.md"], environment: ["SOURCE_DATE_EPOCH": "1741005000"])
        #expect(fixed.stdout.contains(#"<testsuite name="a.md" file="a.md" tests="42" failures="0" errors="0" skipped="0" time="0.000" timestamp="2025-03-03T12:30:00">"#))
    }

    // MARK: Formats through the command

    @Test func jsonLinesAreStreamedInPathOrderWhateverTheArguments() throws {
        let fixture = try Fixture()
        try fixture.write("b.md", Documents.withError)
        try fixture.write("a.md", Documents.withWarning)
        try fixture.write("c/d.md", Documents.withInfo)
        let streamed = try fixture.run(["--format", "jsonl", "c", "b.md", "a.md"])
        #expect(streamed.status == 1)
        let paths = try streamed.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0))["path"] }
        #expect(paths == ["a.md", "b.md", "c/d.md"].map(JSONValue.string))
        let written = try fixture.run(["--format", "jsonl", "--output", "all.jsonl", "a.md", "b.md", "c"])
        #expect(try Data(contentsOf: fixture.url("all.jsonl")) == streamed.stdoutData)
        #expect(written.stdout == "")
    }

    @Test func jsonLinesWithABaselineHoldOnlyNewFindingsAndNameStaleEntriesOnStandardError() throws {
        let fixture = try Fixture()
        try fixture.write("a.md", Documents.withWarning)
        try fixture.write("b.md", Documents.withError)
        #expect(try fixture.run(["--write-baseline", "baseline.json", "--format", "jsonl", "a.md", "b.md"]).stdout == "")
        // a.md fixed, b.md given a new finding.
        try fixture.write("a.md", Documents.clean)
        try fixture.write("b.md", Documents.withError.replacingOccurrences(of: "## B. Election", with: "## **B. Election")
            .replacingOccurrences(of: "of officers\n", with: "of officers**\n"))
        let result = try fixture.run(["--baseline", "baseline.json", "--format", "jsonl", "a.md", "b.md"])
        #expect(result.status == 0)
        let lines = try result.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        #expect(lines.map { $0["rule"] } == [.string("structure/heading-emphasis")])
        #expect(lines.map { $0["path"] } == [.string("b.md")])
        #expect(result.stderr == "unlint: warning: 1 baseline entry no longer matches\n")
    }

    @Test func sarifListsTheRulesThatRanAndRepositoryRelativePaths() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        try fixture.write("docs/fr/a.md", Documents.withError)
        let all = try CLITests.CLI.run(["--format", "sarif", "a.md"], in: fixture.url("docs/fr"))
        let run = try #require(try JSONValue(parsing: all.stdoutData)["runs"]?[0])
        #expect(run["tool"]?["driver"]?["rules"]?.arrayValue?.count == TestSupport.allRules.count)
        #expect(run["results"]?[0]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] == .string("docs/fr/a.md"))
        let ignoring = try CLITests.CLI.run(["--format", "sarif", "--ignore", "structure", "--ignore", "header/order", "a.md"], in: fixture.url("docs/fr"))
        let ids = try JSONValue(parsing: ignoring.stdoutData)["runs"]?[0]?["tool"]?["driver"]?["rules"]?.arrayValue?.compactMap { $0["id"]?.stringValue }
        #expect(ids == TestSupport.allRules.map(\.id).filter { !$0.hasPrefix("structure/") && $0 != "header/order" }.sorted())
    }

    @Test func junitFollowsEachFilesFailLevelAndSkipsRulesItsConfigurationSwitchesOff() throws {
        let fixture = try Fixture()
        try fixture.write("strict/a.md", Documents.withWarning)
        try fixture.write("strict/.unlint.yml", "fail-on: warning\noverrides:\n  - files: [\"a.md\"]\n    rules:\n      header/order: off\n")
        try fixture.write("lax/b.md", Documents.withWarning)
        let result = try fixture.run(["--format", "junit", "strict", "lax"], environment: Self.reproducible)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"  <testsuite name="lax/b.md" file="lax/b.md" tests="42" failures="0" errors="0" skipped="0" time="0.000" timestamp="1970-01-01T00:00:00">"#))
        #expect(lines.contains(#"  <testsuite name="strict/a.md" file="strict/a.md" tests="42" failures="1" errors="0" skipped="1" time="0.000" timestamp="1970-01-01T00:00:00">"#))
        #expect(lines.contains(#"      <failure message="Heading text is wrapped in ** emphasis; remove the markup." type="warning">24:4 warning Heading text is wrapped in ** emphasis; remove the markup.</failure>"#))
        let diagnostic = try fixture.run(["--format", "junit", "--junit-granularity", "diagnostic", "lax"])
        #expect(diagnostic.stdout.contains(#"<testcase classname="lax/b.md" name="structure/heading-emphasis@24:4">"#))
    }

    @Test func theGitHubFormatAppendsAStepSummaryWhenGitHubAsksForOne() throws {
        let fixture = try Fixture()
        try fixture.write("a.md", Documents.withError)
        try fixture.write("summary.md", "Earlier step.\n")
        let environment = ["GITHUB_STEP_SUMMARY": fixture.url("summary.md").path]
        let annotations = try fixture.run(["--format", "github", "a.md"], environment: environment)
        #expect(annotations.status == 1)
        #expect(annotations.stdout == "::error file=a.md,line=22,endLine=22,col=1,endColumn=3,title=numbering/paragraph-sequence::Paragraph 4 follows paragraph 2; expected 3.\n")
        let summary = """
            ### unlint

            1 error\\, 0 warnings in 1 file

            | Severity | Location | Rule | Message |
            | --- | --- | --- | --- |
            | error | a\\.md\\:22\\:1 | numbering\\/paragraph\\-sequence | Paragraph 4 follows paragraph 2\\; expected 3\\. |

            """
        #expect(try String(contentsOf: fixture.url("summary.md"), encoding: .utf8) == "Earlier step.\n" + summary)
        // As a report too; other formats leave the summary alone.
        _ = try fixture.run(["--report", "github=annotations.txt", "a.md"], environment: environment)
        _ = try fixture.run(["--format", "sarif", "a.md"], environment: environment)
        #expect(try String(contentsOf: fixture.url("summary.md"), encoding: .utf8) == "Earlier step.\n" + summary + summary)
    }
}
