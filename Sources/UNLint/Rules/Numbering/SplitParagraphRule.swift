/// A numbered paragraph broken in mid-sentence, as page breaks leave it.
struct SplitParagraphRule: Rule {
    static let description = RuleDescription(
        id: "numbering/split-paragraph",
        title: "Paragraph broken in mid-sentence",
        rationale: """
            A conversion from PDF or Word leaves a paragraph that ran over a page break as two blocks: \
            the first stops without closing its sentence and the second starts in lower case. Readers, \
            translators and tools then see two paragraphs where the document has one. Join the parts.
            """,
        defaultSeverity: .info,
        examples: [
            RuleExample("1. § of the session:\n\n(a) §;\n\n(b) §.\n\n2. §.\n"),
            RuleExample("Español\n\n1. § lo siguiente:\n\na) §;\n\nb) §; y\n\nc) §.\n"),
            RuleExample("1. The Board met in 2020.[^1]\n\nwhich § noted.\n"),
            RuleExample("1. Le Conseil a examiné les tendances et les conséquences de la\n\n\n\n↓pandémie. §.\n",
                messages: ["Paragraph 1 is broken in mid-sentence; join this block to the one before it."]),
            RuleExample(
                "1. The Board §\n\u{0C}21-02819 2/5\n↓recognized §.\n",
                messages: ["Paragraph 1 is broken in mid-sentence; join this block to the one before it."],
                format: .text),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        for paragraph in document.paragraphs {
            // A block that opens with a sub-paragraph label (`c) Examinar…`) is a list item, not a continuation.
            let itemStarts = Set(paragraph.subparagraphs.filter(\.startsLine).map(\.range.start.line))
            for (before, block) in zip(paragraph.blocks, paragraph.blocks.dropFirst())
            where !itemStarts.contains(block.start.line) && continuesSentence(block, after: before, in: document) {
                let line = document.source.lines[block.start.line - 1]
                let startByte = block.start.offset - line.startOffset
                let word = line.text.utf8.dropFirst(startByte).prefix { $0 != 0x20 && $0 != 0x09 }.count
                report(
                    "Paragraph \(paragraph.number) is broken in mid-sentence; join this block to the one before it.",
                    at: document.source.range(line: line.number, bytes: startByte..<(startByte + word)))
            }
        }
    }

    /// A block continues the one before it when that one left its sentence
    /// open and this one starts in lower case (or, in scripts without case,
    /// when a page break separates them).
    private func continuesSentence(_ block: Block, after before: Block, in document: Document) -> Bool {
        // The cheap test first: most blocks start a sentence in capitals.
        guard let first = block.firstCharacter(in: document.source, format: document.format),
              document.language.caseless ? block.followsPageBreak : first.isLowercase
        else { return false }
        return !Sentence.endsComplete(before.text(in: document.source, format: document.format))
    }
}
