import Foundation
import Testing
@testable import UNLint

/// Reports of many findings on one long line: the line is read once, not
/// once per finding (the text report printed it whole for each finding).
@Suite struct LongLineReportTests {
    /// A line of `count` words `ab  cd` (a double space in each), after a
    /// Russian word, with a finding for each of the first `findings` double spaces.
    static func file(words count: Int, findings: Int? = nil) -> FileResult {
        let line = "Доклад " + Array(repeating: "ab  cd", count: count).joined(separator: " ")
        let source = SourceText(line + "\n")
        let findings = (0..<(findings ?? count)).map { index in
            // Each `ab  cd` is 7 scalars with its separator; the spaces follow `ab`.
            let column = 8 + 7 * index + 2
            return Diagnostic(
                rule: "whitespace/double-space", severity: .warning, message: "Two or more spaces in a row; use one.",
                range: source.range(line: 1, bytes: (13 + 7 * index + 2)..<(13 + 7 * index + 4)))
                .checked(column: column)
        }
        return FileResult(path: "a.md", language: "en", source: source, diagnostics: findings)
    }

    /// A line longer than the context is quoted around the finding, with `…`
    /// where it is cut, and the caret still under the span.
    @Test func aLongLineIsQuotedAroundItsFinding() {
        let file = Self.file(words: 60)
        let text = TextReporter(quiet: false).report(LintReport(files: [file]))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The first finding: the start of the line, cut after the context.
        #expect(lines[0] == "a.md:1:10: warning: Two or more spaces in a row; use one. [whitespace/double-space]")
        let head = "Доклад " + Array(repeating: "ab  cd", count: 60).joined(separator: " ")
        #expect(lines[1] == "    " + head.prefix(9 + 2 + 80) + "…")
        #expect(lines[2] == "    " + String(repeating: " ", count: 9) + "^~")
        // The thirtieth: cut on both sides, 80 scalars around the span.
        let start = 9 + 7 * 29
        #expect(lines[87] == "a.md:1:\(start + 1): warning: Two or more spaces in a row; use one. [whitespace/double-space]")
        #expect(lines[88] == "    …" + head.dropFirst(start - 80).prefix(80 + 2 + 80) + "…")
        #expect(lines[89] == "    " + String(repeating: " ", count: 81) + "^~")
    }

    /// The fingerprint of a finding hashes the rule, the path, the message, a
    /// hash of its trimmed line text and its occurrence.
    @Test func aFingerprintHashesTheLineText() {
        let file = Self.file(words: 3)
        var line = FNV1a64()
        line.combine("Доклад ab  cd ab  cd ab  cd")
        let expected = (0..<3).map { occurrence in
            var hash = FNV1a64()
            for field in ["whitespace/double-space", "docs/a.md", "Two or more spaces in a row; use one.", line.hexDigits, String(occurrence)] {
                hash.combine(field)
            }
            return hash.hexDigits
        }
        #expect(FindingFingerprint.fingerprints(of: file, path: "docs/a.md") == expected)
    }

    /// A baseline of findings on one long line hides as many as it recorded.
    @Test func aBaselineMatchesManyFindingsOnOneLongLine() {
        let baseline = Baseline(recording: [Self.file(words: 600, findings: 599)])
        #expect(baseline.entries.map(\.count) == [599])
        let result = baseline.filter([Self.file(words: 600)])
        #expect(result.files[0].diagnostics.count == 1)
        #expect(result.stale == 0)
    }

    /// A report far larger than its input is written as it is made, in
    /// pieces: what reaches the file is the whole report, every finding once.
    @Test func aLargeReportIsWrittenAsItIsMade() throws {
        let report = LintReport(files: [Self.file(words: 600)])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ReportFile.write(to: path) { JSONReporter().write(report, to: &$0) }
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.count > 2 << 16)  // three pieces or more
        #expect(String(decoding: written, as: UTF8.self) == JSONReporter().report(report))
        let json = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 600)
        #expect(diagnostics.last?["column"] as? Int == 8 + 7 * 599 + 2)
    }

    /// Text reaches the file byte for byte, whether written in small pieces
    /// that fill the buffer across a scalar or in one piece larger than it.
    @Test func aReportStreamKeepsEveryByte() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let small = "é中"  // 5 bytes: the buffer's 64 KB fall inside a scalar
        let large = String(repeating: "Доклад ", count: 20_000)
        try ReportFile.write(to: path) { stream in
            for _ in 0..<30_000 { stream.write(small) }
            stream.write(large)
            stream.write("end\n")
        }
        let expected = String(repeating: small, count: 30_000) + large + "end\n"
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }
}

private extension Diagnostic {
    /// The diagnostic, once its start column is the one the test computed.
    func checked(column: Int) -> Diagnostic {
        precondition(range.start.column == column, "column \(range.start.column), expected \(column)")
        return self
    }
}
