import Foundation
import Testing
@testable import UNLint

/// End-to-end tests of the `unlint` executable that `swift test` builds next to
/// the test bundle: arguments in, exit code, standard output and standard error out.
@Suite struct CLITests {
    // MARK: Exit codes

    @Test func cleanDocumentExitsZero() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.clean)
        let result = try fixture.run(["A-HRC-55-1.md"])
        #expect(result.status == 0)
        #expect(result.stdout == "0 errors, 0 warnings in 1 file\n")
        #expect(result.stderr == "")
    }

    @Test func errorLevelFindingExitsOne() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        let result = try fixture.run(["A-HRC-55-1.md"])
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("1 error, 0 warnings in 1 file\n"))
        #expect(result.stderr == "")
    }

    @Test func onlyWarningsAndInfosExitZero() throws {
        let fixture = try Fixture()
        try fixture.write("warning.md", Documents.withWarning)
        try fixture.write("info.md", Documents.withInfo)
        let warning = try fixture.run(["-q", "warning.md"])
        #expect(warning.status == 0)
        #expect(warning.stdout == """
            warning.md:24:4: warning: Heading text is wrapped in ** emphasis; remove the markup. [structure/heading-emphasis]

            """)
        let info = try fixture.run(["-q", "info.md"])
        #expect(info.status == 0)
        #expect(info.stdout == """
            info.md:20:1: info: Paragraph 2 is broken in mid-sentence; join this block to the one before it. [numbering/split-paragraph]

            """)
        let both = try fixture.run(["info.md", "warning.md"])
        #expect(both.status == 0)
        #expect(both.stdout.hasSuffix("\n0 errors, 1 warning, 1 info in 2 files\n"))
    }

    @Test func nonexistentPathExitsTwoAndNamesThePath() throws {
        let fixture = try Fixture()
        let result = try fixture.run(["A-78-999.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "unlint: error: A-78-999.md: no such file or directory\n")
    }

    @Test func nonexistentPathStillLetsTheOtherFilesBeLinted() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        let result = try fixture.run(["--format", "json", "A-78-999.md", "A-HRC-55-1.md"])
        #expect(result.status == 2, "a missing path outranks the error-level finding")
        #expect(result.stderr == "unlint: error: A-78-999.md: no such file or directory\n")
        let report = try JSONValue(parsing: result.stdout)
        #expect(report["files"]?.arrayValue?.map { $0["path"] } == [.string("A-78-999.md"), .string("A-HRC-55-1.md")])
        #expect(report["files"]?[0]?["error"] == .string("no such file or directory"))
        #expect(report["summary"]?["errors"] == .integer(1))
    }

    @Test(arguments: [
        UsageError(["--frobnicate", "doc.md"], stderr: "Error: Unknown option '--frobnicate'"),
        UsageError(["--language", "xx", "doc.md"], stderr: "unlint: error: unknown language 'xx'; expected one of: ar, en, es, fr, ru, zh"),
        UsageError(["--format", "yaml", "doc.md"], stderr: "Error: The value 'yaml' is invalid for '--format <format>'. Please provide one of the following:"),
        UsageError(["--color", "sometimes", "doc.md"], stderr: "Error: The value 'sometimes' is invalid for '--color <color>'. Please provide one of 'auto', 'always' or 'never'."),
        UsageError(["--input-format", "docx", "doc.md"], stderr: "Error: The value 'docx' is invalid for '--input-format <input-format>'. Please provide one of 'markdown' and 'text'."),
        UsageError([], stderr: "unlint: error: no paths to lint; give PATHs or --files-from FILE"),
        UsageError(["explain", "numbering/paragraph-order"], stderr: "unlint: error: unknown rule 'numbering/paragraph-order'; `unlint rules` lists them"),
        UsageError(["explain"], stderr: "Error: Missing expected argument '<rule>'"),
    ])
    func usageErrorExitsTwo(_ usage: UsageError) throws {
        let fixture = try Fixture()
        try fixture.write("doc.md", Documents.withError)
        let result = try fixture.run(usage.arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "", "nothing is linted on a usage error")
        #expect(result.stderr.hasPrefix(usage.stderr + "\n"), "stderr: \(result.stderr)")
    }

    // MARK: JSON output

    @Test func jsonReportHasTheDocumentedShapeAndExactValues() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        let result = try fixture.run(["--format", "json", "A-HRC-55-1.md"])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let report = try JSONValue(parsing: result.stdout)
        #expect(try JSONSchemaValidator(schemaAt: ReportSchemaTests.schemaURL).validate(report) == [])

        #expect(report.objectValue.map { Set($0.keys) } == ["tool", "files", "summary"])
        #expect(report["tool"] == .object(["name": .string("unlint"), "version": .string(LintReport.toolVersion)]))
        #expect(report["summary"] == .object(["files": .integer(1), "errors": .integer(1), "warnings": .integer(0), "infos": .integer(0)]))
        let file = try #require(report["files"]?[0])
        #expect(file.objectValue.map { Set($0.keys) } == ["path", "language", "diagnostics"])
        #expect(file["path"] == .string("A-HRC-55-1.md"))
        #expect(file["language"] == .string("en"))
        let diagnostics = try #require(file["diagnostics"]?.arrayValue)
        #expect(diagnostics.count == 1)
        let finding = diagnostics[0]
        let offset = try #require(Documents.utf8Offset(of: "4. The session", in: Documents.withError))
        let related = try #require(Documents.utf8Offset(of: "2. The session", in: Documents.withError))
        #expect(finding == .object([
            "rule": .string("numbering/paragraph-sequence"),
            "severity": .string("error"),
            "message": .string("Paragraph 4 follows paragraph 2; expected 3."),
            "line": .integer(22), "column": .integer(1),
            "endLine": .integer(22), "endColumn": .integer(3),
            "offset": .integer(offset), "endOffset": .integer(offset + 2),
            "related": .array([
                .object(["message": .string("paragraph 2 is here"), "line": .integer(16), "column": .integer(1), "offset": .integer(related)])
            ]),
        ]))
    }

    @Test func jsonReportIsByteForByteDeterministicWhateverTheArgumentOrder() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        try fixture.write("A-HRC-55-2.md", Documents.withWarning)
        try fixture.write("A-HRC-55-3.md", Documents.clean)
        try fixture.write("annexes/A-HRC-55-1-Add.1.md", Documents.withInfo)
        let first = try fixture.run(["--format", "json", "A-HRC-55-1.md", "A-HRC-55-2.md", "A-HRC-55-3.md", "annexes"])
        let second = try fixture.run(["--format", "json", "A-HRC-55-1.md", "A-HRC-55-2.md", "A-HRC-55-3.md", "annexes"])
        let reordered = try fixture.run(["--format", "json", "annexes", "A-HRC-55-3.md", "A-HRC-55-1.md", "A-HRC-55-2.md"])
        #expect(first.status == 1)
        #expect(first.stdoutData == second.stdoutData)
        #expect(first.stdoutData == reordered.stdoutData)
        let paths = try JSONValue(parsing: first.stdoutData)["files"]?.arrayValue?.compactMap { $0["path"]?.stringValue }
        #expect(paths == ["A-HRC-55-1.md", "A-HRC-55-2.md", "A-HRC-55-3.md", "annexes/A-HRC-55-1-Add.1.md"])
    }

    @Test func languageOptionOverridesDetection() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.clean)
        let detected = try JSONValue(parsing: try fixture.run(["--format", "json", "A-HRC-55-1.md"]).stdout)
        let chosen = try JSONValue(parsing: try fixture.run(["--format", "json", "--language", "fr", "A-HRC-55-1.md"]).stdout)
        #expect(detected["files"]?[0]?["language"] == .string("en"))
        #expect(chosen["files"]?[0]?["language"] == .string("fr"))
    }

    // MARK: Inputs

    @Test func everyFileAppearsAndDirectoriesAreSearchedForDocumentsOnly() throws {
        let fixture = try Fixture()
        try fixture.write("session/A-HRC-55-1.md", Documents.clean)
        try fixture.write("session/drafts/A-HRC-55-2.markdown", Documents.withError)
        try fixture.write("session/A-HRC-55-3.txt", Documents.clean)
        try fixture.write("session/A-HRC-55-4.docx", "PK\u{3}\u{4} not a text document")
        try fixture.write("session/report.json", #"{"files": []}"#)
        try fixture.write("session/README", Documents.withError)
        try fixture.write("E-2024-1.md", Documents.withWarning)
        let result = try fixture.run(["--format", "json", "session", "E-2024-1.md"])
        #expect(result.status == 1)
        #expect(result.stderr == "")
        let files = try #require(JSONValue(parsing: result.stdout)["files"]?.arrayValue)
        #expect(files.compactMap { $0["path"]?.stringValue } == [
            "E-2024-1.md", "session/A-HRC-55-1.md", "session/A-HRC-55-3.txt", "session/drafts/A-HRC-55-2.markdown",
        ])
        #expect(files[1]["diagnostics"] == .array([]), "a clean file is listed with no diagnostics")
        #expect(files[2]["diagnostics"] == .array([]))
        #expect(files[0]["diagnostics"]?.arrayValue?.count == 1)
        #expect(files[3]["diagnostics"]?.arrayValue?.count == 1)
    }

    @Test func aDirectoryNamedLikeADocumentIsNotLintedAsAFile() throws {
        let fixture = try Fixture()
        try fixture.write("session/A-HRC-55-1.md", Documents.clean)
        try fixture.write("session/annexes.md/A-HRC-55-1-Add.1.txt", Documents.clean)
        let result = try fixture.run(["--format", "json", "session"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let paths = try JSONValue(parsing: result.stdout)["files"]?.arrayValue?.compactMap { $0["path"]?.stringValue }
        #expect(paths?.contains("session/annexes.md/A-HRC-55-1-Add.1.txt") == true)
    }

    @Test func hiddenFoldersAreSkippedAndAPathGivenTwiceIsLintedOnce() throws {
        let fixture = try Fixture()
        try fixture.write("session/A-HRC-55-1.md", Documents.withError)
        try fixture.write("session/.git/A-HRC-55-9.md", Documents.withError)
        try fixture.write("session/.draft.md", Documents.withError)
        let result = try fixture.run(["--format", "json", "session", "session/A-HRC-55-1.md"])
        #expect(result.status == 1)
        let report = try JSONValue(parsing: result.stdout)
        #expect(report["files"]?.arrayValue?.compactMap { $0["path"]?.stringValue } == ["session/A-HRC-55-1.md"])
        #expect(report["summary"]?["errors"] == .integer(1))
    }

    @Test func aDirectoryWithoutDocumentsIsAUsageError() throws {
        let fixture = try Fixture()
        try fixture.write("session/notes.docx", "not a document")
        let result = try fixture.run(["session"])
        #expect(result.status == 2, "a mistyped or empty folder must not pass a CI gate")
        #expect(result.stderr == "unlint: error: session: no documents (*.md, *.markdown, *.txt) in this directory\n")
    }

    @Test func standardInputIsReadAndNamed() throws {
        let fixture = try Fixture()
        let unnamed = try fixture.run(["-"], stdin: Documents.plainText)
        #expect(unnamed.status == 1)
        #expect(unnamed.stdout == """
            <stdin>:19:1: error: Paragraph 4 follows paragraph 2; expected 3. [numbering/paragraph-sequence]
                4. The session was attended by representatives of States members of the
                ^~
            <stdin>:15:1: note: paragraph 2 is here
            1 error, 0 warnings in 1 file

            """)
        #expect(unnamed.stderr == "")
        let named = try fixture.run(["--format", "json", "--stdin-filename", "A/HRC/55/1.md", "-"], stdin: Documents.withError)
        #expect(named.status == 1)
        let file = try #require(JSONValue(parsing: named.stdout)["files"]?[0])
        #expect(file["path"] == .string("A/HRC/55/1.md"))
        #expect(file["diagnostics"]?[0]?["line"] == .integer(22))
    }

    @Test func standardInputWithFilesIsSortedAmongThem() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.clean)
        let result = try fixture.run(["--format", "json", "--stdin-filename", "A-HRC-55-0.md", "A-HRC-55-1.md", "-"], stdin: Documents.withWarning)
        #expect(result.status == 0)
        let files = try #require(JSONValue(parsing: result.stdout)["files"]?.arrayValue)
        #expect(files.map { $0["path"] } == [.string("A-HRC-55-0.md"), .string("A-HRC-55-1.md")])
        #expect(files[0]["diagnostics"]?[0]?["rule"] == .string("structure/heading-emphasis"))
    }

    /// `## **B. …**` is a Markdown heading with emphasis (a warning); read as
    /// plain text it is just a line, so the warning disappears.
    @Test func inputFormatOverridesTheNameOfStandardInputAndFiles() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withWarning)
        try fixture.write("A-HRC-55-1.txt", Documents.withWarning)
        let emphasis = "Heading text is wrapped in ** emphasis; remove the markup. [structure/heading-emphasis]\n"

        #expect(try fixture.run(["-q", "--stdin-filename", "A-HRC-55-1.md", "-"], stdin: Documents.withWarning).stdout
            == "A-HRC-55-1.md:24:4: warning: " + emphasis)
        #expect(try fixture.run(["-q", "--stdin-filename", "A-HRC-55-1.md", "--input-format", "text", "-"], stdin: Documents.withWarning).stdout == "")
        #expect(try fixture.run(["-q", "--input-format", "markdown", "-"], stdin: Documents.withWarning).stdout == "<stdin>:24:4: warning: " + emphasis)
        #expect(try fixture.run(["-q", "A-HRC-55-1.md"]).stdout == "A-HRC-55-1.md:24:4: warning: " + emphasis)
        #expect(try fixture.run(["-q", "--input-format", "text", "A-HRC-55-1.md"]).stdout == "")
        #expect(try fixture.run(["-q", "A-HRC-55-1.txt"]).stdout == "")
        #expect(try fixture.run(["-q", "--input-format", "markdown", "A-HRC-55-1.txt"]).stdout == "A-HRC-55-1.txt:24:4: warning: " + emphasis)
    }

    // MARK: Output

    @Test func outputOptionWritesTheReportToTheFileAndNothingToStandardOutput() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        let direct = try fixture.run(["--format", "json", "A-HRC-55-1.md"])
        let written = try fixture.run(["--format", "json", "--output", "report.json", "A-HRC-55-1.md"])
        #expect(written.status == 1)
        #expect(written.stdout == "")
        #expect(written.stderr == "")
        #expect(try Data(contentsOf: fixture.url("report.json")) == direct.stdoutData)

        let text = try fixture.run(["--output", "report.txt", "A-HRC-55-1.md"])
        #expect(text.stdout == "")
        #expect(try String(contentsOf: fixture.url("report.txt"), encoding: .utf8) == Documents.withErrorText)
    }

    @Test func textOutputIsCompilerStyleWithExcerptCaretAndSummary() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        let result = try fixture.run(["A-HRC-55-1.md"])
        #expect(result.status == 1)
        #expect(result.stdout == Documents.withErrorText)
        #expect(!result.stdout.contains("\u{1B}"), "no ANSI escapes when standard output is a pipe")
        #expect(try fixture.run(["--color", "never", "A-HRC-55-1.md"]).stdout == Documents.withErrorText)
        #expect(try fixture.run(["--color", "auto", "A-HRC-55-1.md"]).stdout == Documents.withErrorText)
    }

    @Test func colorAlwaysAddsANSIEscapesAroundTheSameText() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        let result = try fixture.run(["--color", "always", "A-HRC-55-1.md"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"), "severity in bold red")
        #expect(Self.strippingANSI(result.stdout) == Documents.withErrorText)
    }

    @Test func quietPrintsOnlyTheDiagnosticLines() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        try fixture.write("A-HRC-55-2.md", Documents.withWarning)
        try fixture.write("A-HRC-55-3.md", Documents.clean)
        let result = try fixture.run(["--quiet", "A-HRC-55-3.md", "A-HRC-55-2.md", "A-HRC-55-1.md"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            A-HRC-55-1.md:22:1: error: Paragraph 4 follows paragraph 2; expected 3. [numbering/paragraph-sequence]
            A-HRC-55-2.md:24:4: warning: Heading text is wrapped in ** emphasis; remove the markup. [structure/heading-emphasis]

            """)
        let clean = try fixture.run(["-q", "A-HRC-55-3.md"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "")
    }

    // MARK: Encoding

    /// A French document saved as Windows-1252: `é` is the single byte 0xE9.
    @Test func invalidUTF8IsAnEncodingErrorWithPositionAndOtherFilesAreStillLinted() throws {
        let fixture = try Fixture()
        let prefix = "Nations Unies\nA/78/1\nAssembl"
        let latin1 = Array(prefix.utf8) + [0xE9] + Array("e g".utf8) + [0xE9, 0x6E, 0xE9] + Array("rale\nDistr. g\u{E9}n\u{E9}rale\n".utf8)
        try fixture.write("A-78-1-fr.md", bytes: latin1)
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        try fixture.write("A-HRC-55-2.md", Documents.clean)
        let message = "File is not valid UTF-8: byte 0xE9 at offset \(prefix.utf8.count) cannot be decoded."

        let json = try fixture.run(["--format", "json", "A-78-1-fr.md", "A-HRC-55-1.md", "A-HRC-55-2.md"])
        #expect(json.status == 1)
        #expect(json.stderr == "")
        let files = try #require(JSONValue(parsing: json.stdout)["files"]?.arrayValue)
        #expect(files.count == 3)
        #expect(files[0] == .object([
            "path": .string("A-78-1-fr.md"), "language": .null,
            "diagnostics": .array([
                .object([
                    "rule": .string("parse/encoding"), "severity": .string("error"), "message": .string(message),
                    "line": .integer(3), "column": .integer(8), "endLine": .integer(3), "endColumn": .integer(8),
                    "offset": .integer(prefix.utf8.count), "endOffset": .integer(prefix.utf8.count),
                ])
            ]),
        ]))
        #expect(files[1]["diagnostics"]?[0]?["rule"] == .string("numbering/paragraph-sequence"), "the next file is still linted")
        #expect(files[2]["diagnostics"] == .array([]))

        let text = try fixture.run(["-q", "A-78-1-fr.md", "A-HRC-55-2.md"])
        #expect(text.status == 1)
        #expect(text.stdout == "A-78-1-fr.md:3:8: error: \(message) [parse/encoding]\n")
    }

    // MARK: rules and explain

    @Test func rulesListsEveryBuiltInRule() throws {
        let result = try Fixture().run(["rules"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let descriptions = builtInRules.map { $0.description } + (try RulePackLoader.shipped()).map(\.description)
            + EngineDiagnostics.all
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.map { String($0.prefix { $0 != " " }) } == descriptions.map(\.id).sorted())
        for description in descriptions {
            let line = lines.first { $0.hasPrefix(description.id + " ") }
            #expect(line?.hasSuffix(" \(description.title)") == true, "\(description.id): \(line ?? "missing")")
            #expect(line?.contains(" \(description.defaultSeverity.rawValue) ") == true, "\(description.id): \(line ?? "missing")")
        }
        #expect(lines.contains { $0.hasPrefix("numbering/paragraph-sequence ") })
        #expect(lines.contains { $0.hasPrefix("parse/encoding ") })
    }

    @Test func explainPrintsTitleRationaleAndExamples() throws {
        let result = try Fixture().run(["explain", "numbering/paragraph-sequence"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == RuleExplanation(ParagraphSequenceRule.description).text)
        #expect(result.stdout.hasPrefix("""
            numbering/paragraph-sequence: Paragraphs are numbered consecutively
            Default severity: error

            Paragraphs are numbered consecutively with arabic numerals through the whole document, across chapters,
            """))
        #expect(result.stdout.contains("\nExamples that trigger it:\n"))
        #expect(result.stdout.contains("\n  → 5:1: error: Paragraph 4 follows paragraph 2; expected 3.\n"))
        #expect(result.stdout.contains("\nExamples that do not:\n"))
    }

    @Test func explainKnowsTheEngineDiagnostics() throws {
        let result = try Fixture().run(["explain", "parse/encoding"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("parse/encoding: File is not valid UTF-8\nDefault severity: error\n"))
    }

    // MARK: Help and version

    @Test func helpAndVersionGoToStandardOutput() throws {
        let fixture = try Fixture()
        let version = try fixture.run(["--version"])
        let help = try fixture.run(["--help"])
        #expect(version.status == 0)
        #expect(help.status == 0)
        #expect(version.stdout == LintReport.toolVersion + "\n")
        #expect(help.stdout.contains("USAGE: unlint <subcommand>"))
    }

    // MARK: Helpers

    // MARK: Baselines

    @Test func writeBaselineThenBaselineReportsOnlyNewFindingsAndStaleEntries() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.withError)
        let written = try fixture.run(["--write-baseline", "baseline.json", "A-HRC-55-1.md"])
        #expect(written.status == 0)
        #expect(written.stdout == "0 errors, 0 warnings in 1 file\n")
        let file = try String(contentsOf: fixture.url("baseline.json"), encoding: .utf8)
        #expect(file.contains("\"rule\" : \"numbering/paragraph-sequence\""))
        // Lines added above the finding: still recorded; a new error in a heading is reported.
        try fixture.write("A-HRC-55-1.md", Documents.withError
            .replacingOccurrences(of: "# I. Introduction", with: "# I. Introduction\n\nNote.\n")
            .replacingOccurrences(of: "# II. Organization", with: "# III. Organization"))
        let checked = try fixture.run(["-q", "--baseline", "baseline.json", "A-HRC-55-1.md"])
        #expect(checked.status == 1)
        #expect(checked.stdout == "A-HRC-55-1.md:21:3: error: Chapter III follows chapter I; expected II. [structure/chapter-sequence]\n")
        // The finding fixed: its entry is stale.
        try fixture.write("A-HRC-55-1.md", Documents.clean)
        let fixed = try fixture.run(["--baseline", "baseline.json", "A-HRC-55-1.md"])
        #expect(fixed.status == 0)
        #expect(fixed.stdout == "0 errors, 0 warnings in 1 file; 1 baseline entry no longer matches\n")
        let json = try fixture.run(["--format", "json", "--baseline", "baseline.json", "A-HRC-55-1.md"])
        #expect(json.stderr == "unlint: warning: 1 baseline entry no longer matches\n")
        // Writing again prunes it.
        #expect(try fixture.run(["--write-baseline", "baseline.json", "A-HRC-55-1.md"]).status == 0)
        #expect(try String(contentsOf: fixture.url("baseline.json"), encoding: .utf8) == "{\n  \"entries\" : [\n\n  ],\n  \"version\" : 1\n}\n")
    }

    @Test func aMissingOrInvalidBaselineExitsTwoNamingTheFile() throws {
        let fixture = try Fixture()
        try fixture.write("A-HRC-55-1.md", Documents.clean)
        let missing = try fixture.run(["--baseline", "none.json", "A-HRC-55-1.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "unlint: error: baseline none.json: cannot read baseline: No such file or directory\n")
        try fixture.write("bad.json", "[]")
        let invalid = try fixture.run(["--baseline", "bad.json", "A-HRC-55-1.md"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.hasPrefix("unlint: error: baseline bad.json: not a baseline file"))
    }

    static func strippingANSI(_ text: String) -> String {
        text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
    }
}

extension CLITests {
    /// A usage error: the arguments and the first line expected on standard error.
    struct UsageError: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let stderr: String

        init(_ arguments: [String], stderr: String) {
            self.arguments = arguments
            self.stderr = stderr
        }

        var testDescription: String { arguments.isEmpty ? "(no arguments)" : arguments.joined(separator: " ") }
    }

    /// Small UN-style documents.
    enum Documents {
        static let header = FixtureDocuments.header
        static let clean = FixtureDocuments.clean

        /// Paragraph 3 numbered 4 (line 22): one error, related to paragraph 2 on line 16.
        static let withError = clean
            .replacingOccurrences(of: "4. The Council elected", with: "5. The Council elected")
            .replacingOccurrences(of: "3. The session was attended", with: "4. The session was attended")

        /// The heading of section B (line 24) in bold: one warning.
        static let withWarning = clean.replacingOccurrences(of: "## B. Election", with: "## **B. Election")
            .replacingOccurrences(of: "of officers\n", with: "of officers**\n")

        /// Paragraph 2 broken over a page, its second part on line 20: one info.
        static let withInfo = clean.replacingOccurrences(
            of: "2. The session was opened by the President of the Council.",
            with: "2. The session was opened by the President of the Council, who welcomed the\n\n\n\nparticipants and recalled the mandate of the Council.")

        /// The same report as `pdftotext -layout` gives it, paragraph 3 numbered 4 (line 19).
        static let plainText = """
            United Nations                                              A/HRC/55/1
            General Assembly                                            Distr.: General
                                                                        12 January 2024

                                                                        Original: English

            Human Rights Council
            Fifty-fifth session

            I. Introduction

            1. The Human Rights Council held its fifty-fifth session at the United
            Nations Office at Geneva.

            2. The session was opened by the President of the Council.

            II. Organization of the session

            4. The session was attended by representatives of States members of the
            Council.

            """

        /// The text report of `withError` as `A-HRC-55-1.md`.
        static let withErrorText = """
            A-HRC-55-1.md:22:1: error: Paragraph 4 follows paragraph 2; expected 3. [numbering/paragraph-sequence]
                4. The session was attended by representatives of States members of the Council.
                ^~
            A-HRC-55-1.md:16:1: note: paragraph 2 is here
            1 error, 0 warnings in 1 file

            """

        static func utf8Offset(of needle: String, in text: String) -> Int? {
            text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
        }
    }

    /// A temporary directory of fixture documents, removed when the fixture goes;
    /// `run` starts the binary in it, so paths in the output are the relative ones given.
    final class Fixture {
        let directory: URL

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: directory)
        }

        func url(_ relative: String) -> URL {
            directory.appendingPathComponent(relative)
        }

        func write(_ relative: String, _ text: String) throws {
            try write(relative, bytes: Array(text.utf8))
        }

        func write(_ relative: String, bytes: [UInt8]) throws {
            let file = url(relative)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }

        func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> CLIResult {
            try CLI.run(arguments, in: directory, stdin: stdin.map { Data($0.utf8) }, environment: environment)
        }
    }

    /// What one run of the binary gave.
    struct CLIResult: CustomStringConvertible {
        /// The exit status, or the signal number when `signaled`.
        let status: Int32
        let signaled: Bool
        let stdoutData: Data
        let stderrData: Data

        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        var stderr: String { String(decoding: stderrData, as: UTF8.self) }

        var description: String {
            "\(signaled ? "signal" : "status") \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
        }
    }

    /// Runs the `unlint` executable.
    enum CLI {
        /// The built executable: `swift test` builds it into the directory that
        /// holds the test bundle. On Linux the tests run as the executable
        /// `<bin>/unlintPackageTests.xctest`, so both `CommandLine.arguments[0]`
        /// and `Bundle.main.bundleURL` (the executable's directory there) lead to
        /// `<bin>`; on macOS the tests run in a helper tool that loads the bundle
        /// `<bin>/unlintPackageTests.xctest`, found through `Bundle(for:)`.
        /// `UNLINT_BINARY` overrides the search.
        static let binary: Result<URL, LocateError> = locate()

        struct LocateError: Error, CustomStringConvertible {
            let searched: [String]
            var description: String {
                "the unlint executable was not found (set UNLINT_BINARY, or run `swift build` first); searched: "
                    + searched.joined(separator: ", ")
            }
        }

        private final class BundleToken {}

        static func candidateDirectories() -> [URL] {
            var directories: [URL] = []
            for bundle in [Bundle(for: BundleToken.self), Bundle.main] + Bundle.allBundles {
                let url = bundle.bundleURL
                directories.append(url.pathExtension == "xctest" ? url.deletingLastPathComponent() : url)
            }
            if let first = CommandLine.arguments.first, !first.isEmpty {
                let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
                let executable = URL(fileURLWithPath: first, relativeTo: current).resolvingSymlinksInPath()
                directories.append(executable.deletingLastPathComponent())
            }
            if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                directories.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
            }
            var seen = Set<String>()
            return directories.filter { seen.insert($0.standardizedFileURL.path).inserted }
        }

        private static func locate() -> Result<URL, LocateError> {
            if let override = ProcessInfo.processInfo.environment["UNLINT_BINARY"], !override.isEmpty {
                return .success(URL(fileURLWithPath: override))
            }
            let directories = candidateDirectories()
            for directory in directories {
                let candidate = directory.appendingPathComponent("unlint")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return .success(candidate)
                }
            }
            return .failure(LocateError(searched: directories.map(\.path)))
        }

        /// Runs the binary with pipes for all three streams; standard input gets
        /// `stdin` (or nothing) and is then closed. Both outputs are drained while
        /// the process runs, so a large report cannot fill a pipe and block it.
        /// `environment` adds to the test runner's, less the variables that change the output.
        static func run(_ arguments: [String], in directory: URL, stdin: Data? = nil, environment extra: [String: String] = [:]) throws -> CLIResult {
            _ = ignoreBrokenPipes
            let process = Process()
            process.executableURL = try binary.get()
            process.arguments = arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            // `--color always`, JUnit times and the GitHub step summary must not depend on the caller's environment.
            for name in ["NO_COLOR", "SOURCE_DATE_EPOCH", "GITHUB_STEP_SUMMARY"] { environment[name] = nil }
            environment.merge(extra) { $1 }
            process.environment = environment
            let input = Pipe()
            let output = Pipe()
            let error = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = error

            let collected = Collected()
            let group = DispatchGroup()
            try process.run()
            DispatchQueue.global().async(group: group) {
                collected.set(out: output.fileHandleForReading.readDataToEndOfFile())
            }
            DispatchQueue.global().async(group: group) {
                collected.set(err: error.fileHandleForReading.readDataToEndOfFile())
            }
            let writer = input.fileHandleForWriting
            if let stdin {
                // A process that exits without reading would make this write fail (EPIPE); ignore that.
                try? writer.write(contentsOf: stdin)
            }
            try? writer.close()
            group.wait()
            process.waitUntilExit()
            return CLIResult(
                status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                stdoutData: collected.out, stderrData: collected.err)
        }

        /// Writing standard input to a process that has already exited must fail
        /// with EPIPE, not kill the test runner with SIGPIPE.
        private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

        /// Both outputs, filled from two reader threads.
        private final class Collected: @unchecked Sendable {
            private let lock = NSLock()
            private var outData = Data()
            private var errData = Data()

            func set(out data: Data) { lock.withLock { outData = data } }
            func set(err data: Data) { lock.withLock { errData = data } }
            var out: Data { lock.withLock { outData } }
            var err: Data { lock.withLock { errData } }
        }
    }
}
