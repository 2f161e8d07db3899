/// A chapter with a section A has a section B.
struct LoneSubdivisionRule: Rule {
    static let description = RuleDescription(
        id: "structure/lone-subdivision",
        title: "A section A needs a section B",
        rationale: """
            A heading is subdivided into at least two parts: an "A" requires a "B" (UN Editorial Manual, \
            headings). A lone section A is usually a heading that should be the chapter's own text, or a \
            section B lost in conversion.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample("# I. §\n\n## A. §\n\n## B. §\n"),
            RuleExample("# I. §\n\n# II. §\n"),
            RuleExample(
                "# I. §\n\n## ↓A. §\n\n# II. §\n\n## A. §\n\n## B. §\n",
                messages: ["Chapter I has a section A but no section B; a subdivision needs at least two parts."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        for part in document.outline.parts {
            for chapter in part.chapters where chapter.sections.count == 1 {
                guard let label = chapter.sections[0].label, label.value == 1 else { continue }
                if let chapterLabel = chapter.heading?.label {
                    report(
                        "Chapter \(chapterLabel.text) has a section \(label.text) but no section \(document.language.labels.sections.label(2)); a subdivision needs at least two parts.",
                        at: label.range)
                } else {
                    report(
                        "Section \(label.text) has no section \(document.language.labels.sections.label(2)) after it; a subdivision needs at least two parts.",
                        at: label.range)
                }
            }
        }
    }
}
