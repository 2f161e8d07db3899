import Foundation

extension HeaderForms {
    /// The category a distribution word names (`GENERAL`, `générale`,
    /// `Limitada`), read without case or accents; the first four letters
    /// decide, so that a truncated or misspelt word is still understood.
    func category(ofWord word: String) -> Category? {
        let key = Self.fold(word).prefix(4)
        guard key.count == 4 else { return nil }
        return Category.allCases.first { category in
            distribution[category].flatMap { $0.split(separator: " ").last }.map { Self.fold(String($0)).hasPrefix(key) } ?? false
        }
    }

    /// The modern forms, for a message: `'Distr.: General', 'Distr.: Limited' or 'Distr.: Restricted'`.
    var distributionChoices: String {
        let forms = Category.allCases.compactMap { distribution[$0] }.map { "'\($0)'" }
        return forms.dropLast().joined(separator: ", ") + " or " + (forms.last ?? "")
    }

    /// The `Original:` line for a language name: `Original : anglais`.
    func originalLine(naming name: String) -> String {
        original.replacingOccurrences(of: Self.languagePlaceholder, with: name)
    }

    /// Lower case without accents: `Générale` → `generale`.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

extension Document {
    /// Where a finding about the header block as a whole points: its first
    /// line, or the first line of the document when it has no header.
    var headerStart: SourceRange {
        let line = header.lines.first?.number ?? 1
        let text = source.lines[line - 1].text
        let leading = text.utf8.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }.count
        return source.range(line: line, bytes: leading..<text.utf8.count)
    }
}
