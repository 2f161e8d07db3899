/// The header block names the original language.
struct OriginalMissingRule: Rule {
    static let description = RuleDescription(
        id: "header/original-missing",
        title: "Header has no Original line",
        rationale: """
            The masthead names the language the document was written in (`Original: English`), so \
            readers of a translation know which version is authentic and translators know their source \
            (UN Editorial Manual, masthead). Document types whose masthead carries no such line, such as \
            adopted General Assembly resolutions, are exempt (their `original-line` is `absent` in \
            `Rules/doctypes`).
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("A/80/1\n\nDistr.: General\n3 March 2025\nOriginal: English\n\n1. §.\n"),
            RuleExample("A/RES/80/1\n\nDistr.: General\n5 December 2025\n\n1. §.\n"),
            RuleExample(
                "↓A/80/1\n\nDistr.: General\n3 March 2025\n\n1. §.\n",
                messages: ["The header has no Original line; it names the original language, as in 'Original: English'."]),
            RuleExample(
                "↓CEB/2021/1\n\nDistr. générale\n12 août 2021\nFrançais\n\n1. §.\n",
                messages: ["The header has no Original line; it names the original language, as in 'Original : anglais'."]),
            RuleExample(
                "↓A/80/1\n\nDistr.: General\n6 July 2015\nRussian\n\n1. §.\n",
                messages: ["The header has no Original line; it names the original language, as in 'Original: English'."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard document.documentType?.originalLine != .absent, document.headerFields.original == nil else { return }
        let forms = document.language.header
        let example = forms.originalLine(naming: forms.languageNames["en"] ?? "")
        report("The header has no Original line; it names the original language, as in '\(example)'.", at: document.headerStart)
    }
}
