/// Heading text is not wrapped in emphasis markup.
struct HeadingEmphasisRule: Rule {
    static let description = RuleDescription(
        id: "structure/heading-emphasis",
        title: "Heading text wrapped in emphasis",
        rationale: """
            Headings are bold by their style, not by markup (UN Editorial Manual, instructions for \
            preparing documents). `**…**` inside a Markdown heading is a conversion artefact: it doubles \
            the weight in some renderers and hides the label from tools that read headings.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample("# I. §\n\n## A. §\n\nA **bold** word in §.\n"),
            RuleExample(
                "### ↓**III. §**\n", messages: ["Heading text is wrapped in ** emphasis; remove the markup."]),
            RuleExample("## ↓*§*\n", messages: ["Heading text is wrapped in * emphasis; remove the markup."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        for heading in document.headings where heading.markdownLevel != nil {
            guard let emphasis = heading.emphasis else { continue }
            report("Heading text is wrapped in \(emphasis.marker) emphasis; remove the markup.", at: emphasis.range)
        }
    }
}
