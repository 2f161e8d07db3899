/// Reading and writing the label series: Roman numerals, Latin capitals,
/// Chinese numerals and word lists.
enum Numerals {
    private static let romanSymbols: [(String, Int)] = [
        ("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
        ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1),
    ]

    /// `n` as a Roman numeral (1…3999).
    static func roman(_ n: Int) -> String {
        var rest = n
        var result = ""
        for (symbol, value) in romanSymbols {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }

    /// The value of a canonical Roman numeral, or nil for `IIII`, `IC`, `VX`…
    /// (a numeral is canonical when writing its value back gives the same text).
    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        let digits = text.compactMap { values[$0] }
        guard !text.isEmpty, digits.count == text.count else { return nil }
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        return total > 0 && total < 4000 && roman(total) == text ? total : nil
    }

    static func isRomanLetters(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { "IVXLCDM".contains($0) }
    }

    /// `A` → 1 … `Z` → 26.
    static func letterValue(_ text: String) -> Int? {
        guard text.count == 1, let scalar = text.unicodeScalars.first, (65...90).contains(scalar.value) else { return nil }
        return Int(scalar.value) - 64
    }

    static func letter(_ n: Int) -> String {
        n >= 1 && n <= 26 ? String(UnicodeScalar(UInt8(64 + n))) : "?"
    }

    private static let chineseDigits: [Character] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// `n` in Chinese numerals (1…99): 一, 十, 十一, 二十三.
    static func chinese(_ n: Int) -> String {
        let tens = n / 10
        let units = n % 10
        var result = ""
        if tens > 1 { result.append(chineseDigits[tens - 1]) }
        if tens >= 1 { result += "十" }
        if units > 0 { result.append(chineseDigits[units - 1]) }
        return result
    }

    /// The value of a Chinese numeral from 1 to 99, or nil.
    static func chineseValue(_ text: String) -> Int? {
        (1...99).first { chinese($0) == text }
    }

    static func isChineseNumeral(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { chineseDigits.contains($0) || $0 == "十" }
    }
}

extension LanguageProfile.Series {
    /// The label of the `n`th member of the series (1-based).
    func label(_ n: Int) -> String {
        switch self {
        case .roman: Numerals.roman(n)
        case .chineseNumerals: Numerals.chinese(n)
        case .latinCapitals: Numerals.letter(n)
        case .words(let words): n >= 1 && n <= words.count ? words[n - 1] : "?"
        }
    }
}
