import PCRE2

/// Finds sub-paragraph labels: `(a)`, `a)`, `(iv)`, `(ب)`, one per line or
/// inline after a colon, semicolon or comma (`suivants : a) … ; b) …`),
/// optionally followed by a short conjunction (`; and (c)`).
/// A label after other text (`paragraph 5 (a)`) is a cross-reference, not a label.
enum SubparagraphScanner {
    /// The pattern for a profile: its letters (and their look-alikes) plus
    /// lower-case Roman numerals, with or without the opening parenthesis.
    static func pattern(for profile: LanguageProfile) throws(PCRE2Error) -> Regex {
        let lookalikes = profile.labels.lookalikes
            .filter { profile.labels.subparagraphLetters.contains(String($0.value)) }
            .keys.map(String.init).sorted()
        let letters = (profile.labels.subparagraphLetters + lookalikes + profile.labels.foreignLetters)
            .sorted { $0.utf8.count > $1.utf8.count }  // longest first: `هـ` before `ه`
            .map(escape).joined(separator: "|")
        // Group 1: the line start or the inline lead-in; 2: `(` if any; 3: the label.
        // Arabic writes `،` and `؛`; Chinese the full-width `：；，、`, without a space after them.
        let lead = #"(^[ \t]*|(?:[:;,\x{60C}\x{61B}][ \t\x{A0}\x{202F}]+|[\x{FF1A}\x{FF1B}\x{FF0C}\x{3001}][ \t]*)(?:\p{L}{1,3}[ \t]+)?)"#
        return try Regex(
            #"(*ANYCRLF)"# + lead + #"(\()?([ivx]{1,5}|"# + letters + #")\)(?=[ \t\x{A0}\x{202F}]|$)"#,
            options: [.multiline])
    }

    /// Every label in the document, in order, found in one pass over its text.
    static func labels(in source: SourceText, pattern: Regex, labels: LanguageProfile.Labels) throws(PCRE2Error) -> [SubparagraphLabel] {
        var found: [SubparagraphLabel] = []
        let utf8 = source.text.utf8
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
        return found
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
