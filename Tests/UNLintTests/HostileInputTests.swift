import Foundation
import Testing
@testable import UNLint

/// Input nobody planned for: binary files, empty and blank files, special
/// files and loops among the paths. Each case has its exact outcome.
@Suite struct HostileInputTests {
    typealias Fixture = CLITests.Fixture
    typealias Documents = CLITests.Documents

    static func lint(_ bytes: [UInt8], path: String = "doc.md") throws -> [String] {
        try Linter(catalog: TestSupport.catalog, packs: try RulePackLoader.shipped()).lint(bytes: bytes, path: path)
            .diagnostics.map { "\($0.range.start.line):\($0.range.start.column)@\($0.range.start.offset) \($0.rule): \($0.message)" }
    }

    static func binaryMessage(_ offset: Int) -> String {
        "parse/binary: File holds NUL bytes (the first at offset \(offset)): it is binary or UTF-16, not a text document; it was not linted."
    }

    @Test func nulBytesAreOneBinaryErrorAtTheFirstOfThem() throws {
        // Cyrillic and CRLF before the NUL: line 2, column 4, byte 14 + 2 + 6.
        let bytes = Array("Комитет\r\nдок".utf8) + [0, 1, 2, 0] + Array("text".utf8)
        #expect(try Self.lint(bytes) == ["2:4@22 " + Self.binaryMessage(22)])
        // UTF-16 text is half NUL bytes; its byte-order mark is no UTF-8, so each byte is a column.
        #expect(try Self.lint([0xFF, 0xFE, 0x41, 0x00]) == ["1:4@3 " + Self.binaryMessage(3)])
        // After a BOM, the column does not count it.
        #expect(try Self.lint([0xEF, 0xBB, 0xBF, 0x41, 0x00]) == ["1:2@4 " + Self.binaryMessage(4)])
    }

    @Test(arguments: [
        ("empty", [UInt8]()),
        ("a BOM only", [0xEF, 0xBB, 0xBF]),
        ("blank lines", Array(" \n\t\n\r\n\n".utf8)),
    ])
    func filesWithoutTextAreOneEmptyWarning(_ name: String, _ bytes: [UInt8]) throws {
        let offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        #expect(try Self.lint(bytes) == ["1:1@\(offset) parse/empty: The file has no text; there is nothing to lint."])
    }

    @Test func aFileOfPageFurnitureOnlyIsLintedWithoutCrashing() throws {
        let furniture = "\u{0C}25-12345 (E)    010125\n\n*2512345*\n\nA/80/1\n\n2/12\n"
        let findings = try Self.lint(Array(furniture.utf8), path: "doc.txt")
        #expect(findings.allSatisfy { !$0.contains("parse/") && !$0.contains("engine/") }, "\(findings)")
    }

    /// Columns count Unicode scalars, whatever stands before the finding:
    /// a tab, zero-width and bidirectional controls, combining marks, emoji
    /// (several scalars each), right-to-left text; lines end with CR alone or mixed.
    @Test(arguments: ["\n", "\r", "\r\n"])
    func positionsStayExactAfterHostileText(_ newline: String) throws {
        let before = "\t\u{200B}\u{200F}\u{202E}e\u{301}👩🏽‍⚖️ مرحبا עברית 理事会"
        let text = "Комитет." + newline + "1. " + before + " The Committee  met." + newline
        let rule = try RulePackLoader.shipped().filter { $0.description.id == "whitespace/double-space" }
        let findings = try Linter(catalog: TestSupport.catalog, rules: [], packs: rule).lint(bytes: Array(text.utf8), path: "doc.md")
            .diagnostics.map { "\($0.range.start.line):\($0.range.start.column)@\($0.range.start.offset) \($0.rule): \($0.message)" }
        let column = 1 + "1. ".unicodeScalars.count + before.unicodeScalars.count + " The Committee".unicodeScalars.count
        let offset = "Комитет.".utf8.count + newline.utf8.count + "1. ".utf8.count + before.utf8.count + " The Committee".utf8.count
        #expect(findings == ["2:\(column)@\(offset) whitespace/double-space: Two or more spaces in a row; use one."])
        #expect(column == 45)
    }

    @Test func specialFilesAndLoopsAmongThePaths() throws {
        let fixture = try Fixture()
        try fixture.write("loop/a.md", Documents.clean)
        try FileManager.default.createSymbolicLink(atPath: fixture.url("loop/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: fixture.url("loop/self").path, withDestinationPath: fixture.url("loop").path)
        try FileManager.default.createDirectory(at: fixture.url("folder.md"), withIntermediateDirectories: true)
        #expect(mkfifo(fixture.url("pipe.md").path, 0o600) == 0)
        // A FIFO found in a folder is not a document; named, it is an error, and nothing blocks on it.
        let folder = try fixture.run(["-q", "."])
        #expect(folder.status == 0, "\(folder)")
        #expect(folder.stdout == "")
        let named = try fixture.run(["-q", "pipe.md", "folder.md", "missing.md", "loop"])
        #expect(named.status == 2)
        #expect(named.stdout == "")
        #expect(named.stderr == """
            unlint: error: folder.md: no documents (*.md, *.markdown, *.txt) in this directory
            unlint: error: missing.md: no such file or directory
            unlint: error: pipe.md: cannot read file: Is a FIFO (named pipe), not a file

            """)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file, so an unreadable file cannot be made"))
    func anUnreadableFileIsNamedWithTheSystemsReason() throws {
        let fixture = try Fixture()
        try fixture.write("secret.md", Documents.clean)
        #expect(chmod(fixture.url("secret.md").path, 0) == 0)
        let result = try fixture.run(["-q", "secret.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "unlint: error: secret.md: cannot read file: Permission denied\n")
    }
}
