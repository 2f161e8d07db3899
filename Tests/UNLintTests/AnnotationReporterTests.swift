import Foundation
import Testing
@testable import UNLint

/// The reporters that annotate lines in review tools: GitHub workflow
/// commands and step summary, GitLab Code Quality, Checkstyle.
@Suite struct AnnotationReporterTests {
    static func report() throws -> LintReport {
        try TestSupport.report(
            [("docs/b.md", FixtureDocuments.findings), ("docs/a.md", CLITests.Documents.withInfo)],
            extra: [FileResult(path: "docs/locked.md", failure: "cannot read file: Permission denied")])
    }

    // MARK: GitHub

    @Test func gitHubCommandsHaveTheSeverityPositionRuleAndMessage() throws {
        let paths = RepositoryPaths(root: "/repo", workingDirectory: "/repo")
        #expect(GitHubAnnotationsReporter(paths: paths).report(try Self.report()) == """
            ::notice file=docs/a.md,line=20,endLine=20,col=1,endColumn=13,title=numbering/split-paragraph::\
            Paragraph 2 is broken in mid-sentence; join this block to the one before it.
            ::error file=docs/b.md,line=22,endLine=22,col=1,endColumn=3,title=numbering/paragraph-sequence::\
            Paragraph 4 follows paragraph 2; expected 3.
            ::warning file=docs/b.md,line=24,endLine=24,col=4,endColumn=31,title=structure/heading-emphasis::\
            Heading text is wrapped in ** emphasis; remove the markup.
            ::error file=docs/locked.md,title=unreadable::cannot read file: Permission denied

            """)
    }

    @Test func gitHubPathsAreRelativeToTheRepositoryRoot() throws {
        let report = try TestSupport.report([("../b.md", FixtureDocuments.findings)])
        let output = GitHubAnnotationsReporter(paths: RepositoryPaths(root: "/repo", workingDirectory: "/repo/docs")).report(report)
        #expect(output.hasPrefix("::error file=b.md,line=22,"))
    }

    @Test func gitHubColumnsOnlyForAFindingOnOneLine() {
        let across = Diagnostic(
            rule: "numbering/split-paragraph", severity: .info, message: "Broken.",
            range: SourceRange(start: SourcePosition(line: 3, column: 5, offset: 20), end: SourcePosition(line: 5, column: 2, offset: 40)))
        let report = LintReport(files: [FileResult(path: "a.md", language: "en", source: nil, diagnostics: [across])])
        #expect(GitHubAnnotationsReporter().report(report) == "::notice file=a.md,line=3,endLine=5,title=numbering/split-paragraph::Broken.\n")
    }

    @Test func gitHubEscapesAsTheActionsToolkit() {
        #expect(GitHubAnnotationsReporter.escapeData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubAnnotationsReporter.escapeProperty("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b")
        // `%` first, so an escape already in the text is not decoded by GitHub.
        #expect(GitHubAnnotationsReporter.escapeData("%0A") == "%250A")
        #expect(GitHubAnnotationsReporter.escapeProperty("::error") == "%3A%3Aerror")
    }

    @Test func theStepSummaryIsATableOfEveryFinding() throws {
        let summary = GitHubAnnotationsReporter(paths: RepositoryPaths(root: "/repo", workingDirectory: "/repo")).stepSummary(try Self.report())
        #expect(summary == #"""
            ### unlint

            1 error\, 1 warning\, 1 info in 3 files

            | Severity | Location | Rule | Message |
            | --- | --- | --- | --- |
            | info | docs\/a\.md\:20\:1 | numbering\/split\-paragraph | Paragraph 2 is broken in mid\-sentence\; join this block to the one before it\. |
            | error | docs\/b\.md\:22\:1 | numbering\/paragraph\-sequence | Paragraph 4 follows paragraph 2\; expected 3\. |
            | warning | docs\/b\.md\:24\:4 | structure\/heading\-emphasis | Heading text is wrapped in \*\* emphasis\; remove the markup\. |
            | error | docs\/locked\.md | unreadable | cannot read file\: Permission denied |

            """#)
    }

    @Test func theStepSummaryOfACleanRunHasNoTable() throws {
        let summary = GitHubAnnotationsReporter().stepSummary(try TestSupport.report([("a.md", FixtureDocuments.clean)]))
        #expect(summary == "### unlint\n\n0 errors\\, 0 warnings in 1 file\n")
    }

    @Test func theStepSummaryStopsBeforeItsLimitAndSaysHowManyRowsAreLeft() throws {
        let report = try Self.report()
        let full = GitHubAnnotationsReporter().stepSummary(report)
        let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
        // Room for the header, the first row and the closing line only.
        let limit = lines.prefix(7).joined(separator: "\n").utf8.count + 1 + 100
        let cut = GitHubAnnotationsReporter().stepSummary(report, limit: limit)
        #expect(cut == lines.prefix(7).joined(separator: "\n") + "\n\n3 more rows are not shown; the job log lists them all.\n")
        #expect(cut.utf8.count <= limit)
    }

    // MARK: GitLab

    @Test func gitLabIssuesHaveTheFieldsGitLabReads() throws {
        let report = try Self.report()
        let issues = try JSONValue(parsing: GitLabCodeQualityReporter(paths: RepositoryPaths(root: "/repo", workingDirectory: "/repo")).report(report))
        let fingerprints = FindingFingerprint.fingerprints(of: report.files[1], path: "docs/b.md")
        #expect(issues.arrayValue?.count == 3, "the unreadable file is no issue")
        #expect(issues[1] == .object([
            "description": .string("Paragraph 4 follows paragraph 2; expected 3."),
            "check_name": .string("numbering/paragraph-sequence"),
            "fingerprint": .string(fingerprints[0]),
            "severity": .string("major"),
            "location": .object(["path": .string("docs/b.md"), "lines": .object(["begin": .integer(22), "end": .integer(22)])]),
        ]))
        #expect(issues.arrayValue?.map { $0["severity"] } == [.string("info"), .string("major"), .string("minor")])
        let all = issues.arrayValue?.compactMap { $0["fingerprint"]?.stringValue } ?? []
        #expect(Set(all).count == all.count, "GitLab needs each fingerprint once")
    }

    @Test func aCleanRunIsAnEmptyGitLabArray() throws {
        #expect(GitLabCodeQualityReporter().report(try TestSupport.report([("a.md", FixtureDocuments.clean)])) == "[\n\n]\n")
    }

    // MARK: Checkstyle

    @Test func checkstyleHasAFileElementPerDocumentAndAnErrorPerFinding() throws {
        #expect(CheckstyleReporter().report(try Self.report()) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="docs/a.md">
                <error line="20" column="1" severity="info" message="Paragraph 2 is broken in mid-sentence; join this block to the one before it." source="unlint.numbering/split-paragraph"/>
              </file>
              <file name="docs/b.md">
                <error line="22" column="1" severity="error" message="Paragraph 4 follows paragraph 2; expected 3." source="unlint.numbering/paragraph-sequence"/>
                <error line="24" column="4" severity="warning" message="Heading text is wrapped in ** emphasis; remove the markup." source="unlint.structure/heading-emphasis"/>
              </file>
              <file name="docs/locked.md">
                <error severity="error" message="cannot read file: Permission denied" source="unlint.unreadable"/>
              </file>
            </checkstyle>

            """)
    }
}
