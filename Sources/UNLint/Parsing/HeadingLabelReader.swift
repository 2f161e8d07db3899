/// Reads the label at the head of a heading's text: `IV.`, `B.`, `一.`, `أولا -`, `3.`.
struct HeadingLabelReader {
    let profile: LanguageProfile
    /// The ASCII bytes that can come before a label's dot or hyphen in a line:
    /// digits, capitals, white space, the markup ``DocumentParser/plainText(_:)``
    /// drops, and those of the profile's look-alikes and label words.
    private let labelBytes: [Bool]

    init(profile: LanguageProfile) {
        self.profile = profile
        var allowed = [Bool](repeating: false, count: 128)
        var ascii = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*_\\ \t\u{0B}\u{0C}".utf8)
        ascii += profile.labels.lookalikes.keys.flatMap { String($0).utf8 }
        for case .words(let words) in [profile.labels.chapters, profile.labels.sections] {
            ascii += words.flatMap(\.utf8)
        }
        for byte in ascii where byte < 0x80 { allowed[Int(byte)] = true }
        labelBytes = allowed
    }

    /// A label as read, before the context decides between chapter and section
    /// for the letters that are also Roman numerals.
    struct Token: Equatable {
        enum Candidate: Equatable {
            /// A chapter label; value nil when it is not a valid member of the series.
            case chapter(Int?)
            case section(Int)
            /// `I`, `V`, `X`, `L`, `C`, `D`, `M`: a chapter numeral or a section letter.
            case chapterOrSection(roman: Int, letter: Int)
            case number(Int)
        }
        /// The label as written, without its dot or hyphen.
        let text: String
        let candidate: Candidate
        /// The title after the label (empty when the label stands alone).
        let title: String
    }

    func read(_ text: String) -> Token? {
        guard mayHoldLabel(text) else { return nil }
        return readDotted(text) ?? readHyphenated(text)
    }

    /// False when no label can stand before the first `.` or `-` of `text`,
    /// because an ASCII byte no label holds (a small letter, a comma) comes
    /// first. Asked of every line that may be a heading, on its bytes: prose
    /// is turned down without a copy. The same holds for the line's plain
    /// text, which only drops bytes that a label may hold.
    func mayHoldLabel(_ text: some StringProtocol) -> Bool {
        var dot: Bool?
        var hyphen: Bool?
        var clean = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "."), dot == nil {
                dot = clean
            } else if byte == UInt8(ascii: "-"), hyphen == nil {
                hyphen = clean
            } else if byte < 0x80, !labelBytes[Int(byte)] {
                clean = false
            }
            if dot == true || hyphen == true { return true }
            if !clean || (dot != nil && hyphen != nil) { return false }
        }
        return false
    }

    /// How far into a line its label's dot or hyphen is looked for. The
    /// longest label, an Arabic ordinal with its diacritics, takes far fewer
    /// bytes; prose lines, read at every block start, are not searched to their end.
    static let labelReadLimit = 256

    /// The first `delimiter` among the first bytes of `text`, as a string index.
    private func delimiter(_ delimiter: UInt8, in text: String) -> String.Index? {
        text.utf8.prefix(Self.labelReadLimit).firstIndex(of: delimiter)
    }

    /// `IV. Title`, `B. Title`, `3. Title`, `一.导言`, `IV.` alone.
    private func readDotted(_ text: String) -> Token? {
        guard let dot = delimiter(UInt8(ascii: "."), in: text), dot > text.startIndex else { return nil }
        let written = String(text[..<dot])
        let folded = fold(written)
        let afterDot = text[text.index(after: dot)...]
        let chineseLabel = Numerals.isChineseNumeral(folded)
        // A label is followed by white space, the end, or (Chinese) the title directly.
        guard chineseLabel || afterDot.isEmpty || afterDot.first!.isWhitespace else { return nil }
        let candidate: Token.Candidate
        if chineseLabel {
            candidate = .chapter(Numerals.chineseValue(folded))
        } else if folded.allSatisfy(\.isASCII), folded.allSatisfy(\.isNumber), folded.count <= 4 {
            candidate = .number(Int(folded)!)
        } else if folded.count == 1, let letter = Numerals.letterValue(folded) {
            if let roman = Numerals.romanValue(folded) {
                candidate = .chapterOrSection(roman: roman, letter: letter)
            } else {
                candidate = .section(letter)
            }
        } else if Numerals.isRomanLetters(folded), folded.count <= 8 {
            candidate = .chapter(Numerals.romanValue(folded))
        } else {
            return nil
        }
        return Token(
            text: written, candidate: candidate,
            title: afterDot.trimmingWhitespace())
    }

    /// `أولا - Title`, `باء - Title`, `12 - Title` (Arabic).
    private func readHyphenated(_ text: String) -> Token? {
        guard let hyphen = delimiter(UInt8(ascii: "-"), in: text), hyphen > text.startIndex else { return nil }
        let written = String(text[..<hyphen]).trimmingWhitespace()
        let bare = ArabicText.strippingDiacritics(written)
        let title = text[text.index(after: hyphen)...].trimmingWhitespace()
        let candidate: Token.Candidate
        if case .words(let words) = profile.labels.chapters, let index = words.firstIndex(of: bare) {
            candidate = .chapter(index + 1)
        } else if case .words(let words) = profile.labels.sections, let index = words.firstIndex(of: bare) {
            candidate = .section(index + 1)
        } else if written.count <= 4, let number = ArabicText.number(written) {
            candidate = .number(number)
        } else {
            return nil
        }
        return Token(text: written, candidate: candidate, title: title)
    }

    private func fold(_ text: String) -> String {
        profile.labels.lookalikes.isEmpty ? text : String(text.map { profile.labels.lookalikes[$0] ?? $0 })
    }
}

/// Helpers for Arabic script.
enum ArabicText {
    /// Removes the harakat and tanween (U+064B–U+0652), which writers add or leave out (`أولاً` = `أولا`).
    static func strippingDiacritics(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) }))
    }

    /// The value of a number written in Western (`12`) or Eastern Arabic (`١٢`) digits;
    /// nil for any other text and for a number too large for `Int`.
    static func number(_ text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        var value = 0
        for scalar in text.unicodeScalars {
            let digit: Int
            switch scalar.value {
            case 0x30...0x39: digit = Int(scalar.value - 0x30)
            case 0x660...0x669: digit = Int(scalar.value - 0x660)
            default: return nil
            }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, tens <= Int.max - digit else { return nil }
            value = tens + digit
        }
        return value
    }
}
