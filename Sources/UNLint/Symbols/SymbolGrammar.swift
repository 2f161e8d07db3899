import PCRE2

/// The grammar of United Nations document symbols: finds them in text and
/// tells a well-formed symbol from a malformed one, and why.
///
/// A symbol is a first component (the organ or series: `A`, `S`, `CEB`)
/// followed by components joined by `/`: numbers (`80`, `2021`, `8-11`),
/// capitals (`RES`, `HRC`), a capital word and its number (`C.3`, `L.14`,
/// `SER.A`), `Sub.2`, `ES-8`, `WP(91)`, and modifiers (`Add.1`, `Rev.1`,
/// `Corr.1`, `Amend.1`); then optionally `*` (reissued) and a part in
/// parentheses after a space (`S/RES/955 (1994)`, `A/RES/217 (III)`,
/// `A/45/16 (Part I)`, `A/63/49 (Vol. III)`). Two symbols joined by a hyphen
/// (`E/2011/29-E/CN.17/2011/20`) are one double symbol.
///
/// Finding works in two steps: one PCRE2 pattern, run once over the whole
/// text, takes every slash-joined token that starts with letters; then each
/// token is read component by component. Tokens that are not symbols are
/// dropped rather than reported:
/// - tokens with no digit after the first component (`HIV/AIDS`, `and/or`, `N/A`);
/// - tokens with a lower-case component other than a modifier or numbered
///   word in the wrong case (`he/she`, `content/uploads/2021`, `CM/Res.1153`);
/// - tokens whose first component is in lower case, unless it is a known organ
///   followed by at least two components (`a/76/1`);
/// - tokens with an unknown first component and a component that fits no rule
///   (`PTPR/JS3`, a stakeholder abbreviation in review reports), or with fewer
///   than two components after it (`SVN/1`), or whose only number is glued by a
///   dot to the last word (`HIV/AIDS.36`, footnote 36 after a full stop);
/// - citation numbers whose first component is a citation prefix (`PRST/8/1`);
/// - wildcards (`A/RES/80/*`) and tokens cut short by an ellipsis (`A/HRC/WG.6/…`).
///
/// Numbers such as `78/187`, `resolution 5/1` and dates such as `12/08/2021`
/// never start with letters, so they are never taken. URLs (`https://…`,
/// `www.…`) are skipped whole, including the symbol in an undocs.org address,
/// since addresses write symbols their own way (`A/RES/2758(XXVI)`, no space);
/// in Markdown, link destinations are skipped too. A token right after an
/// ASCII letter or digit or one of `/ \ . - @ : # = ? & % + ~` is part of a
/// word, path or address and is not taken; text in other scripts may touch a
/// symbol (`理事会A/58/817和Corr.1`).
///
/// A symbol cut by a line break after a `/` or a word's dot (`A/HRC/WG.6/` at
/// the end of a line of converted text) is not reported as ending there.
///
/// Footnote digits glued to a symbol in PDF text are read as such: `A/80/1.3`
/// is `A/80/1` at the end of a sentence with footnote 3, and `A/80/1.The` is
/// `A/80/1` before a missing space; a final `.` after a number is punctuation.
/// Digits glued directly to the last number (`A/80/13` for `A/80/1` and
/// footnote 3) cannot be told apart and are read as written.
public struct SymbolGrammar: Sendable {
    let prefixes: Set<String>
    let citationPrefixes: Set<String>
    /// Upper-cased modifier or numbered word → canonical form (`ADD` → `Add`, `CN` → `CN`).
    private let numberedWords: [String: String]
    /// The upper-cased modifiers alone.
    private let modifierWords: Set<String>
    /// Upper-cased final word → canonical form (`SUMMARY` → `Summary`).
    private let finalWords: [String: String]
    /// Slash-joined tokens starting with letters; groups `first` and `second`.
    private let candidates: Regex
    private let firstGroup: Int
    private let secondGroup: Int

    init(
        prefixes: Set<String>, modifiers: [String], numberedComponents: [String], finalWords: [String],
        citationPrefixes: Set<String>
    ) {
        self.prefixes = prefixes
        self.citationPrefixes = citationPrefixes
        var numbered: [String: String] = [:]
        for word in numberedComponents + modifiers { numbered[word.uppercased()] = word }
        numberedWords = numbered
        modifierWords = Set(modifiers.map { $0.uppercased() })
        var finals: [String: String] = [:]
        for word in finalWords { finals[word.uppercased()] = word }
        self.finalWords = finals
        // The loader admits only ASCII letters as modifiers, so they are safe in a
        // pattern; the pattern is then fixed and `try!` cannot fail (tested).
        candidates = try! Regex(Self.candidatePattern(modifiers: modifiers), options: [.extended])
        firstGroup = candidates.namedGroups["first"]!
        secondGroup = candidates.namedGroups["second"]!
    }

    /// One symbol of a double symbol: the organ, then components, then an
    /// optional final dot, `*` and part in parentheses. Permissive on purpose:
    /// what it takes is checked component by component afterwards.
    static func candidatePattern(modifiers: [String]) -> String {
        let words = modifiers.joined(separator: "|")
        let symbol = #"""
            [A-Za-z]{1,8}
            (?: /
                (?: (?i:\#(words))\x20\d{1,3}(?![A-Za-z0-9])             # Add 1
                  | [A-Za-z0-9]+ (?: (?:\.|-(?=\d)) [A-Za-z0-9]+ )*     # 80, L.14, 8-11, ES-8
                    (?: \( [A-Za-z0-9]+ \) (?=/) )?                     # WP(91)/
                )?
            )+
            \.?
            (?: \*(?!\*) )?
            (?: \x20? \( (?: Part\x20[IVXLC]+ | Vol\.\x20?[IVXLC]+ | \d{4} | (?:E?S-)?[IVXLC]+ ) \) )?
            """#
        return #"""
            (?<![A-Za-z0-9/\\.@:#=?&%+~-])
            (?<first>\#(symbol))
            (?: - (?<second>\#(symbol)) )?
            """#
    }

    // MARK: Finding symbols

    /// URLs, skipped whole: `https://undocs.org/en/A/72/17`, `www.un.org/…`.
    private static let urls = try! Regex(#"(?i)\b(?:https?|ftp)://[^\s<>"\[\]]+|\bwww\.[^\s<>"\[\]]+"#)
    /// Markdown link destinations, from `](` to the first `)`.
    private static let linkDestinations = try! Regex(#"\]\([^)\n]*\)"#)

    /// Every symbol in `text`, well formed or not, in order. Markdown link
    /// destinations are skipped in `.markdown` text; URLs always are.
    public func matches(in text: String, format: InputFormat) throws(PCRE2Error) -> [SymbolMatch] {
        // The text's own bytes, not a copy: a document can be hundreds of megabytes.
        var contiguous = text
        var failure: PCRE2Error?
        let found = contiguous.withUTF8 { bytes in
            do throws(PCRE2Error) {
                return try matches(in: text, bytes: bytes, format: format)
            } catch {
                failure = error
                return []
            }
        }
        if let failure { throw failure }
        return found
    }

    private func matches(in text: String, bytes: UnsafeBufferPointer<UInt8>, format: InputFormat) throws(PCRE2Error) -> [SymbolMatch] {
        // Every symbol holds a `/` and stays on its line, so only lines with a
        // `/` are searched: over the whole text the pattern, which starts
        // with a letter, would be tried at every letter.
        let slashLines = Self.lines(containing: Byte.slash, in: bytes)
        guard !slashLines.isEmpty else { return [] }
        // A URL holds a `/` and cannot span lines either.
        var skipped = try Self.urls.matches(in: text, regions: slashLines).map(\.range)
        if format == .markdown {
            skipped += try Self.linkDestinations.matches(in: text).map(\.range)
        }
        skipped = Self.merged(skipped)
        var next = 0
        var found: [SymbolMatch] = []
        // Each candidate read as it is found: a document can hold a million.
        try candidates.forEachMatch(in: text, regions: slashLines) { match in
            while next < skipped.count, skipped[next].upperBound <= match.range.lowerBound { next += 1 }
            if next < skipped.count, skipped[next].lowerBound < match.range.upperBound { return true }
            // `A/HRC/WG.6/…`, `A/80/1...`: the writer left the rest out.
            let after = bytes[match.range.upperBound...].prefix(3)
            if after.starts(with: [0xE2, 0x80, 0xA6]) || after.starts(with: [Byte.dot, Byte.dot]) { return true }
            let first = match[firstGroup]!
            if let symbol = read(first: bytes[first], second: match[secondGroup].map { bytes[$0] }, in: bytes),
               !Self.breaksAtLineEnd(symbol, in: bytes) {
                found.append(symbol)
            }
            return true
        }
        return found
    }

    /// The lines (without their terminators) that hold `byte`, in order.
    private static func lines(containing byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var searched = 0
        while let hit = bytes[searched...].firstIndex(of: byte) {
            var start = hit
            while start > searched, !isLineEnd(bytes[start - 1]) { start -= 1 }
            var end = hit
            while end < bytes.count, !isLineEnd(bytes[end]) { end += 1 }
            lines.append(start..<end)
            searched = end
        }
        return lines
    }

    private static func isLineEnd(_ byte: UInt8) -> Bool { byte == Byte.lineFeed || byte == Byte.carriageReturn }

    /// `text` read as exactly one symbol (spaces around it ignored), or nil
    /// when it is not one symbol.
    public func symbol(_ text: String) -> SymbolMatch? {
        let bytes = text.utf8
        let start = bytes.prefix { $0 == Byte.space }.count
        let end = bytes.count - bytes.reversed().prefix { $0 == Byte.space }.count
        guard let found = try? matches(in: text, format: .text), found.count == 1,
              found[0].range == start..<end else { return nil }
        return found[0]
    }

    /// True for a symbol cut by a line break after a `/` or a word's dot
    /// (`A/HRC/WG.6/` at the end of a line of converted text): the rest is on
    /// the next line, so it is not a defect of the symbol.
    private static func breaksAtLineEnd(_ symbol: SymbolMatch, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard symbol.defects.contains(where: {
            if case .trailingSlash = $0 { return true }
            if case .trailingDot = $0 { return true }
            return false
        }) else { return false }
        let next = bytes[symbol.range.upperBound...].first { $0 != Byte.space && $0 != Byte.tab }
        return next == Byte.lineFeed || next == Byte.carriageReturn
    }

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    // MARK: Reading one token

    // Tokens are read as slices of the text's bytes (symbols are ASCII), whose
    // indices are byte offsets in the text; strings are made only for results.
    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// One symbol of a token, as far as it goes.
    private struct Half {
        /// Where the symbol ends in the text (it starts where the token does).
        var end: Int
        var organ: String
        var known: Bool
        var defects: [SymbolDefect]
        /// The symbol as written when well formed, else corrected; nil when
        /// some defect has no fix.
        var corrected: String?
    }

    /// Reads a token: `first`, and `second` when the pattern found a hyphen and
    /// a second symbol after it; both are slices of `text`.
    private func read(first: Bytes, second: Bytes?, in text: UnsafeBufferPointer<UInt8>) -> SymbolMatch? {
        var halves: [Half] = []
        var start = first.startIndex
        if let firstHalf = readHalf(first) {
            halves.append(firstHalf)
            // A second symbol only after a first one read to its end (not cut at a
            // sentence's full stop).
            if firstHalf.end == first.endIndex, let second, let secondHalf = readHalf(second) {
                halves.append(secondHalf)
            }
        } else if let second, let secondHalf = readHalf(second) {
            halves.append(secondHalf)
            start = second.startIndex
        }
        guard let last = halves.last else { return nil }
        let defects = halves.flatMap(\.defects)
        let corrections = halves.compactMap(\.corrected)
        return SymbolMatch(
            range: start..<last.end, text: Self.string(text[start..<last.end]), isDouble: halves.count == 2,
            unknownPrefixes: halves.filter { !$0.known }.map { $0.organ.uppercased() },
            defects: defects,
            correction: defects.isEmpty || corrections.count < halves.count ? nil : corrections.joined(separator: "-"))
    }

    /// How one component reads.
    private enum Reading {
        case valid
        /// A defect with its fix (an empty fix drops the component).
        case fixable(SymbolDefect, fix: String)
        case invalid

        var isInvalid: Bool {
            if case .invalid = self { return true }
            return false
        }
    }

    /// Reads one symbol (no hyphen) as the pattern took it; nil when it is not a symbol.
    private func readHalf(_ token: Bytes) -> Half? {
        var body = token
        var end = token.endIndex
        // The pattern takes `.`, `*` and a part in parentheses only at the end, in that order.
        var part: Bytes?
        var partGlued = false
        if body.last == Byte.closeParenthesis, let open = body.lastIndex(of: Byte.openParenthesis) {
            part = body[open...]
            body = body[..<open]
            if body.last == Byte.space { body = body.dropLast() } else { partGlued = true }
        }
        var star = false
        if body.last == Byte.star {
            star = true
            body = body.dropLast()
            // `A/RES/80/*`, `A/80/L.*`: a wildcard, not a reissued document.
            if body.last == Byte.slash || body.last == Byte.dot { return nil }
        }
        var components = body.split(separator: Byte.slash, omittingEmptySubsequences: false)
        var trailingDot: String?
        if body.last == Byte.dot {
            let last = components[components.count - 1].dropLast()
            if !last.isEmpty, last.allSatisfy(SymbolText.isLetter), numberedWords[Self.upper(last)] != nil {
                // `A/76/L.`: the word is reported as a whole, not read as a component.
                trailingDot = Self.string(last) + "."
                components.removeLast()
            } else {
                // A full stop: the symbol ends before it.
                components[components.count - 1] = last
                end = last.endIndex
                (part, star) = (nil, false)
            }
        }
        // `1.3` (footnote 3 after a full stop) and `1.The` (no space after one) end with `1`.
        if trailingDot == nil, let last = components.last, reading(last, isLast: true).isInvalid,
           let dot = last.lastIndex(of: Byte.dot) {
            let head = last[..<dot]
            let rest = last[(dot + 1)...]
            if !rest.isEmpty, rest.allSatisfy(SymbolText.isDigit) || rest.contains(where: SymbolText.isLower),
               !reading(head, isLast: true).isInvalid {
                components[components.count - 1] = head
                end = head.endIndex
                (part, star) = (nil, false)
            }
        }
        let organ = components[0]
        let rest = components.dropFirst()
        // Not a symbol at all: see the type's documentation.
        guard rest.contains(where: { $0.contains(where: SymbolText.isDigit) }) else { return nil }
        for component in rest where component.contains(where: SymbolText.isLower) {
            guard isWordVariant(component) else { return nil }
        }
        let organUpper = Self.upper(organ)
        if citationPrefixes.contains(Self.string(organ)) { return nil }
        let known = prefixes.contains(organUpper)
        let written = rest.count { !$0.isEmpty }
        if !known {
            // An unknown first component needs more evidence: two components
            // (not `SVN/1`), and a number other than one glued to a word by a
            // dot (`HIV/AIDS.36` is footnote 36 after `HIV/AIDS.`).
            guard written >= 2 else { return nil }
            let numbered = rest.filter { $0.contains(where: SymbolText.isDigit) }
            if numbered.count == 1, numbered[0].endIndex == rest.last!.endIndex,
               let split = Self.splitNumbered(numbered[0]), split.separator == .dot,
               numberedWords[Self.upper(split.word)] == nil {
                return nil
            }
        }
        var defects: [SymbolDefect] = []
        if organ.contains(where: SymbolText.isLower) {
            guard known, written >= 2 else { return nil }
            defects.append(.lowerCaseOrgan(written: Self.string(organ), expected: organUpper))
        }
        var readings: [Reading] = []
        readings.reserveCapacity(rest.count)
        var hasInvalid = false
        for (index, component) in rest.enumerated() {
            let reading = reading(component, isLast: index == rest.count - 1)
            switch reading {
            case .valid: break
            case .fixable(let defect, _): defects.append(defect)
            case .invalid:
                hasInvalid = true
                defects.append(.invalidComponent(Self.string(component)))
            }
            readings.append(reading)
        }
        // An unknown series with a component that fits no rule is some other abbreviation.
        if hasInvalid && !known { return nil }
        if let trailingDot { defects.append(.trailingDot(component: trailingDot)) }
        if let part, partGlued { defects.append(.missingSpaceBeforeParenthesis(part: Self.string(part))) }
        var corrected: String?
        if defects.isEmpty {
            corrected = Self.string(token[..<end])
        } else if defects.allSatisfy(\.hasFix) {
            var fixed = [organUpper]
            for (component, reading) in zip(rest, readings) {
                switch reading {
                case .valid: fixed.append(Self.string(component))
                case .fixable(_, let fix): if !fix.isEmpty { fixed.append(fix) }
                case .invalid: break
                }
            }
            corrected = fixed.joined(separator: "/") + (star ? "*" : "") + (part.map { " " + Self.string($0) } ?? "")
        }
        return Half(end: end, organ: Self.string(organ), known: known, defects: defects, corrected: corrected)
    }

    /// True for a modifier, numbered word or final word in any case, with its
    /// number in any form: `add.1`, `ADD1`, `add 1`, `l.14`, `summary`, `Add.1-3`.
    private func isWordVariant(_ component: Bytes) -> Bool {
        if finalWords[Self.upper(component)] != nil { return true }
        guard let split = Self.splitNumbered(component.prefix { $0 != Byte.hyphen }) else { return false }
        return numberedWords[Self.upper(split.word)] != nil
    }

    private enum Separator { case dot, space, none }

    /// A component as a word, a separator (`.`, space or nothing) and a number
    /// of 1 to 4 digits, with an optional capital after a dot (`CN.17`, `Add1`,
    /// `L.14A`); nil otherwise.
    private static func splitNumbered(_ component: Bytes) -> (word: Bytes, separator: Separator, number: Bytes)? {
        guard let wordEnd = component.firstIndex(where: { !SymbolText.isLetter($0) }), wordEnd > component.startIndex
        else { return nil }
        let word = component[..<wordEnd]
        var separator = Separator.none
        var numberStart = wordEnd
        switch component[wordEnd] {
        case Byte.dot: (separator, numberStart) = (.dot, wordEnd + 1)
        case Byte.space: (separator, numberStart) = (.space, wordEnd + 1)
        default: break
        }
        let number = component[numberStart...]
        let digits = number.prefix(while: SymbolText.isDigit).count
        let suffix = number.dropFirst(digits)
        guard (1...4).contains(digits),
              suffix.isEmpty || (suffix.count == 1 && SymbolText.isUpper(suffix.first!) && separator == .dot)
        else { return nil }
        return (word, separator, number)
    }

    /// Reads one component after the first.
    private func reading(_ component: Bytes, isLast: Bool) -> Reading {
        if component.isEmpty {
            return .fixable(isLast ? .trailingSlash : .emptyComponent, fix: "")
        }
        let upper = Self.upper(component)
        if let final = finalWords[upper] {
            let written = Self.string(component)
            return written == final ? .valid : .fixable(.wrongCase(written: written, expected: final), fix: final)
        }
        // Letters only: capitals (`RES`, `HRC`, `C`), but a modifier needs its number.
        if component.allSatisfy(SymbolText.isLetter) {
            return component.count <= 8 && component.allSatisfy(SymbolText.isUpper) && !modifierWords.contains(upper)
                ? .valid : .invalid
        }
        if component.allSatisfy(SymbolText.isDigit) { return component.count <= 6 ? .valid : .invalid }
        // A range of modifiers in a citation: `Add.1-3`.
        if let dash = component.firstIndex(of: Byte.hyphen), let split = Self.splitNumbered(component[..<dash]),
           split.separator == .dot, modifierWords.contains(Self.upper(split.word)) {
            let last = component[(dash + 1)...]
            if Self.string(split.word) == numberedWords[Self.upper(split.word)], (1...3).contains(last.count),
               last.allSatisfy(SymbolText.isDigit) {
                return .valid
            }
        }
        if let (word, separator, number) = Self.splitNumbered(component) {
            if let canonical = numberedWords[Self.upper(word)] {
                let expected = canonical + "." + Self.string(number)
                let written = Self.string(component)
                switch separator {
                case .dot where Self.string(word) == canonical: return .valid
                case .dot: return .fixable(.wrongCase(written: written, expected: expected), fix: expected)
                case .none: return .fixable(.missingDot(written: written, expected: expected), fix: expected)
                case .space: return .fixable(.spaceBeforeNumber(written: written, expected: expected), fix: expected)
                }
            }
            // Any other capital word and number: `SR.22`, `CONF.2010`, `A.70`.
            if separator == .dot, word.count <= 8, word.allSatisfy(SymbolText.isUpper) { return .valid }
            return .invalid
        }
        if let dash = component.firstIndex(of: Byte.hyphen) {
            let before = component[..<dash]
            let after = component[(dash + 1)...]
            let afterDigits = !after.isEmpty && after.allSatisfy(SymbolText.isDigit)
            // Combined reports `8-11`; special and emergency special sessions `S-13`, `ES-8`.
            if (1...4).contains(before.count), before.allSatisfy(SymbolText.isDigit), afterDigits, after.count <= 4 {
                return .valid
            }
            if before.elementsEqual("S".utf8) || before.elementsEqual("ES".utf8), afterDigits, after.count <= 2 {
                return .valid
            }
            return .invalid
        }
        // A number glued to a numbered word: `7L.14` for `7/L.14`.
        if let wordStart = component.firstIndex(where: { !SymbolText.isDigit($0) }), wordStart > component.startIndex,
           let split = Self.splitNumbered(component[wordStart...]), split.separator == .dot,
           Self.string(split.word) == numberedWords[Self.upper(split.word)] {
            let expected = Self.string(component[..<wordStart]) + "/" + Self.string(component[wordStart...])
            return .fixable(.missingSlash(written: Self.string(component), expected: expected), fix: expected)
        }
        // Letters or a roman numeral after a dot: `SER.A`, `CONF.IX`; a number in parentheses: `WP(91)`.
        if let dot = component.firstIndex(of: Byte.dot) {
            let word = component[..<dot]
            let after = component[(dot + 1)...]
            let letter = after.count == 1 && SymbolText.isUpper(after.first!)
            let roman = (1...7).contains(after.count) && after.allSatisfy { "IVXLC".utf8.contains($0) }
            if (1...8).contains(word.count), word.allSatisfy(SymbolText.isUpper), letter || roman { return .valid }
            return .invalid
        }
        if component.last == Byte.closeParenthesis, let open = component.firstIndex(of: Byte.openParenthesis) {
            let word = component[..<open]
            let number = component[(open + 1)..<(component.endIndex - 1)]
            if (1...8).contains(word.count), word.allSatisfy(SymbolText.isUpper),
               (1...4).contains(number.count), number.allSatisfy(SymbolText.isDigit) {
                return .valid
            }
        }
        return .invalid
    }

    private static func string(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }

    /// ASCII upper case of the bytes, as a string (for lookups).
    private static func upper(_ bytes: Bytes) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = SymbolText.isLower(byte) ? byte - 0x20 : byte
            }
            return bytes.count
        }
    }
}

/// The ASCII bytes symbols are made of.
private enum Byte {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let star = UInt8(ascii: "*")
    static let hyphen = UInt8(ascii: "-")
    static let openParenthesis = UInt8(ascii: "(")
    static let closeParenthesis = UInt8(ascii: ")")
}

/// ASCII byte classes for symbols, which are always written in ASCII.
enum SymbolText {
    static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    static func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
