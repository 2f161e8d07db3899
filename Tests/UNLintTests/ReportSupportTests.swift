import Foundation
import Testing
@testable import UNLint

/// What the reporters share: XML escaping, repository paths, atomic report
/// files, the rules of a run, and the linter's streaming variant.
@Suite struct ReportSupportTests {
    // MARK: XML escaping

    @Test func xmlAttributesEscapeMarkupQuotesAndWhiteSpaceThatParsersWouldNormalise() {
        #expect(XMLEscaping.attribute(#"a<b & "c" > 'd'"#) == "a&lt;b &amp; &quot;c&quot; &gt; 'd'")
        #expect(XMLEscaping.attribute("tab\tline\nreturn\r") == "tab&#9;line&#10;return&#13;")
    }

    @Test func xmlTextEscapesMarkupAndCarriageReturnsButKeepsLineFeeds() {
        #expect(XMLEscaping.text("x]]>y <z> & \"q\"\r\n") == "x]]&gt;y &lt;z&gt; &amp; \"q\"&#13;\n")
    }

    @Test func charactersXML10ForbidsAreDropped() {
        let forbidden = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"
        #expect(XMLEscaping.text(forbidden) == "abcdefghi")
        #expect(XMLEscaping.attribute(forbidden) == "abcdefghi")
        // Everything else stays, right-to-left marks and emoji included.
        #expect(XMLEscaping.text("\u{7F}\u{85}\u{200F}مرحبا\u{1F600}\u{FFFD}") == "\u{7F}\u{85}\u{200F}مرحبا\u{1F600}\u{FFFD}")
    }

    // MARK: Repository paths

    @Test(arguments: [
        ("docs/a.md", "/repo", "/repo", "docs/a.md"),
        ("./docs/./a.md", "/repo", "/repo", "docs/a.md"),
        ("a.md", "/repo", "/repo/docs/fr", "docs/fr/a.md"),
        ("../b.md", "/repo", "/repo/docs", "b.md"),
        ("/repo/docs/a.md", "/repo", "/tmp", "docs/a.md"),
        ("/elsewhere/a.md", "/repo", "/repo", "/elsewhere/a.md"),
        ("../../a.md", "/repo", "/repo/docs", "../../a.md"),
        ("./a.md", nil, "/somewhere", "a.md"),
        ("/abs/a.md", nil, "/somewhere", "/abs/a.md"),
    ] as [(String, String?, String, String)])
    func pathsBecomeRelativeToTheRepositoryRoot(path: String, root: String?, workingDirectory: String, expected: String) {
        #expect(RepositoryPaths(root: root, workingDirectory: workingDirectory).relative(path) == expected)
    }

    @Test func theRootIsTheNearestFolderHoldingGit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-repo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let inner = folder.appendingPathComponent("docs/fr")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        // A worktree's .git is a file.
        try Data("gitdir: elsewhere\n".utf8).write(to: folder.appendingPathComponent(".git"))
        let paths = RepositoryPaths.discover(from: inner.path)
        #expect(paths.root == folder.standardizedFileURL.path)
        #expect(paths.relative("a.md") == "docs/fr/a.md")
    }

    // MARK: Report files

    @Test func aReportFileIsWrittenWholeWithItsFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("Reports/out/junit.xml").path
        try ReportFile.write(to: path) { $0.write("first\n") }
        try ReportFile.write(to: path) { $0.write("second\n") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Reports/out").path) == ["junit.xml"])
    }

    @Test func aReportFileThatCannotBeWrittenLeavesNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The target is a folder: the rename fails after the text was written.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("report.xml"), withIntermediateDirectories: true)
        #expect(throws: ReportFileError(path: folder.appendingPathComponent("report.xml").path, reason: "Is a directory")) {
            try ReportFile.write(to: folder.appendingPathComponent("report.xml").path) { $0.write("text") }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xml"])
        // A parent that is a file.
        try Data("x".utf8).write(to: folder.appendingPathComponent("plain"))
        let below = folder.appendingPathComponent("plain/report.xml").path
        #expect(throws: ReportFileError(path: below, reason: "cannot create its folder")) {
            try ReportFile.write(to: below) { $0.write("text") }
        }
        #expect(ReportFileError(path: "a.xml", reason: "Permission denied").description == "cannot write a.xml: Permission denied")
    }

    @Test func aSymbolicLinkIsFollowedAndAPipeWrittenInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: folder.appendingPathComponent("real/report.xml"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.xml").path, withDestinationPath: "real/report.xml")
        try ReportFile.write(to: folder.appendingPathComponent("link.xml").path) { $0.write("new\n") }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.xml").path) == "real/report.xml")
        #expect(try String(contentsOf: folder.appendingPathComponent("real/report.xml"), encoding: .utf8) == "new\n")

        // A pipe stays a pipe (as /dev/stdout would stay a device) and its reader gets the text.
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try ReportFile.write(to: fifo) { $0.write("through the pipe\n") }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == 17)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe\n")
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.xml", "pipe", "real"])
    }

    @Test func appendingAddsAtTheEnd() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-summary-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try ReportFile.append("one\n", to: file)
        try ReportFile.append("two\n", to: file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "one\ntwo\n")
    }

    // MARK: The rules of a run

    @Test func theRulesThatRanAreThoseOnForSomeFile() {
        let rules = TestSupport.allRules
        let off = Linter.Options(ruleLevels: ["date/format": .off, "header/order": .off, "link/empty-target": .warning])
        let onlyOrder = Linter.Options(ruleLevels: ["header/order": .off])
        let (ran, offByPath) = LintReport.rulesThatRan(rules, paths: ["a.md", "b.md"], options: [off, onlyOrder])
        #expect(ran.map(\.id) == rules.map(\.id).filter { $0 != "header/order" })
        #expect(offByPath == ["a.md": ["date/format"]])
        #expect(LintReport.rulesThatRan(rules, paths: [], options: []).rules.isEmpty)
    }

    @Test func aPackRuleAConfigurationAddsRunsOnlyOnItsFiles() throws {
        let pack = try RulePackLoader.load(
            yaml: "rules:\n  - id: house/x\n    title: X\n    message: m\n    kind: existence\n    pattern: x\n",
            file: "house.yml", languages: ["en"], reserved: [:]).rules
        let rules = TestSupport.allRules
        let (ran, offByPath) = LintReport.rulesThatRan(
            rules, paths: ["a.md", "b.md"], options: [Linter.Options(packs: pack), Linter.Options()])
        #expect(ran.map(\.id) == rules.map(\.id) + ["house/x"])
        #expect(offByPath == ["b.md": ["house/x"]])
    }

    @Test func theReportSortsFilesByPathBytesAndRulesById() {
        #expect(LintReport.outputOrder("B.md", "a.md"))
        #expect(LintReport.outputOrder("a.md", "a/b.md"))
        #expect(!LintReport.outputOrder("é.md", "z.md"))
        let report = LintReport(
            files: ["b.md", "a.md"].map { FileResult(path: $0, failure: "x") }, rules: TestSupport.allRules.reversed())
        #expect(report.files.map(\.path) == ["a.md", "b.md"])
        #expect(report.rules.map(\.id) == TestSupport.allRules.map(\.id).sorted())
    }

    // MARK: Streaming

    @Test(arguments: [1, 2, 8])
    func streamingDeliversEveryResultInInputOrderWithItsTime(width: Int) async throws {
        let linter = Linter(catalog: TestSupport.catalog)
        let texts = (0..<12).map { $0 % 3 == 0 ? FixtureDocuments.findings : FixtureDocuments.clean }
        let inputs = texts.enumerated().map { LintInput(path: "d\($0.offset).md", content: .bytes(Array($0.element.utf8))) }
            + [LintInput(path: "missing.md", content: .file("/nonexistent/missing.md"))]
        var received: [(FileResult, Duration)] = []
        await linter.lint(inputs, perInput: Array(repeating: Linter.Options(), count: inputs.count), width: width) {
            received.append(($0, $1))
        }
        let collected = await linter.lint(inputs, width: width)
        #expect(received.map(\.0.path) == inputs.map(\.path))
        #expect(received.map(\.0.diagnostics) == collected.map(\.diagnostics))
        #expect(received.last?.0.failure == "cannot read file: No such file or directory")
        #expect(received.allSatisfy { $0.1 >= .zero })
        #expect(received.map { $0.0.diagnostics.count } == (0..<12).map { $0 % 3 == 0 ? 2 : 0 } + [0])
    }
}
