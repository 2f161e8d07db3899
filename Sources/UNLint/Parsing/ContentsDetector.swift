import PCRE2

/// Finds tables of contents, which repeat every heading with dot leaders and
/// page numbers and must not be checked as structure.
enum ContentsDetector {
    /// Four or more dots (or two ellipses) as a leader, then page numbers or
    /// paragraph ranges (`1−2`, `3–45`) or nothing (the numbers wrapped).
    private static let leader = try! Regex(
        #"(*ANYCRLF)(?:(?:\.[ \t]?){4,}|…{2,})[ \t]*(?:\d[\d \t\x{2212}\x{2013}-]*)?$"#, options: [.multiline])

    /// How many non-entry lines may separate two entries of one table (wrapped titles, labels alone).
    private static let maximumGap = 8
    /// Room around a contents heading's words for markup and a `Page` column title.
    private static let headingSlack = 32

    static func lines(in source: SourceText, scanned: ScannedLines, headings: [String]) throws(PCRE2Error) -> LineSet {
        var entries = LineSet(lineCount: source.lines.count)
        try leader.forEachMatch(in: source.text) { match in
            entries.insert(source.lineIndex(containing: source.baseOffset + match.range.lowerBound) + 1)
            return true
        }
        var contents = entries
        let names = Set(headings.map { $0.lowercased() })
        // A contents heading is short; reading the title of every line would cost more than the scan.
        let longest = (names.map(\.utf8.count).max() ?? 0) + Self.headingSlack
        for index in scanned.indices where !scanned.isBlank(index) && scanned.contentLength(index) <= longest {
            let line = scanned[index]
            guard names.contains(title(of: line)) else { continue }
            // The table runs from its heading to the last entry before a long gap.
            var last = line.number
            var gap = 0
            for next in scanned.indices[line.number...] where !scanned.isBlank(next) {
                if entries.contains(next + 1) {
                    last = next + 1
                    gap = 0
                } else {
                    gap += 1
                    if gap > maximumGap { break }
                }
            }
            if last > line.number { contents.insert(contentsOf: line.number...last) }
        }
        return contents
    }

    /// A line's text, lower-cased, without emphasis and a trailing `Page` column title.
    private static func title(of line: ScannedLine) -> String {
        var text = DocumentParser.plainText(line.content).lowercased()
        for suffix in ["page", "paragraphs"] where text.hasSuffix(suffix) && text != suffix {
            text = String(text.dropLast(suffix.count)).trimmingWhitespace()
        }
        return text
    }
}
