/// Document symbols, in the header or in running text, follow the symbol grammar.
struct SymbolFormatRule: Rule {
    static let description = RuleDescription(
        id: "symbol/format",
        title: "Document symbols are well formed",
        rationale: """
            A document symbol identifies a document in all six language versions and is the key by which \
            the Official Document System and undocs.org find it, so it must be written exactly: \
            components separated by `/`, in capital letters and arabic numerals; a body or document type \
            joined to its number by a dot without a space (`C.3`, `CN.4`, `L.14`); the modifiers `Add.`, \
            `Rev.`, `Corr.` and `Amend.` with one capital (`Add.1`, never `ADD.1`), as is `Sub.2`; \
            the year of a Security Council resolution and the session of an early General Assembly \
            resolution in parentheses after a space (`S/RES/955 (1994)`, `A/RES/217 (III)`) \
            (Dag Hammarskjöld Library, United Nations Documentation: Research Guide, document symbols). \
            Capitals from a database (`ADD.1`), a lost dot (`Add1`), doubled or trailing slashes and a \
            lower-case organ make a symbol that finds nothing. The message gives the corrected symbol \
            when the fix is clear. Only symbols whose first component is a known organ or series are \
            checked for components that fit no rule; with an unknown first component such a token is \
            taken for another abbreviation. Symbols inside URLs and Markdown link targets are not checked.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("""
                A/C.3/80/L.14/Rev.1

                Distr.: Limited

                1. § (S/RES/955 (1994), A/RES/217 (III), E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1 and \
                E/2011/29-E/CN.17/2011/20), § A/45/16 (Part I) § A/HRC/DEC/19/119*.

                2. § resolution 78/187 § 12/08/2021 § https://undocs.org/en/A/RES/2758(XXVI) § HIV/AIDS.

                """),
            RuleExample(
                "Français\n\n1. § ([CEB/2021/4](#)) § TD/B/WP(91)/CRP.1, ST/CS/SER.A/44/Rev.1 § A/63/49 (Vol. III).\n"),
            RuleExample(
                "1. § (↓A/54/L.74/ADD.1) § ↓S/RES/955(1994).\n",
                messages: [
                    "Symbol A/54/L.74/ADD.1 is malformed: ADD.1 should be written Add.1; expected A/54/L.74/Add.1.",
                    "Symbol S/RES/955(1994) is malformed: it lacks a space before (1994); expected S/RES/955 (1994).",
                ]),
            RuleExample(
                "Russian\n\n1. § ↓A/76/Add1 и ↓A//76/1.\n",
                messages: [
                    "Symbol A/76/Add1 is malformed: Add1 lacks the dot before its number (Add.1); expected A/76/Add.1.",
                    "Symbol A//76/1 is malformed: it has an empty component (//); expected A/76/1.",
                ]),
            RuleExample(
                "Español\n\n1. § ↓A/76/Add 1 y ↓A/76/1/ §.\n",
                messages: [
                    "Symbol A/76/Add 1 is malformed: Add 1 has a space instead of a dot (Add.1); expected A/76/Add.1.",
                    "Symbol A/76/1/ is malformed: it ends with /; expected A/76/1.",
                ]),
            RuleExample(
                "Chinese\n\n1. §（↓a/76/1）§ ↓A/C.3/80/L. §\n",
                messages: [
                    "Symbol a/76/1 is malformed: its organ a should be written A; expected A/76/1.",
                    "Symbol A/C.3/80/L. is malformed: it ends with L., which lacks its number.",
                ]),
            RuleExample(
                "Arabic\n\n1 - § (↓A/C.3/80/L-14).\n",
                messages: ["Symbol A/C.3/80/L-14 is malformed: L-14 is not a valid component."]),
            RuleExample(
                "↓A/HRC/43/SR.1/REV.1\n\nDistr.: General\n\n1.\n§.\n",
                messages: [
                    "Symbol A/HRC/43/SR.1/REV.1 is malformed: REV.1 should be written Rev.1; expected A/HRC/43/SR.1/Rev.1.",
                ],
                format: .text),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let symbols = document.symbolMatches
        for symbol in symbols where !symbol.isWellFormed {
            let problems = symbol.defects.map(\.explanation).joined(separator: "; ")
            let fix = symbol.correction.map { "; expected \($0)" } ?? ""
            report("Symbol \(symbol.text) is malformed: \(problems)\(fix).",
                   at: document.source.range(ofTextBytes: symbol.range))
        }
    }
}
