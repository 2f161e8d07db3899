import PCRE2

/// Finds sub-paragraph labels: `(a)`, `a)`, `(iv)`, `(ب)`, one per line or
/// inline after a colon, semicolon or comma (`suivants : a) … ; b) …`),
/// optionally followed by a short conjunction (`; and (c)`).
/// A label after other text (`paragraph 5 (a)`) is a cross-reference, not a label.
enum SubparagraphScanner {
    /// Labels at a line start and labels inline, as two patterns: one pattern
    /// for both would try a match at every byte, while each of these lets
    /// PCRE2 skip ahead (to a line start; to a lead-in punctuation mark).
    /// A match of one can hold no match of the other, so both together find
    /// what one pattern would. Group 1: the line start's spaces or the
    /// inline lead-in; 2: `(` if any; 3: the label.
    struct Patterns: Sendable {
        let lineStart: Regex
        let inline: Regex
    }

    /// The patterns for a profile: its letters (and their look-alikes) plus
    /// lower-case Roman numerals, with or without the opening parenthesis.
    static func patterns(for profile: LanguageProfile) throws(PCRE2Error) -> Patterns {
        let lookalikes = profile.labels.lookalikes
            .filter { profile.labels.subparagraphLetters.contains(String($0.value)) }
            .keys.map(String.init).sorted()
        let letters = (profile.labels.subparagraphLetters + lookalikes + profile.labels.foreignLetters)
            .sorted { $0.utf8.count > $1.utf8.count }  // longest first: `هـ` before `ه`
            .map(escape).joined(separator: "|")
        let label = #"(\()?([ivx]{1,5}|"# + letters + #")\)(?=[ \t\x{A0}\x{202F}]|$)"#
        // Arabic writes `،` and `؛`; Chinese the full-width `：；，、`, without a space after them.
        let inlineLead = #"((?:[:;,\x{60C}\x{61B}][ \t\x{A0}\x{202F}]+|[\x{FF1A}\x{FF1B}\x{FF0C}\x{3001}][ \t]*)(?:\p{L}{1,3}[ \t]+)?)"#
        return Patterns(
            lineStart: try Regex(#"(*ANYCRLF)^([ \t]*)"# + label, options: [.multiline]),
            inline: try Regex(#"(*ANYCRLF)"# + inlineLead + label, options: [.multiline]))
    }

    /// Every label in the document, in order, found in one pass of each pattern over its text.
    static func labels(in source: SourceText, patterns: Patterns, labels: LanguageProfile.Labels) throws(PCRE2Error) -> [SubparagraphLabel] {
        var found: [SubparagraphLabel] = []
        let utf8 = source.text.utf8
        for pattern in [patterns.lineStart, patterns.inline] {
            try pattern.forEachMatch(in: source.text) { match in
                guard let label = match[3] else { return true }
                let open = match[2]
                let lead = match[1] ?? label
                let start = source.position(atOffset: source.baseOffset + (open?.lowerBound ?? label.lowerBound))
                let end = source.position(atOffset: source.baseOffset + label.upperBound + 1)
                let written = String(decoding: utf8[bytesIn: label], as: UTF8.self)
                // A foreign letter reads as the letter at its place in the language's order.
                let foreign = labels.foreignLetters.firstIndex(of: written)
                    .flatMap { $0 < labels.subparagraphLetters.count ? labels.subparagraphLetters[$0] : nil }
                let lookalike = written.count == 1 && labels.lookalikes[written.first!] != nil
                found.append(
                    SubparagraphLabel(
                        text: written,
                        folded: lookalike || foreign == nil ? String(written.map { labels.lookalikes[$0] ?? $0 }) : foreign!,
                        style: open == nil ? .closingParenthesis : .parenthesized,
                        range: SourceRange(start: start, end: end),
                        startsLine: utf8[bytesIn: lead].allSatisfy { $0 == 0x20 || $0 == 0x09 },
                        foreign: foreign != nil && !lookalike))
                return true
            }
        }
        return found.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    private static func escape(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            scalar.properties.isAlphabetic ? String(scalar) : "\\x{\(String(scalar.value, radix: 16))}"
        }.joined()
    }
}

extension String.UTF8View {
    /// The bytes at integer offsets `range` of the view.
    subscript(bytesIn range: Range<Int>) -> Substring.UTF8View {
        let start = index(startIndex, offsetBy: range.lowerBound)
        let end = index(start, offsetBy: range.count)
        return Substring(self[start..<end]).utf8
    }
}
