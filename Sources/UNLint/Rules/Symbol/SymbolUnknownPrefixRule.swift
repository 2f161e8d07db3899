/// A well-formed document symbol starts with a known organ or series.
struct SymbolUnknownPrefixRule: Rule {
    static let description = RuleDescription(
        id: "symbol/unknown-prefix",
        title: "Symbol with an unknown first component",
        rationale: """
            The first component of a document symbol names the principal organ (`A/` General Assembly, \
            `S/` Security Council, `E/` Economic and Social Council, `ST/` Secretariat, `T/` Trusteeship \
            Council) or a special series that does not name its parent organ (`CRC/C/`, `DP/`, `TD/`, \
            `UNEP/`, `CEB/`…) (Dag Hammarskjöld Library, United Nations Documentation: Research Guide, \
            document symbols). A symbol that starts otherwise is often a citation with its organ left \
            out (`HRC/43/1` for `A/HRC/43/1`) or a reference of another organization. The list of \
            series is open, so this is only information: check the symbol, or add the series to \
            `Rules/symbols.yml`. With an unknown first component, a token counts as a symbol only when \
            it is well formed and has at least two more components, one with a number \
            (`UNICEF/2021/5`, not `SVN/1` or `HIV/AIDS`); citation numbers such as the Human Rights \
            Council's `PRST/8/1` are not symbols.
            """,
        defaultSeverity: .info,
        examples: [
            RuleExample(
                "1. § A/HRC/43/15, CEB/2021/1/Add.1, CRC/C/SVN/CO/3-4 § S/2024/486 § HIV/AIDS § PTPR/JS3 § PRST/8/1.\n"),
            RuleExample("1. § XYZ/2021/ADD.1 § (https://example.org/XYZ/2021/1).\n"),
            RuleExample(
                "1. § ↓HRC/RES/43/1 § (↓UNICEF/2021/5).\n",
                messages: [
                    "HRC in symbol HRC/RES/43/1 is not a known organ or series.",
                    "UNICEF in symbol UNICEF/2021/5 is not a known organ or series.",
                ]),
            RuleExample(
                "Français\n\n1. § (↓A/46/864-XYZ/46/23501).\n",
                messages: ["XYZ in symbol A/46/864-XYZ/46/23501 is not a known organ or series."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let symbols = document.symbolMatches
        for symbol in symbols where symbol.isWellFormed && !symbol.unknownPrefixes.isEmpty {
            let prefixes = symbol.unknownPrefixes.joined(separator: " and ")
            let verb = symbol.unknownPrefixes.count == 1 ? "is not a known organ or series" : "are not known organs or series"
            report("\(prefixes) in symbol \(symbol.text) \(verb).",
                   at: document.source.range(ofTextBytes: symbol.range))
        }
    }
}
