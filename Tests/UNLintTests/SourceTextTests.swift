import Testing
@testable import UNLint

@Suite struct SourceTextTests {
    @Test func linesEndWithLFCRLFOrCR() throws {
        let source = try SourceText(bytes: Array("a\nb\r\nc\rd".utf8))
        #expect(source.lines.map(\.text) == ["a", "b", "c", "d"])
        #expect(source.lines.map(\.startOffset) == [0, 2, 5, 7])
    }

    /// Lines are made from where they start: each ends before its own
    /// terminator, empty lines and multibyte text included.
    @Test func linesMadeFromTheirStartsEndBeforeTheirTerminators() throws {
        let source = try SourceText(bytes: Array("été\r\n\r\n\rдва\n\r\nend".utf8))
        #expect(source.lines.map(\.text) == ["été", "", "", "два", "", "end"])
        #expect(source.lines.map(\.endOffset) == [5, 7, 9, 16, 17, 22])
        #expect(source.lines.indices.map { source.lines.byteCount(ofLine: $0) } == [5, 0, 0, 6, 0, 3])
        #expect([0, 5, 6, 7, 8, 15, 16, 18, 21].map(source.lineIndex(containing:)) == [0, 0, 0, 1, 1, 3, 3, 4, 5])
    }

    @Test func trailingTerminatorAddsNoLineButAnEmptyFileHasOne() throws {
        #expect(try SourceText(bytes: Array("a\n".utf8)).lines.count == 1)
        #expect(try SourceText(bytes: []).lines.map(\.text) == [""])
        #expect(try SourceText(bytes: Array("a\n\n".utf8)).lines.map(\.text) == ["a", ""])
    }

    @Test func byteOrderMarkIsSkippedButCountedInOffsets() throws {
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("1. Texte\n".utf8))
        #expect(source.text == "1. Texte\n")
        #expect(source.lines[0].startOffset == 3)
        #expect(source.position(atOffset: 6) == SourcePosition(line: 1, column: 4, offset: 6))
    }

    /// Columns count Unicode scalars; offsets count UTF-8 bytes.
    @Test(arguments: [
        ("Résumé X", 8, 9),
        ("Доклад X", 8, 13),
        ("تقرير X", 7, 11),
        ("报告 X", 4, 7),
    ])
    func columnsCountScalarsAfterMultibyteText(line: String, column: Int, offset: Int) {
        let source = SourceText("first\n" + line)
        let xByte = 6 + line.utf8.count - 1
        #expect(source.position(atOffset: xByte) == SourcePosition(line: 2, column: column, offset: offset + 6))
    }

    @Test func invalidUTF8IsLocatedByLineColumnAndOffset() {
        let bytes = Array("Distr. générale\r\nNo\u{E9}l ".utf8) + [0xFF] + Array(" fin".utf8)
        #expect(throws: SourceText.EncodingError(position: SourcePosition(line: 2, column: 6, offset: 25), byte: 0xFF)) {
            try SourceText(bytes: bytes)
        }
    }

    @Test func truncatedSequenceAtTheEndIsInvalid() {
        #expect(throws: SourceText.EncodingError(position: SourcePosition(line: 1, column: 3, offset: 2), byte: 0xC3)) {
            try SourceText(bytes: [0x61, 0x62, 0xC3])
        }
    }

    /// A line longer than the span between column marks, with scalars of one to
    /// four bytes straddling the marks: every column counted from a mark is the
    /// column counted from the line's start. (Counted from the start for every
    /// finding, a long line with many findings took hours.)
    @Test func columnsOnALongLineAreCountedFromTheNearestMark() throws {
        let pieces = ["a", "é", "中", "😀", " "]
        var line = ""
        var index = 0
        while line.utf8.count < 3 * SourceText.columnMarkSpan + 100 {
            line += pieces[index % pieces.count]
            index += 1
        }
        let source = SourceText("٣ ذ\n" + line + "\nend")
        let start = source.lines[1].startOffset
        let bytes = Array(line.utf8)
        var scalars = 0
        let span = SourceText.columnMarkSpan
        // Around each mark, and a sample elsewhere.
        func checked(_ byte: Int) -> Bool { byte % 97 == 0 || abs(byte - (byte + 8) / span * span) <= 8 || byte == bytes.count }
        for byte in 0...bytes.count {
            if checked(byte), byte == bytes.count || bytes[byte] & 0xC0 != 0x80 {
                #expect(source.position(atOffset: start + byte) == SourcePosition(line: 2, column: scalars + 1, offset: start + byte))
                #expect(source.position(line: 2, byteInLine: byte).column == scalars + 1)
            }
            if byte < bytes.count, bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
        }
        // Past the line's end, the column after its last scalar.
        #expect(source.position(line: 2, byteInLine: bytes.count + 5).column == scalars + 1)
    }
}
