/// The `Original:` line is written in the form of the document's language.
struct OriginalFormatRule: Rule {
    static let description = RuleDescription(
        id: "header/original-format",
        title: "Original line in the language's form",
        rationale: """
            The masthead names the original language of the document in a fixed form: `Original: \
            English` in English (and in Russian, Chinese and Arabic documents, whose header lines stay \
            in English), `Original : anglais` in French, `Original: inglés` in Spanish, with the language \
            name as that language writes it (UN Editorial Manual, masthead). French puts a space before \
            the colon; any of the ordinary, no-break or narrow no-break space will do, and a missing one \
            (the pre-2012 form) is a warning. The upper-case form (`ORIGINAL: ENGLISH`) is the legacy \
            masthead: a warning naming the modern form.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("Distr.: General\nOriginal: English\n\n1. §.\n"),
            RuleExample("Distr.: General\nOriginal: English and French\n\n1. §.\n"),
            RuleExample("Distr. générale\nFrançais\nOriginal : anglais\n\n1. §.\n"),
            RuleExample("Distr. générale\nFrançais\nOriginal\u{A0}: anglais\n\n1. §.\n"),
            RuleExample("Distr. générale\nFrançais\nOriginal\u{202F}: anglais et espagnol\n\n1. §.\n"),
            RuleExample("Distr. general\nEspañol\nOriginal: inglés\n\n1. §.\n"),
            RuleExample("Distr.: General\nRussian\nOriginal: English\n\n1. §.\n"),
            RuleExample(
                "Distr.: General\n↓Original: english\n\n1. §.\n",
                messages: ["Write the Original line as 'Original: English'."]),
            RuleExample(
                "Distr. générale\nFrançais\n↓Original : anglaise\n\n1. §.\n",
                messages: [
                    "'anglaise' is not a language name of French documents; expected one of: anglais, arabe, chinois, espagnol, français, russe."
                ]),
            RuleExample(
                "Distr. générale\nFrançais\n↓Original: anglais\n\n1. §.\n",
                messages: ["French puts a space before the colon: write 'Original : anglais'."], severities: [.warning]),
            RuleExample(
                "Distr.: General\n↓Original : English\n\n1. §.\n",
                messages: ["Write the Original line as 'Original: English'."]),
            RuleExample(
                "Distr.: General\n↓ORIGINAL: ENGLISH\n\n1. §.\n",
                messages: ["'ORIGINAL: ENGLISH' is the legacy upper-case form; write 'Original: English'."],
                severities: [.warning]),
            RuleExample(
                "Distr. générale\nFrançais\n↓Original : ANGLAIS\n\n1. §.\n",
                messages: ["'Original : ANGLAIS' is the legacy upper-case form; write 'Original : anglais'."],
                severities: [.warning]),
            RuleExample("Distr.: General\n\n1. The original: § was approved.\n"),
            RuleExample(
                "Distr.: General\nArabic\n↓Original: الإنكليزية\n\n1. §.\n",
                messages: [
                    "'الإنكليزية' is not a language name of English documents; expected one of: Arabic, Chinese, English, French, Russian, Spanish."
                ]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard let field = document.headerFields.original else { return }
        let forms = document.language.header
        let parts = OriginalLine(field.text)
        let names = forms.languageNames.values.sorted()
        let writtenIn = forms.writtenIn == document.language.code ? document.language.name : "English"
        // Each name, matched without case, to the language's own spelling.
        var canonical: [String] = []
        for name in parts.names {
            guard let known = names.first(where: { HeaderForms.fold($0) == HeaderForms.fold(name) }) else {
                report(
                    "'\(name)' is not a language name of \(writtenIn) documents; expected one of: \(names.joined(separator: ", ")).",
                    at: field.range)
                return
            }
            canonical.append(known)
        }
        guard !canonical.isEmpty else {
            report("The Original line names no language; write '\(forms.originalLine(naming: names.first ?? ""))'.", at: field.range)
            return
        }
        let expectedNames = canonical.count == 1 ? canonical[0] : "\(canonical[0]) \(parts.conjunction) \(canonical[1])"
        let expected = forms.originalLine(naming: expectedNames)
        let spaceBeforeColon = forms.original.contains(" :")
        // The legacy masthead writes the name, or the whole line, in capitals.
        if parts.names.allSatisfy({ $0.count > 1 && $0 == $0.uppercased() }) {
            report("'\(field.text)' is the legacy upper-case form; write '\(expected)'.", at: field.range, severity: .warning)
        } else if parts.word != "Original" || !parts.hasColon || parts.names != canonical {
            report("Write the Original line as '\(expected)'.", at: field.range)
        } else if spaceBeforeColon && !parts.spaceBeforeColon {
            report("\(writtenIn) puts a space before the colon: write '\(expected)'.", at: field.range, severity: .warning)
        } else if !spaceBeforeColon && parts.spaceBeforeColon {
            report("Write the Original line as '\(expected)'.", at: field.range)
        }
    }
}

/// The parts of an `Original:` line as written.
private struct OriginalLine {
    let word: String
    let spaceBeforeColon: Bool
    let hasColon: Bool
    /// One or two language names (`English and French`).
    let names: [String]
    let conjunction: String

    /// Spaces that may stand before the colon: ordinary, no-break, narrow no-break.
    static let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}", "\t"]

    init(_ text: String) {
        let word = text.prefix { $0.isLetter }
        var rest = text.dropFirst(word.count)
        let before = rest.prefix { Self.spaces.contains($0) }
        rest = rest.dropFirst(before.count)
        hasColon = rest.first == ":" || rest.first == "："
        if hasColon { rest = rest.dropFirst() }
        let words = rest.split { Self.spaces.contains($0) }.map(String.init)
        self.word = String(word)
        spaceBeforeColon = !before.isEmpty
        names = words.count == 3 ? [words[0], words[2]] : Array(words.prefix(1))
        conjunction = words.count == 3 ? words[1] : ""
    }
}
