/// Chapters run I, II, III… in order, with valid numerals.
struct ChapterSequenceRule: Rule {
    static let description = RuleDescription(
        id: "structure/chapter-sequence",
        title: "Chapters are numbered I, II, III… in order",
        rationale: """
            Chapters (main sections) are numbered with Roman numerals in order, I, II, III… (UN Editorial \
            Manual, headings); Chinese uses 一, 二, 三… and Arabic أولا, ثانيا…. A skipped or repeated \
            chapter, or a numeral that is not a valid Roman numeral (IIII, IC), breaks the table of \
            contents and every reference to "chapter III". An annex, and each part of a document divided \
            into parts (`Part two`), numbers its chapters from I again.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("# I. Introduction\n\n# II. Debate\n\n## A. §\n\n## B. §\n\n# III. Other matters\n"),
            RuleExample("# I. Introduction\n\n# II. Debate\n\n# Annex\n\n# I. §\n"),
            RuleExample("# Part one\n\n# I. §\n\n# II. §\n\n# Part two\n\n# I. §\n\n1. §.\n"),
            RuleExample("Français\n\nPremière partie\n\nI. §\n\n1. §.\n\nDeuxième partie\n\nI. §\n\n2. §.\n", format: .text),
            RuleExample(
                "# I. Introduction\n\n# ↓III. Other matters\n", messages: ["Chapter III follows chapter I; expected II."]),
            RuleExample("# ↓II. Introduction\n", messages: ["The first chapter is numbered II; expected I."]),
            RuleExample(
                "# I. §\n\n# II. §\n\n# III. §\n\n# ↓IIII. §\n",
                messages: ["Chapter label IIII is not a valid Roman numeral; expected IV."]),
            RuleExample(
                "Chinese\n\n# 一. §\n\n# ↓三. §\n", messages: ["Chapter 三 follows chapter 一; expected 二."]),
            RuleExample(
                "I. Introduction\n\n1. §.\n\n↓III. Premier débat – §\n\n2. §.\n",
                messages: ["Chapter III follows chapter I; expected II."], format: .text),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let series = document.language.labels.chapters
        for part in document.outline.parts {
            for found in LabelSequence(part.chapters.lazy.compactMap(\.heading?.label)).breaks {
                let label = found.label
                let expected = series.label(found.expected)
                if label.value == nil {
                    report("Chapter label \(label.text) is not a valid \(series.numeralName); expected \(expected).", at: label.range)
                } else if let previous = found.previous {
                    report(
                        "Chapter \(label.text) follows chapter \(previous.text); expected \(expected).", at: label.range,
                        related: [Diagnostic.Related(message: "chapter \(previous.text) is here", position: previous.range.start)])
                } else {
                    report("The first chapter is numbered \(label.text); expected \(expected).", at: label.range)
                }
            }
        }
    }
}

extension LanguageProfile.Series {
    /// What a member of the series is called in a message.
    var numeralName: String {
        switch self {
        case .roman: "Roman numeral"
        case .chineseNumerals: "Chinese numeral"
        case .latinCapitals: "capital letter"
        case .words: "label"
        }
    }
}
