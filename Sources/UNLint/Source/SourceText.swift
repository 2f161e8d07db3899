import Foundation

/// The text of one file, validated as UTF-8 once, with its lines.
///
/// A leading byte-order mark is skipped (offsets still count it, so they point
/// into the file as stored); LF, CRLF and CR all end a line.
public struct SourceText: Sendable {
    /// The decoded text, without the byte-order mark.
    public let text: String
    /// UTF-8 offset of `text` in the file: 3 after a byte-order mark, else 0.
    public let baseOffset: Int
    /// The lines, in order, without their terminators.
    public let lines: SourceLines
    /// For each line longer than ``columnMarkSpan`` bytes (by index in
    /// `lines`): how many scalars come before each multiple of the span. A
    /// column is then counted from the nearest mark, not from the line's
    /// start: a long line with many findings would cost its length per finding.
    private let columnMarks: [Int: [Int]]
    static let columnMarkSpan = 4096

    /// Why a file could not be read as UTF-8, and where.
    public struct EncodingError: Error, Sendable, Equatable {
        public let position: SourcePosition
        /// The first invalid byte.
        public let byte: UInt8
    }

    /// Validates `bytes` as UTF-8 and splits them into lines.
    public init(bytes: [UInt8]) throws(EncodingError) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let base = bytes.starts(with: bom) ? 3 : 0
        let body = bytes[base...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw Self.locateInvalidByte(in: bytes, from: base)
        }
        self.init(validText: text, baseOffset: base)
    }

    /// Wraps text that is already a Swift `String` (always valid UTF-8).
    public init(_ text: String) {
        self.init(validText: text, baseOffset: 0)
    }

    private init(validText: String, baseOffset: Int) {
        self.text = validText
        self.baseOffset = baseOffset
        self.lines = Self.splitLines(validText, baseOffset: baseOffset)
        var marks: [Int: [Int]] = [:]
        for index in lines.indices where lines.byteCount(ofLine: index) > Self.columnMarkSpan {
            let line = lines[index]
            let length = line.text.utf8.count
            marks[index] = stride(from: Self.columnMarkSpan, through: length, by: Self.columnMarkSpan).reduce(into: []) { counts, end in
                counts.append((counts.last ?? 0) + line.scalarCount(inBytes: (end - Self.columnMarkSpan)..<end))
            }
        }
        columnMarks = marks
    }

    /// The column (1-based, in scalars) of byte `byte` of `lines[index]`.
    private func column(inLine index: Int, byte: Int) -> Int {
        let line = lines[index]
        guard byte > Self.columnMarkSpan, let marks = columnMarks[index] else { return 1 + line.scalarCount(toByte: byte) }
        // Past the line's end the count stops at its end, as from its start.
        let whole = min(byte / Self.columnMarkSpan, marks.count)
        let start = whole * Self.columnMarkSpan
        return 1 + marks[whole - 1] + line.scalarCount(inBytes: start..<byte)
    }

    /// Line and column of a UTF-8 offset (file-relative). Offsets past a line's
    /// end (in its terminator) clamp to the column after its last scalar.
    public func position(atOffset offset: Int) -> SourcePosition {
        let index = lineIndex(containing: offset)
        let line = lines[index]
        let clamped = min(max(offset, line.startOffset), line.endOffset)
        return SourcePosition(line: line.number, column: column(inLine: index, byte: clamped - line.startOffset), offset: clamped)
    }

    /// The position of a byte offset inside `lines[lineNumber - 1]`.
    public func position(line lineNumber: Int, byteInLine: Int) -> SourcePosition {
        let line = lines[lineNumber - 1]
        return SourcePosition(
            line: lineNumber,
            column: column(inLine: lineNumber - 1, byte: byteInLine),
            offset: line.startOffset + byteInLine)
    }

    /// The range from byte `from` to byte `to` (exclusive) of one line.
    public func range(line lineNumber: Int, bytes: Range<Int>) -> SourceRange {
        SourceRange(
            start: position(line: lineNumber, byteInLine: bytes.lowerBound),
            end: position(line: lineNumber, byteInLine: bytes.upperBound))
    }

    /// Index into `lines` of the line holding `offset` (binary search over line starts).
    public func lineIndex(containing offset: Int) -> Int {
        lines.index(containing: offset - baseOffset)
    }

    private static func splitLines(_ text: String, baseOffset: Int) -> SourceLines {
        var starts: [Int] = []
        var lastEnd = 0
        var afterCRLF = false
        var contiguous = text
        contiguous.withUTF8 { bytes in
            // The table is made at its final size: grown by doubling, a large
            // document's would be copied, with old and new alive at once, and
            // left up to half empty.
            starts.reserveCapacity(lineCount(bytes))
            func close(from start: Int, to end: Int) {
                starts.append(start << 1 | (afterCRLF ? 1 : 0))
                afterCRLF = end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A
                lastEnd = end
            }
            var lineStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                    index += 1
                    continue
                }
                close(from: lineStart, to: index)
                index += byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
                lineStart = index
            }
            // The text after the last terminator is a line unless it is empty and
            // the file ended with a terminator (or was empty).
            if lineStart < bytes.count || starts.isEmpty {
                close(from: lineStart, to: bytes.count)
            }
        }
        return SourceLines(text: text, baseOffset: baseOffset, starts: starts, lastEnd: lastEnd)
    }

    /// Indices into `lines` of the lines that hold `needle` (ASCII, with no
    /// line break), in order: one pass over the text instead of one per line.
    public func lineIndices(holding needle: StaticString) -> [Int] {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var found: [Int] = []
            var searched = 0
            while searched + pattern.count <= bytes.count, let hit = bytes[searched...].firstIndex(of: pattern[0]) {
                guard hit + pattern.count <= bytes.count else { break }
                if bytes[hit..<(hit + pattern.count)].elementsEqual(pattern) {
                    let index = lineIndex(containing: baseOffset + hit)
                    if found.last != index { found.append(index) }
                }
                searched = hit + 1
            }
            return found
        }
    }

    /// How many lines `splitLines` makes of `bytes`: one per terminator (LF,
    /// CRLF, CR), and one for the text after the last. memchr finds the
    /// terminators, many bytes at a time.
    private static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return 1 }
        func count(_ byte: UInt8, unlessFollowedBy next: UInt8?) -> Int {
            var found = 0
            var from = 0
            while from < bytes.count, let hit = memchr(start + from, Int32(byte), bytes.count - from) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(start)
                if next == nil || offset + 1 == bytes.count || bytes[offset + 1] != next { found += 1 }
                from = offset + 1
            }
            return found
        }
        return count(0x0A, unlessFollowedBy: nil) + count(0x0D, unlessFollowedBy: 0x0A) + 1
    }

    /// The position of byte `target` of a file that may not be valid UTF-8
    /// (a binary one): lines end at LF, CRLF or CR; columns count the bytes
    /// that start a scalar, so they are exact wherever the text is valid.
    public static func position(ofByte target: Int, in bytes: [UInt8]) -> SourcePosition {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < target {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let column = 1 + bytes[lineStart..<target].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        // A BOM is no column.
        let bom = lineStart == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) && target >= 3 ? 1 : 0
        return SourcePosition(line: line, column: column - bom, offset: target)
    }

    private static func locateInvalidByte(in bytes: [UInt8], from base: Int) -> EncodingError {
        // Decode scalar by scalar, tracking line and column, until the decoder fails.
        var iterator = bytes[base...].makeIterator()
        var decoder = UTF8()
        var offset = base
        var line = 1
        var column = 1
        var previousWasCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let width = UTF8.width(scalar)
                if scalar == "\n" && previousWasCR {
                    // CRLF: the line was already counted at the CR.
                } else if scalar == "\n" || scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previousWasCR = scalar == "\r"
                offset += width
            case .emptyInput:
                // Unreachable for invalid input; report the end to stay total.
                return EncodingError(position: SourcePosition(line: line, column: column, offset: offset), byte: 0)
            case .error:
                return EncodingError(
                    position: SourcePosition(line: line, column: column, offset: offset), byte: bytes[offset])
            }
        }
    }
}

/// The lines of a ``SourceText``, each made when asked for from where it
/// starts: a document can have millions of lines, and a table of their
/// starts takes 8 bytes a line where a table of lines took 48.
public struct SourceLines: RandomAccessCollection, Sendable {
    private let text: String
    private let baseOffset: Int
    /// For each line, the UTF-8 offset in `text` of its first byte, shifted
    /// left by one; the low bit tells whether the line before ends with CRLF.
    private let starts: [Int]
    /// UTF-8 offset in `text` just after the last line's last byte.
    private let lastEnd: Int

    /// `starts` as ``SourceText`` splits the lines: shifted, with the CRLF bit.
    fileprivate init(text: String, baseOffset: Int, starts: [Int], lastEnd: Int) {
        self.text = text
        self.baseOffset = baseOffset
        self.starts = starts
        self.lastEnd = lastEnd
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(index: Int) -> SourceLine {
        let start = start(ofLine: index)
        return SourceLine(number: index + 1, text: slice(start..<end(ofLine: index)), startOffset: baseOffset + start)
    }

    /// The text at UTF-8 offsets `range` of the text (not of the file).
    func slice(_ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        // UTF-8 offsets of a native string index it in constant time.
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return Substring(utf8[from..<utf8.index(from, offsetBy: range.count)])
    }

    /// UTF-8 offset in the text (not the file) of line `index`.
    func start(ofLine index: Int) -> Int {
        starts[index] >> 1
    }

    /// The length of line `index` in UTF-8 bytes, without making the line.
    func byteCount(ofLine index: Int) -> Int {
        end(ofLine: index) - start(ofLine: index)
    }

    /// Index of the line holding UTF-8 offset `offset` of the text (binary
    /// search over the starts); offsets before the text are in the first line.
    func index(containing offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] >> 1 <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Where line `index` ends: before the terminator the next line starts
    /// after, or at the end of the last line.
    private func end(ofLine index: Int) -> Int {
        guard index + 1 < starts.count else { return lastEnd }
        let next = starts[index + 1]
        return (next >> 1) - 1 - (next & 1)
    }
}

/// One line of a ``SourceText``.
public struct SourceLine: Sendable, Hashable {
    /// 1-based line number.
    public let number: Int
    /// The line's text without its terminator: a slice of the document's
    /// text, which spares a string per line (a document can have millions).
    public let text: Substring
    /// UTF-8 offset of the line's first byte in the file.
    public let startOffset: Int

    /// UTF-8 offset just after the line's last byte (before its terminator).
    public var endOffset: Int { startOffset + text.utf8.count }

    /// Number of Unicode scalars in the first `byteCount` bytes of the line.
    public func scalarCount(toByte byteCount: Int) -> Int {
        scalarCount(inBytes: 0..<byteCount)
    }

    /// Number of Unicode scalars that start in `range` (UTF-8 offsets in the
    /// line, clamped to it): the bytes that are no continuation bytes.
    func scalarCount(inBytes range: Range<Int>) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes[range.clamped(to: 0..<bytes.count)] where byte & 0xC0 != 0x80 {
                count += 1
            }
            return count
        }
    }

    /// True when the line holds only spaces, tabs and form feeds.
    public var isBlank: Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
    }
}
