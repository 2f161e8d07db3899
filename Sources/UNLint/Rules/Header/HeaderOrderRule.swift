/// The header fields stand in the usual order.
struct HeaderOrderRule: Rule {
    static let description = RuleDescription(
        id: "header/order",
        title: "Header fields in the usual order",
        rationale: """
            The masthead gives its fields in one order: symbol, distribution, date, language of issue, \
            original language (UN Editorial Manual, masthead; observed in E/2021/47, A/57/551, A/69/972). \
            Readers and tools look for each where it usually stands. Layouts differ between duty stations \
            and decades, so this is a warning.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample("A/80/1\n\nDistr.: General\n3 March 2025\nOriginal: English\n\n1. §.\n"),
            RuleExample("CEB/2021/1\n\nDistr. générale\n12 août 2021\nFrançais\nOriginal : anglais\n\n1. §.\n"),
            RuleExample("United Nations                    A/HRC/43/15\nGeneral Assembly    Distr.: General\n                    3 March 2025\n\n1. §.\n", format: .text),
            RuleExample(
                "A/80/1\n\nDistr.: General\n↓Original: English\n3 March 2025\n\n1. §.\n",
                messages: ["The Original line comes before the date; the usual order is symbol, distribution, date, language of issue, original."]),
            RuleExample(
                "↓Distr. générale\nCEB/2021/1\n12 août 2021\nFrançais\nOriginal : anglais\n\n1. §.\n",
                messages: ["The distribution line comes before the symbol; the usual order is symbol, distribution, date, language of issue, original."]),
            RuleExample(
                "A/69/972\n\nDistr.: General\n6 July 2015\n↓Original: English\nRussian\n\n1. §.\n",
                messages: ["The Original line comes before the language of issue; the usual order is symbol, distribution, date, language of issue, original."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let fields = document.headerFields
        let named: [(name: String, field: HeaderFields.Field?)] = [
            ("symbol", fields.symbol), ("distribution line", fields.distribution), ("date", fields.date),
            ("language of issue", fields.languageOfIssue), ("Original line", fields.original),
        ]
        let present = named.compactMap { entry in entry.field.map { (entry.name, $0) } }
        // Each field must come after every field that precedes it in the usual order.
        for (index, (name, field)) in present.enumerated() {
            guard let earlier = present[..<index].first(where: { $0.1.range.start > field.range.start }) else { continue }
            report(
                "The \(name) comes before the \(earlier.0); the usual order is symbol, distribution, date, language of issue, original.",
                at: field.range)
            return
        }
    }
}
