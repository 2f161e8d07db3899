/// Headings of one rank share one Markdown level.
struct HeadingLevelRule: Rule {
    static let description = RuleDescription(
        id: "structure/heading-level",
        title: "Headings of one rank share one level",
        rationale: """
            All chapters of a document are headings of one level, and all sections of the next (UN \
            Editorial Manual, headings). Conversions from PDF or Word often write some at another \
            Markdown level, which breaks outlines, navigation and tagged PDF. The first chapter sets the \
            level of all chapters, the first section that of all sections.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample("## I. §\n\n### A. §\n\n### B. §\n\n## II. §\n"),
            RuleExample(
                "### I. §\n\n↓## II. §\n",
                messages: ["Chapter II is a level-2 heading; the first chapter, on line 1, is level 3."]),
            RuleExample(
                "# I. §\n\n## A. §\n\n↓### B. §\n",
                messages: ["Section B is a level-3 heading; the first section, on line 3, is level 2."]),
            RuleExample(
                "# I. §\n\n**↓II. §**\n",
                messages: ["Chapter II is written without a heading mark; the first chapter, on line 1, is level 1."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard document.format == .markdown else { return }
        var first: [Label.Rank: Heading] = [:]
        for heading in document.headings {
            guard let label = heading.label, label.rank != .number else { continue }
            guard let reference = first[label.rank] else {
                first[label.rank] = heading
                continue
            }
            guard heading.markdownLevel != reference.markdownLevel else { continue }
            let rank = label.rank == .chapter ? "chapter" : "section"
            let written = heading.markdownLevel.map { "is a level-\($0) heading" } ?? "is written without a heading mark"
            let expected = reference.markdownLevel.map { "is level \($0)" } ?? "has no heading mark"
            report(
                "\(rank.capitalizedFirst) \(label.text) \(written); the first \(rank), on line \(reference.line), \(expected).",
                at: heading.levelMarkerRange ?? label.range,
                related: [Diagnostic.Related(message: "the first \(rank) is here", position: reference.range.start)])
        }
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
