/// Reads the number that opens a paragraph: `12.` (also pandoc's escaped
/// `12\.`) or, in Arabic, `12 -`, `12-` and `١٢ -`.
enum ParagraphNumber {
    struct Found {
        let number: Int
        /// UTF-8 range of the number and its punctuation in the text read.
        let numberBytes: Range<Int>
        /// Where the paragraph text starts, or nil when the number stands alone.
        let textStart: Int?
    }

    /// Paragraph numbers have at most four digits; longer runs are years or codes.
    static let maximumDigits = 4

    /// How much of a line is read: the number, its punctuation and the spaces after it.
    private static let readLimit = 256

    static func read(_ text: Substring, style: LanguageProfile.ParagraphStyle) -> Found? {
        // Every line is read: most start with no digit, and only the head of the others matters.
        let view = text.unicodeScalars
        guard let first = view.first, digitValue(first, eastern: style == .hyphen) != nil else { return nil }
        var position = view.startIndex
        var read = 0
        /// The next scalar within the read limit, not consumed.
        func peek() -> Unicode.Scalar? { read < readLimit && position < view.endIndex ? view[position] : nil }
        func advance() {
            position = view.index(after: position)
            read += 1
        }
        var digits = 0
        var value = 0
        var end = 0
        // One digit past the maximum is enough to refuse the run, and keeps `value` from overflowing.
        while digits <= maximumDigits, let scalar = peek(), let digit = digitValue(scalar, eastern: style == .hyphen) {
            value = value * 10 + digit
            end += UTF8.width(scalar)
            digits += 1
            advance()
        }
        guard digits > 0, digits <= maximumDigits, value > 0 else { return nil }
        /// Consumes `scalar` when it comes next.
        func skip(_ scalar: Unicode.Scalar) -> Bool {
            guard peek() == scalar else { return false }
            advance()
            end += 1
            return true
        }
        switch style {
        case .dot:
            _ = skip("\\")
            guard skip(".") else { return nil }
        case .hyphen:
            _ = skip(" ")
            guard skip("-") || skip(".") else { return nil }
        }
        guard let next = peek() else {
            // The number ends the line (or what is read of it).
            return Found(number: value, numberBytes: 0..<end, textStart: nil)
        }
        // Chinese writes the text straight after the number (`1.大会…`); `1.5` is no paragraph.
        guard next.isWhiteSpace || next.value >= 0x2E80 else { return nil }
        var textStart = end
        while let space = peek(), space.isWhiteSpace {
            textStart += UTF8.width(space)
            advance()
        }
        return Found(number: value, numberBytes: 0..<end, textStart: position < view.endIndex ? textStart : nil)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, eastern: Bool) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x660...0x669 where eastern: Int(scalar.value - 0x660)
        default: nil
        }
    }
}

/// Sentence punctuation, for telling a finished block from one a page break cut.
enum Sentence {
    /// Scalars that may end a complete block: full stops, colons, semicolons,
    /// question and exclamation marks in all six languages.
    private static let terminal: Set<Unicode.Scalar> = [".", ":", ";", "!", "?", "。", "：", "；", "！", "？", "؟", "؛", "…"]
    /// Closing quotes, brackets and emphasis that may follow the punctuation.
    private static let closers: Set<Unicode.Scalar> = ["»", "”", "’", "\"", "'", ")", "]", "*", "」", "』", "）"]

    /// Whether `text` ends as a sentence does. Reads scalars from the end only:
    /// blocks can be long, and this runs for every line.
    static func endsComplete(_ text: String) -> Bool {
        endsComplete(text[...])
    }

    static func endsComplete(_ text: Substring) -> Bool {
        var scalars = text.unicodeScalars
        // A pandoc footnote reference after the full stop (`2020.[^1]`) is no word.
        while let open = footnoteReferenceStart(scalars) {
            scalars = scalars[..<open]
        }
        scalars = scalars.droppingTrailingWhitespace()
        // Nor is a footnote number after it (`Families.5`, `Statelessness. 5`).
        var digits = 0
        while let last = scalars.last, ("0"..."9").contains(last), digits < 4 {
            scalars = scalars.droppingLast()
            digits += 1
        }
        if digits > 0 {
            let head = scalars.droppingTrailingWhitespace()
            if digits <= 3, let mark = head.last, terminal.contains(mark) || closers.contains(mark) {
                scalars = head
            } else {
                return false
            }
        }
        while let last = scalars.last, closers.contains(last) || last.isWhiteSpace {
            scalars = scalars.droppingLast()
        }
        guard let last = scalars.last else { return true }
        return terminal.contains(last)
    }

    /// Where a footnote reference (`[^12]`) that ends `scalars` starts. Its
    /// label holds no space or bracket, so only the last word is read: a block
    /// of many lines ending in `]` was read back to its start at every line.
    private static func footnoteReferenceStart(_ scalars: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView.Index? {
        guard scalars.last == "]" else { return nil }
        var index = scalars.index(before: scalars.endIndex)
        while index > scalars.startIndex {
            index = scalars.index(before: index)
            let scalar = scalars[index]
            if scalar == "[" { return scalars[scalars.index(after: index)...].first == "^" ? index : nil }
            if scalar == "]" || scalar.isWhiteSpace { return nil }
        }
        return nil
    }
}
