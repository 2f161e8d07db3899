/// The header block carries the document symbol.
struct SymbolMissingRule: Rule {
    static let description = RuleDescription(
        id: "header/symbol-missing",
        title: "Header has no document symbol",
        rationale: """
            The symbol (`CEB/2021/1`, `A/80/123`) identifies a document in every language version and \
            every catalogue; the masthead carries it at the top, on its own line or at the right edge \
            (UN Editorial Manual, masthead; Dag Hammarskjöld Library, document symbols). Conversions from \
            PDF often lose it. A symbol cited inside a header sentence does not count.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("A/80/123\n\nDistr.: General\n3 March 2025\nOriginal: English\n\n1. §.\n"),
            RuleExample("United Nations                         A/HRC/43/15\nGeneral Assembly     Distr.: General\n\n1. §.\n", format: .text),
            RuleExample("## **CEB/2021/1**\n\nDistr. générale\n12 août 2021\n\n1. §.\n"),
            RuleExample(
                "↓# Conseil des chefs de secrétariat\n\nDistr. générale\n12 août 2021\nFrançais\nOriginal : anglais\n\n1. §.\n",
                messages: ["The header has no document symbol; it stands at the top of the masthead, as in 'CEB/2021/1'."]),
            RuleExample(
                "↓Distr.: General\n3 March 2025\n[on the report of the Committee (A/80/534)]\n\n1. §.\n",
                messages: ["The header has no document symbol; it stands at the top of the masthead, as in 'CEB/2021/1'."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard document.headerFields.symbol == nil else { return }
        report(
            "The header has no document symbol; it stands at the top of the masthead, as in 'CEB/2021/1'.",
            at: document.headerStart)
    }
}
