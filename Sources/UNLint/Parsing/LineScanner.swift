/// The first reading of a line: what its form (Markdown or plain text) makes
/// of it, before the document structure is known.
struct ScannedLine {
    enum Kind: Equatable {
        case blank
        /// A Markdown horizontal rule, which conversions leave where pages broke.
        case rule
        /// A Markdown ATX heading of the given level.
        case atxHeading(level: Int)
        case text
        /// YAML front matter (`---` … `---` opening a Markdown file): metadata, not text.
        case frontMatter
    }
    let number: Int
    let kind: Kind
    /// The content: after `#` marks, leading spaces and form feeds; before
    /// closing `#` marks and trailing spaces (including Markdown hard breaks).
    /// A slice of the line's text, not a copy.
    let content: Substring
    /// UTF-8 offset of `content` in the line.
    let contentStart: Int
    /// UTF-8 range of the `#` marks of a heading.
    let markerBytes: Range<Int>?
    /// The line starts with a form feed: a page break in `pdftotext` output.
    let formFeed: Bool
}

/// The scanned lines of a document, each made when asked for from a record of
/// 12 bytes: a document can have millions of lines, and a table of scanned
/// lines took 88 bytes a line.
struct ScannedLines: RandomAccessCollection {
    private let lines: SourceLines
    private var records: [Record] = []
    /// The content of lines whose offsets do not fit in a record (over 4 GB), by index.
    private var wideContent: [Int: Range<Int>] = [:]
    /// Offsets from this one on are kept in `wideContent` (tests lower it).
    private let narrowLimit: Int

    private struct Record {
        /// Offsets in the line; both `UInt32.max` for a line in `wideContent`.
        let contentStart: UInt32
        let contentEnd: UInt32
        /// 0 blank, 1 rule, 2 text, 3 front matter, 10 + level for a heading.
        let kind: UInt8
        /// The `#` marks start within the first four bytes and end before
        /// the tenth; an end of 0 means none.
        let markerStart: UInt8
        let markerEnd: UInt8
        let formFeed: Bool
    }

    init(_ lines: SourceLines, narrowLimit: Int = Int(UInt32.max), scanning scan: (SourceLine) -> ScannedLine) {
        self.lines = lines
        self.narrowLimit = Swift.min(narrowLimit, Int(UInt32.max))
        records.reserveCapacity(lines.count)
        for line in lines { records.append(record(of: scan(line))) }
    }

    private mutating func record(of line: ScannedLine) -> Record {
        let content = line.contentStart..<(line.contentStart + line.content.utf8.count)
        let narrow = content.upperBound < narrowLimit
        if !narrow { wideContent[line.number - 1] = content }
        let kind: UInt8 = switch line.kind {
        case .blank: 0
        case .rule: 1
        case .text: 2
        case .frontMatter: 3
        case .atxHeading(let level): 10 + UInt8(level)
        }
        return Record(
            contentStart: narrow ? UInt32(content.lowerBound) : .max, contentEnd: narrow ? UInt32(content.upperBound) : .max,
            kind: kind, markerStart: line.markerBytes.map { UInt8($0.lowerBound) } ?? 0,
            markerEnd: line.markerBytes.map { UInt8($0.upperBound) } ?? 0, formFeed: line.formFeed)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { records.count }

    /// Whether line `index` is blank, without making the line.
    func isBlank(_ index: Int) -> Bool {
        records[index].kind == 0
    }

    /// The length in UTF-8 bytes of the content of line `index`, without making the line.
    func contentLength(_ index: Int) -> Int {
        let record = records[index]
        return record.contentStart == .max ? wideContent[index]!.count : Int(record.contentEnd - record.contentStart)
    }

    subscript(index: Int) -> ScannedLine {
        let record = records[index]
        let content = record.contentStart == .max
            ? wideContent[index]! : Int(record.contentStart)..<Int(record.contentEnd)
        let start = lines.start(ofLine: index)
        let kind: ScannedLine.Kind = switch record.kind {
        case 0: .blank
        case 1: .rule
        case 2: .text
        case 3: .frontMatter
        default: .atxHeading(level: Int(record.kind) - 10)
        }
        return ScannedLine(
            number: index + 1, kind: kind, content: lines.slice((start + content.lowerBound)..<(start + content.upperBound)),
            contentStart: content.lowerBound,
            markerBytes: record.markerEnd == 0 ? nil : Int(record.markerStart)..<Int(record.markerEnd),
            formFeed: record.formFeed)
    }

    /// Reads lines `range` as YAML front matter.
    mutating func markFrontMatter(_ range: ClosedRange<Int>) {
        for index in range {
            let line = self[index]
            records[index] = record(of: ScannedLine(
                number: line.number, kind: .frontMatter, content: line.content, contentStart: line.contentStart,
                markerBytes: nil, formFeed: false))
        }
    }
}

enum LineScanner {
    /// Scans every line of `source`; in Markdown, a YAML front matter block
    /// at the very start (`---` to `---` or `...`) is set apart.
    static func scan(_ source: SourceText, format: InputFormat) -> ScannedLines {
        var scanned = ScannedLines(source.lines) { scan($0, format: format) }
        guard format == .markdown, source.lines.first?.text == "---",
            let end = source.lines.dropFirst().firstIndex(where: { $0.text == "---" || $0.text == "..." })
        else { return scanned }
        scanned.markFrontMatter(0...end)
        return scanned
    }

    static func scan(_ line: SourceLine, format: InputFormat) -> ScannedLine {
        var text = line.text
        return text.withUTF8 { scan(line, bytes: $0, format: format) }
    }

    /// Reads `line` from its bytes, which are not copied.
    private static func scan(_ line: SourceLine, bytes: UnsafeBufferPointer<UInt8>, format: InputFormat) -> ScannedLine {
        let utf8 = line.text.utf8
        var start = 0
        var formFeed = false
        while start < bytes.count, bytes[start] == 0x0C || bytes[start] == 0x20 || bytes[start] == 0x09 {
            if bytes[start] == 0x0C { formFeed = true }
            start += 1
        }
        var end = bytes.count
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        func make(_ kind: ScannedLine.Kind, _ from: Int, _ to: Int, marker: Range<Int>? = nil) -> ScannedLine {
            ScannedLine(
                number: line.number, kind: kind,
                content: Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]),
                contentStart: from, markerBytes: marker, formFeed: formFeed)
        }
        if start == end { return make(.blank, start, end) }
        guard format == .markdown, start <= 3 else { return make(.text, start, end) }
        if isHorizontalRule(bytes[start..<end]) { return make(.rule, start, end) }
        var hashes = start
        while hashes < end, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
        let level = hashes - start
        guard (1...6).contains(level), hashes == end || bytes[hashes] == 0x20 || bytes[hashes] == 0x09 else {
            return make(.text, start, end)
        }
        var contentStart = hashes
        while contentStart < end, bytes[contentStart] == 0x20 || bytes[contentStart] == 0x09 { contentStart += 1 }
        // An optional closing sequence of `#` preceded by a space is not content.
        var contentEnd = end
        var closing = end
        while closing > contentStart, bytes[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
        if closing < end, closing == contentStart || bytes[closing - 1] == 0x20 || bytes[closing - 1] == 0x09 {
            contentEnd = closing
            while contentEnd > contentStart, bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09 { contentEnd -= 1 }
        }
        return make(.atxHeading(level: level), contentStart, contentEnd, marker: start..<hashes)
    }

    /// `---`, `***`, `___`, optionally spaced, three or more.
    private static func isHorizontalRule(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else {
            return false
        }
        var count = 0
        for byte in bytes {
            if byte == first { count += 1 } else if byte != 0x20 && byte != 0x09 { return false }
        }
        return count >= 3
    }
}

/// Emphasis markup around a whole text (`**IV. Autres questions**`).
struct EmphasisWrap {
    let marker: String
    /// UTF-8 offset, in the wrapped text, of the inner text.
    let innerStart: Int
    let inner: String

    /// The wrap around `text`, or nil when the text is not wholly wrapped.
    static func find(in text: Substring) -> EmphasisWrap? {
        // Asked of many lines: most start with neither marker.
        guard let head = text.utf8.first, head == UInt8(ascii: "*") || head == UInt8(ascii: "_") else { return nil }
        for marker in ["**", "__", "*", "_"] {
            let length = marker.utf8.count
            guard text.utf8.count > 2 * length, text.hasPrefix(marker), text.hasSuffix(marker) else { continue }
            let inner = String(text.dropFirst(marker.count).dropLast(marker.count))
            // `**a** and **b**` is not one wrap.
            guard !inner.contains(marker), let first = inner.first, !first.isWhitespace else { continue }
            return EmphasisWrap(marker: marker, innerStart: length, inner: inner)
        }
        return nil
    }
}
