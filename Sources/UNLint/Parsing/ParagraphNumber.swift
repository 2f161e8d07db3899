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

    static func read(_ text: String, style: LanguageProfile.ParagraphStyle) -> Found? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var value = 0
        var bytes = 0
        while index < scalars.count, let digit = digitValue(scalars[index], eastern: style == .hyphen) {
            value = value * 10 + digit
            bytes += UTF8.width(scalars[index])
            index += 1
        }
        guard index > 0, index <= maximumDigits, value > 0 else { return nil }
        func scalar(_ i: Int) -> Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }
        var end = bytes
        switch style {
        case .dot:
            if scalar(index) == "\\" { index += 1; end += 1 }
            guard scalar(index) == "." else { return nil }
            index += 1
            end += 1
        case .hyphen:
            if scalar(index) == " " { index += 1; end += 1 }
            guard scalar(index) == "-" || scalar(index) == "." else { return nil }
            index += 1
            end += 1
        }
        guard let next = scalar(index) else { return Found(number: value, numberBytes: 0..<end, textStart: nil) }
        // Chinese writes the text straight after the number (`1.大会…`); `1.5` is no paragraph.
        guard next.properties.isWhitespace || next.value >= 0x2E80 else { return nil }
        var textStart = end
        while let space = scalar(index), space.properties.isWhitespace {
            textStart += UTF8.width(space)
            index += 1
        }
        return Found(number: value, numberBytes: 0..<end, textStart: index < scalars.count ? textStart : nil)
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
    /// Characters that may end a complete block: full stops, colons, semicolons,
    /// question and exclamation marks in all six languages, closing quotes and brackets after them.
    private static let terminal: Set<Character> = [".", ":", ";", "!", "?", "。", "：", "；", "！", "？", "؟", "؛", "…"]
    private static let closers: Set<Character> = ["»", "”", "’", "\"", "'", ")", "]", "*", "」", "』", "）"]

    static func endsComplete(_ text: String) -> Bool {
        var trimmed = text[...]
        // A pandoc footnote reference after the full stop (`2020.[^1]`) is no word.
        while trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "["), trimmed[open...].hasPrefix("[^") {
            trimmed = trimmed[..<open]
        }
        // Nor is a footnote number after it (`Families.5`, `Statelessness. 5`).
        if let last = trimmed.lastIndex(where: { !$0.isWhitespace }) {
            let digits = trimmed[...last].reversed().prefix { $0.isASCII && $0.isNumber }.count
            let head = trimmed[...last].dropLast(digits).trimmingTrailingWhitespace()
            if digits > 0, digits <= 3, let mark = head.last, terminal.contains(mark) || closers.contains(mark) {
                trimmed = head
            }
        }
        for character in trimmed.reversed() where !character.isWhitespace && !closers.contains(character) {
            return terminal.contains(character)
        }
        return true
    }
}

extension Substring {
    /// The substring without trailing white space.
    func trimmingTrailingWhitespace() -> Substring {
        guard let last = lastIndex(where: { !$0.isWhitespace }) else { return self[startIndex..<startIndex] }
        return self[...last]
    }
}
