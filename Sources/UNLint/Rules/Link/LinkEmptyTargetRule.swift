import PCRE2

/// A Markdown link leads somewhere: its target is not empty or a placeholder.
struct LinkEmptyTargetRule: Rule {
    static let description = RuleDescription(
        id: "link/empty-target",
        title: "Link with an empty or placeholder target",
        rationale: """
            A conversion to Markdown keeps a link's text but can lose its address, leaving `[text](#)`, \
            `[text]()` or `[text]( )`: the reader sees a link that goes nowhere. When the link text is \
            a document symbol the address is known: the United Nations resolver takes \
            `https://undocs.org/<language>/<symbol>`, where the language is `ar`, `en`, `es`, `fr`, `ru` \
            or `zh` (Dag Hammarskjöld Library, undocs.org resolver), so the message proposes that \
            address in the document's language, with the symbol corrected if it is malformed and \
            written without a space before a parenthesis, as the resolver's addresses are \
            (`S/RES/955(1994)`). The finding spans the whole link, from `[` to `)`. Markdown documents \
            only: plain text has no link syntax.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample(
                "Français\n\n36. § (↓[CEB/2021/4](#)) § (↓[CEB/2021/1/Add.1]()).\n",
                messages: [
                    "Link [CEB/2021/4] has the placeholder target #; expected https://undocs.org/fr/CEB/2021/4.",
                    "Link [CEB/2021/1/Add.1] has an empty target; expected https://undocs.org/fr/CEB/2021/1/Add.1.",
                ]),
            RuleExample("1. § ↓[the report]( ).\n", messages: ["Link [the report] has an empty target."]),
            RuleExample(
                "1. § ↓[document\nCEB/2021/4](<>) §\n",
                messages: ["Link [document CEB/2021/4] has the placeholder target <>."]),
            RuleExample(
                "Chinese\n\n1. §（↓[S/RES/955(1994)](#)）。\n",
                messages: ["Link [S/RES/955(1994)] has the placeholder target #; expected https://undocs.org/zh/S/RES/955(1994)."]),
            RuleExample(
                "Arabic\n\n1 - § (↓[**A/71/100**](#)).\n",
                messages: ["Link [**A/71/100**] has the placeholder target #; expected https://undocs.org/ar/A/71/100."]),
            RuleExample("1. § ([CEB/2021/4](https://undocs.org/en/CEB/2021/4)) § ![logo](#) § \\[CEB/2021/4\\](#).\n"),
            RuleExample("1. § [CEB/2021/4](#) §.\n", format: .text),
        ])

    /// `[text](target)` with an empty, blank, `#` or `<>` target; not an image
    /// (`![…]`) or an escaped bracket. The text may be wrapped over lines (as
    /// pandoc wraps), but not across a blank line. Group 1: the text; group 2: the target.
    private static let emptyLink = try! Regex(
        #"(?<![!\\])\[((?:[^\[\]\\\n]|\\.|\n(?![ \t\r]*\n))*)\]\(([ \t]*(?:#|<>)?[ \t]*)\)"#)

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard document.format == .markdown else { return }
        let source = document.source
        let matches: [Match]
        do {
            matches = try Self.emptyLink.matches(in: source.text)
        } catch {
            report.patternFailed(error, in: source)
            return
        }
        guard !matches.isEmpty else { return }
        for match in matches {
            // A wrapped text reads as one line.
            let text = source.text(ofTextBytes: match.captures[0]!)
                .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" })
                .joined(separator: " ")
            let target = String(source.text(ofTextBytes: match.captures[1]!).filter { $0 != " " && $0 != "\t" })
            let what = target.isEmpty ? "an empty target" : "the placeholder target \(target)"
            var message = "Link [\(Self.shortened(text))] has \(what)"
            if let address = Self.address(of: text, language: document.language.code) {
                message += "; expected \(address)"
            }
            report(message + ".", at: source.range(ofTextBytes: match.range))
        }
    }

    /// Link text as quoted in a message: at most 40 characters.
    private static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : text.prefix(39) + "…"
    }

    /// The undocs.org address of a link text that is one document symbol
    /// (emphasis markers around it allowed), corrected if needed; nil when the
    /// text is not a symbol or is malformed without a clear fix. For a double
    /// symbol, the first one.
    static func address(of text: String, language: String) -> String? {
        var inner = Substring(text)
        while let first = inner.first, first == "*" || first == "_", inner.last == first, inner.count > 2 {
            inner = inner.dropFirst().dropLast()
        }
        guard let symbol = SymbolCatalog.shared.grammar.symbol(String(inner)),
              var written = symbol.isWellFormed ? symbol.text : symbol.correction else { return nil }
        if symbol.isDouble {
            // The second symbol starts after the last hyphen that a letter follows.
            let characters = Array(written)
            if let hyphen = characters.indices.last(where: {
                characters[$0] == "-" && $0 + 1 < characters.count && characters[$0 + 1].isLetter
            }) {
                written = String(characters[..<hyphen])
            }
        }
        // As the resolver's own addresses: no space before a parenthesis, no reissue mark.
        var path = ""
        for (index, character) in zip(written.indices, written) {
            switch character {
            case "*": continue
            case " " where written[written.index(after: index)...].first == "(": continue
            case " ": path += "%20"
            default: path.append(character)
            }
        }
        return "https://undocs.org/\(language)/\(path)"
    }
}
