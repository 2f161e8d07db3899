/// Sections run A, B, C… within each chapter.
struct SectionSequenceRule: Rule {
    static let description = RuleDescription(
        id: "structure/section-sequence",
        title: "Sections are lettered A, B, C… within each chapter",
        rationale: """
            First-degree subheadings are capital letters in order, A, B, C…, restarting at A in each \
            chapter (UN Editorial Manual, headings); Arabic uses ألف, باء, جيم…. A letter I after H is \
            the ninth section, not chapter one.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("# I. §\n\n## A. §\n\n## B. §\n\n# II. §\n\n## A. §\n\n## B. §\n"),
            RuleExample(
                "# I. §\n\n## A. §\n\n## B. §\n\n## C. §\n\n## D. §\n\n## E. §\n\n## F. §\n\n## G. §\n\n## H. §\n\n## I. §\n\n## J. §\n"),
            RuleExample(
                "# I. §\n\n## A. §\n\n## ↓C. §\n", messages: ["Section C follows section A; expected B."]),
            RuleExample(
                "# I. §\n\n## A. §\n\n## B. §\n\n# II. §\n\n## ↓B. §\n\n## C. §\n",
                messages: ["The first section of chapter II is B; expected A."]),
            RuleExample(
                "Arabic\n\n# أولا - §\n\n## ألف - §\n\n## ↓جيم - §\n",
                messages: ["Section جيم follows section ألف; expected باء."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let series = document.language.labels.sections
        for part in document.outline.parts {
            for chapter in part.chapters {
                for found in LabelSequence(chapter.sections.lazy.compactMap(\.label)).breaks {
                    let label = found.label
                    let expected = series.label(found.expected)
                    if let previous = found.previous {
                        report(
                            "Section \(label.text) follows section \(previous.text); expected \(expected).", at: label.range,
                            related: [Diagnostic.Related(message: "section \(previous.text) is here", position: previous.range.start)])
                    } else if let chapterLabel = chapter.heading?.label {
                        report("The first section of chapter \(chapterLabel.text) is \(label.text); expected \(expected).", at: label.range)
                    } else {
                        report("The first section is \(label.text); expected \(expected).", at: label.range)
                    }
                }
            }
        }
    }
}
