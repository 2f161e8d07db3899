/// Paragraphs are numbered consecutively through the whole document.
struct ParagraphSequenceRule: Rule {
    static let description = RuleDescription(
        id: "numbering/paragraph-sequence",
        title: "Paragraphs are numbered consecutively",
        rationale: """
            Paragraphs are numbered consecutively with arabic numerals through the whole document, \
            across chapters, so that a cross-reference to paragraph 12 finds the same paragraph in all \
            six language versions (UN Editorial Manual, paragraphs and subparagraphs). A gap, a repeated \
            number or a step back breaks those references. An annex may restart its numbering at 1, as \
            annexed resolutions and declarations do in practice.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("# I. Introduction\n\n1. §.\n\n2. §.\n\n# II. Debate\n\n3. §.\n"),
            RuleExample("1. §.\n\n2. §.\n\n# Annex\n\n1. §.\n\n2. §.\n"),
            RuleExample("1. §.\n\n2. §.\n\n# Annex\n\n3. §.\n"),
            RuleExample(
                "1. §.\n\n2. §.\n\n↓4. §.\n\n↓4. §.\n\n↓2. §.\n",
                messages: [
                    "Paragraph 4 follows paragraph 2; expected 3.",
                    "Paragraph 4 repeats the number of the paragraph before it; expected 5.",
                    "Paragraph 2 follows paragraph 4; expected 5.",
                ]),
            RuleExample("§\n\n↓2. §.\n", messages: ["The first paragraph is numbered 2; expected 1."]),
            RuleExample(
                "1. §.\n\n# Annex\n\n↓5. §.\n",
                messages: ["Paragraph 5 follows paragraph 1; expected 2, or 1 to restart in an annex."]),
            RuleExample(
                "Distr.: General\n\n1.\n§.\n\n↓3.\n§.\n", messages: ["Paragraph 3 follows paragraph 1; expected 2."],
                format: .text),
            RuleExample(
                "Arabic\n\n1 - §.\n\n↓٣ - §.\n", messages: ["Paragraph 3 follows paragraph 1; expected 2."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        var previous: NumberedParagraph?
        for paragraph in document.paragraphs {
            defer { previous = paragraph }
            guard let before = previous else {
                if paragraph.number != 1 {
                    report("The first paragraph is numbered \(paragraph.number); expected 1.", at: paragraph.numberRange)
                }
                continue
            }
            let expected = before.number + 1
            let related = [Diagnostic.Related(message: "paragraph \(before.number) is here", position: before.numberRange.start)]
            if paragraph.annex != before.annex {
                if paragraph.number != 1 && paragraph.number != expected {
                    report(
                        "Paragraph \(paragraph.number) follows paragraph \(before.number); expected \(expected), or 1 to restart in an annex.",
                        at: paragraph.numberRange, related: related)
                }
            } else if paragraph.number == before.number {
                report(
                    "Paragraph \(paragraph.number) repeats the number of the paragraph before it; expected \(expected).",
                    at: paragraph.numberRange, related: related)
            } else if paragraph.number != expected {
                report(
                    "Paragraph \(paragraph.number) follows paragraph \(before.number); expected \(expected).",
                    at: paragraph.numberRange, related: related)
            }
        }
    }
}
