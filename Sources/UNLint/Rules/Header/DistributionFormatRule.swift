/// The distribution line is written in the form of the document's language.
struct DistributionFormatRule: Rule {
    static let description = RuleDescription(
        id: "header/distribution-format",
        title: "Distribution line in the language's form",
        rationale: """
            Each language version writes the distribution line in its own fixed form: `Distr.: General` \
            in English (and in Russian, Chinese and Arabic documents, whose header lines stay in English), \
            `Distr. générale` in French, `Distr. general` in Spanish, and Limited and Restricted likewise \
            (UN Editorial Manual, masthead; the French and Spanish Restricted forms are unconfirmed). The \
            upper-case form (`Distr. GENERAL`, also split over two lines) is the pre-1998 masthead: a \
            warning naming the modern form.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("A/80/1\n\nDistr.: Limited\n3 March 2025\n\n1. §.\n"),
            RuleExample("Distr. générale\n12 août 2021\nFrançais\n\n1. §.\n"),
            RuleExample("Distr. limitada\n4 de diciembre de 2002\nEspañol\n\n1. §.\n"),
            RuleExample("Distr.: General\n6 July 2015\nRussian\nOriginal: English\n\n1. §.\n"),
            RuleExample(
                "A/80/1\n\n↓Distr: General\n\n1. §.\n",
                messages: ["Distribution line 'Distr: General' is not in the form of English documents; write 'Distr.: General'."]),
            RuleExample(
                "↓Distr.: general\n\n1. §.\n",
                messages: ["Distribution line 'Distr.: general' is not in the form of English documents; write 'Distr.: General'."]),
            RuleExample(
                "Français\n↓Distr. Générale\n\n1. §.\n",
                messages: ["Distribution line 'Distr. Générale' is not in the form of French documents; write 'Distr. générale'."]),
            RuleExample(
                "↓Distr.: General\n12 août 2021\n\n1. §.\n",
                messages: ["Distribution line 'Distr.: General' is not in the form of French documents; write 'Distr. générale'."],
                language: "fr"),
            RuleExample(
                "General Assembly ↓Distr. GENERAL\n\n1. §.\n",
                messages: ["'Distr. GENERAL' is the legacy upper-case form; write 'Distr.: General'."], severities: [.warning]),
            RuleExample(
                "↓Distr.\nGENERAL\n\n1. §.\n",
                messages: ["'Distr. GENERAL' is the legacy upper-case form; write 'Distr.: General'."], severities: [.warning]),
            RuleExample(
                "↓Distr.\n\n1. §.\n",
                messages: ["Distribution line 'Distr.' names no category; write 'Distr.: General', 'Distr.: Limited' or 'Distr.: Restricted'."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let fields = document.headerFields
        guard let field = fields.distribution else { return }
        let forms = document.language.header
        let written = field.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !forms.distribution.values.contains(written) else { return }
        let word = String(String.UnicodeScalarView((fields.distributionCategory ?? "").unicodeScalars.filter { $0 != "*" }))
        guard let category = forms.category(ofWord: word), let modern = forms.distribution[category] else {
            report("Distribution line '\(written)' names no category; write \(forms.distributionChoices).", at: field.range)
            return
        }
        if word == word.uppercased() && word.count > 1 {
            report("'\(written)' is the legacy upper-case form; write '\(modern)'.", at: field.range, severity: .warning)
        } else {
            report(
                "Distribution line '\(written)' is not in the form of \(document.language.name) documents; write '\(modern)'.",
                at: field.range)
        }
    }
}
