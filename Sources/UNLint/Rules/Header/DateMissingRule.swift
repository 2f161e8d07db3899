/// The header block carries the issue date.
struct DateMissingRule: Rule {
    static let description = RuleDescription(
        id: "header/date-missing",
        title: "Header has no issue date",
        rationale: """
            The masthead dates the document (the date of its submission for processing) under the \
            distribution line: `12 August 2021`, `12 août 2021`, `4 de diciembre de 2002`; Russian, \
            Chinese and Arabic documents write it in English (UN Editorial Manual, masthead). A date \
            inside a sentence of the header, such as a session's place and date, is not the issue date.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("A/80/1\n\nDistr.: General\n3 March 2025\nOriginal: English\n\n1. §.\n"),
            RuleExample("A/80/1\n\nGeneral Assembly Distr.: General 5 December 2025\n\n1. §.\n"),
            RuleExample("CEB/2021/1\n\nDistr. générale\n12 août 2021\nFrançais\n\n1. §.\n"),
            RuleExample("A/57/551\n\nDistr. general\n4 de diciembre de 2002\nEspañol\n\n1. §.\n"),
            RuleExample("A/69/972\n\nDistr.: General\n6 July 2015\nRussian\nOriginal: English\n\n1. §.\n"),
            RuleExample(
                "↓A/80/1\n\nDistr.: General\nOriginal: English\n\nGeneva, 3 March 2025\n\n1. §.\n",
                messages: ["The header has no issue date; it stands under the distribution line, as in '12 August 2021'."]),
            RuleExample(
                "↓A/69/972\n\nDistr.: General\n6 июля 2015 года\nRussian\n\n1. §.\n",
                messages: ["The header has no issue date; it stands under the distribution line, as in '12 August 2021'."]),
            RuleExample(
                "↓CEB/2021/1\n\nDistr. générale\nFrançais\n\n1. §.\n",
                messages: ["The header has no issue date; it stands under the distribution line, as in '12 août 2021'."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard document.headerFields.date == nil else { return }
        let example = document.headerDateScanner.render(day: 12, month: 8, year: 2021)
        report("The header has no issue date; it stands under the distribution line, as in '\(example)'.", at: document.headerStart)
    }
}
