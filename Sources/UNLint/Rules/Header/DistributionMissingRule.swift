/// The header block has a distribution line.
struct DistributionMissingRule: Rule {
    static let description = RuleDescription(
        id: "header/distribution-missing",
        title: "Header has no distribution line",
        rationale: """
            Every masthead document states its distribution category, General, Limited or Restricted, \
            right under the symbol (UN Editorial Manual, masthead and cover page). Without it a reader \
            cannot tell whether the document may circulate.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("A/80/1\n\nDistr.: General\n3 March 2025\nOriginal: English\n\n1. §.\n"),
            RuleExample("CEB/2021/1\n\nDistr. générale\n12 août 2021\nFrançais\nOriginal : anglais\n\n1. §.\n"),
            RuleExample(
                "↓A/80/1\n\n3 March 2025\nOriginal: English\n\n1. §.\n",
                messages: ["The header has no distribution line; it states the category, such as 'Distr.: General'."]),
            RuleExample(
                "↓# Conseil économique et social\n\n12 août 2021\nFrançais\nOriginal : anglais\n\n1. §.\n",
                messages: ["The header has no distribution line; it states the category, such as 'Distr. générale'."],
                language: "fr"),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard document.headerFields.distribution == nil else { return }
        let form = document.language.header.distribution[.general] ?? ""
        report("The header has no distribution line; it states the category, such as '\(form)'.", at: document.headerStart)
    }
}
