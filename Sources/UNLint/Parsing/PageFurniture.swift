import PCRE2

/// Page furniture that PDF conversions leave in the text: job numbers,
/// barcodes, page counters, running headers and footnote rules. Such lines are
/// never paragraphs or headings, and they mark a page break.
enum PageFurniture {
    // Each pattern runs once over the whole document in multiline mode; all
    // start with `^`, which PCRE2 anchors cheaply (see docs on performance).
    // The patterns are constants checked by the tests, so `try!` cannot fail.
    private static let patterns: [Regex] = [
        // Job number with optional duty station, language letter, date and barcode:
        // `21-02819 (E) 170321 *2102819*`, `GE.19-21936(E)`, `GE:09-17825`.
        #"(*ANYCRLF)^[ \t\f]*(?:[A-Z]{1,2}[.:])?\d{2}-\d{5}[ \t]*(?:\([A-Z]\))?(?:[ \t]+\d{6}){0,2}[ \t]*(?:\*\d{7,8}\*)?[ \t]*$"#,
        // Barcode alone: `*2102819*`.
        #"(*ANYCRLF)^[ \t\f]*\*\d{7,8}\*[ \t]*$"#,
        // Page counters: `2/5`, `Page 2`, `- 2 -`, and a job number beside a counter.
        #"(*ANYCRLF)^[ \t\f]*(?:\d{1,3}[ \t]*/[ \t]*\d{1,3}|Page[ \t]+\d{1,4}|-[ \t]*\d{1,4}[ \t]*-)[ \t]*$"#,
        #"(*ANYCRLF)^[ \t\f]*(?:\d{2}-\d{5}[ \t]+\d{1,3}/\d{1,3}|\d{1,3}/\d{1,3}[ \t]+\d{2}-\d{5})[ \t]*$"#,
        // Footnote rule: `__________________`.
        #"(*ANYCRLF)^[ \t\f]*_{5,}[ \t]*$"#,
    ].map { try! Regex($0, options: [.multiline]) }

    /// A document symbol alone on a line: a running header once the body has begun.
    static let symbolLine = try! Regex(
        #"(*ANYCRLF)^[ \t\f]*\*{0,2}[A-Z]{1,8}(?:/[A-Za-z0-9.()*-]+)+\*{0,2}[ \t]*$"#, options: [.multiline])

    /// Line numbers (1-based) of furniture lines.
    static func lines(in source: SourceText) throws(PCRE2Error) -> LineSet {
        var found = LineSet(lineCount: source.lines.count)
        for pattern in patterns {
            try pattern.forEachMatch(in: source.text) { match in
                found.insert(source.lineIndex(containing: source.baseOffset + match.range.lowerBound) + 1)
                return true
            }
        }
        return found
    }

    /// Line numbers of lines that hold only a document symbol.
    static func symbolLines(in source: SourceText) throws(PCRE2Error) -> LineSet {
        var found = LineSet(lineCount: source.lines.count)
        try symbolLine.forEachMatch(in: source.text) { match in
            found.insert(source.lineIndex(containing: source.baseOffset + match.range.lowerBound) + 1)
            return true
        }
        return found
    }
}
