/// What the date rules share: the scanner of a document's language, source
/// ranges of scanned dates, and the lines that belong to tables.
struct DocumentDates {
    let document: Document
    let scanner: DateScanner

    init(_ document: Document) {
        self.document = document
        self.scanner = document.dateScanner
    }

    /// The source range of file offsets `range`.
    func sourceRange(_ range: Range<Int>) -> SourceRange {
        SourceRange(
            start: document.source.position(atOffset: range.lowerBound),
            end: document.source.position(atOffset: range.upperBound))
    }

    /// The text at file offsets `range`, its spaces and line breaks as single spaces.
    func text(_ range: Range<Int>) -> String {
        let base = document.source.baseOffset
        return DateScanner.normalizedSpaces(
            DateScanner.text(document.source.text, (range.lowerBound - base)..<(range.upperBound - base)))
    }

    /// True when the line holding file offset `offset` is a table row, where
    /// numeric dates and abbreviations are allowed (Spanish conventions): a
    /// Markdown row starts with `|`; a plain-text row, as `pdftotext -layout`
    /// writes it, has columns set apart by runs of three or more spaces.
    func isInTable(_ offset: Int) -> Bool {
        let line = document.source.lines[document.source.lineIndex(containing: offset)]
        let bytes = Array(line.text.utf8)
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0C }) else { return false }
        if bytes[first] == UInt8(ascii: "|") { return true }
        guard document.format == .text else { return false }
        var run = 0
        for byte in bytes[first...] {
            if byte == 0x20 {
                run += 1
            } else {
                if run >= 3 { return true }
                run = 0
            }
        }
        return false
    }
}
