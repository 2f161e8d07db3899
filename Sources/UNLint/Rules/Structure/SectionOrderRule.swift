/// The chapters that the document type requires are there, in their places.
struct SectionOrderRule: Rule {
    static let description = RuleDescription(
        id: "structure/section-order",
        title: "Required chapters are present and in place",
        rationale: """
            Some kinds of document have a fixed outline, so that readers of every session and every \
            language version find the same parts in the same places. A summary of deliberations of \
            the Chief Executives Board (CEB) opens with chapter I, Introduction (the session, its date \
            and venue, the list of segments) and ends with Other matters (tributes, approval of \
            documents, dates of the next sessions), as CEB/2021/1 does; the kinds of document and their \
            required chapters are data, in Rules/doctypes/. The type is read from the header block (a \
            symbol such as CEB/2021/1, or a title line such as "Résumé des délibérations") or given \
            with --doctype; a document of no known type, or of a type that requires no chapter \
            (resolutions, reports, summary records), is not checked. Only the chapters of the main \
            body count, not those of annexes; a title is recognised in any language, and a chapter \
            whose title is not known in the document language is not checked. A missing chapter is \
            reported where it belongs: at the label of the first chapter when the type begins with \
            it, of the last chapter when the type ends with it. A document with no chapter at all is \
            not checked, since its headings may have been lost in conversion.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample(
                "CEB/2025/2\n\nSummary of deliberations\n\n# I. Introduction\n\n1. §.\n\n# II. First segment – §\n\n2. §.\n\n"
                    + "# III. Other matters\n\n## A. Tribute to departing members\n\n3. §.\n\n# Annex\n\n# I. §\n"),
            RuleExample(
                "Distr. générale\nFrançais\nOriginal : anglais\n\n## Résumé des délibérations\n\n### I. Introduction\n\n1. §.\n\n"
                    + "### II. Premier débat – §\n\n2. §.\n\n### **III. Autres questions**\n\n3. §.\n"),
            RuleExample(
                "Resumen de las deliberaciones\n\n# I. Introducción\n\n1. §.\n\n# II. Otros asuntos\n\n2. §.\n", language: "es"),
            // A report requires no chapter; a document of no known type is not checked.
            RuleExample("Report of the Secretary-General\n\n# I. Background\n\n1. §.\n\n# II. Conclusions\n\n2. §.\n"),
            RuleExample("# I. §\n\n1. §.\n\n# II. §\n\n2. §.\n"),
            RuleExample(
                "Summary of deliberations\n\n# I. Introduction\n\n1. §.\n\n# ↓II. First segment – §\n\n2. §.\n",
                messages: [#"The document has no chapter "Other matters"; a CEB summary of deliberations ends with it."#]),
            RuleExample(
                "Français\n\nRésumé des délibérations\n\n# I. Introduction\n\n1. §.\n\n# ↓II. Autres questions\n\n2. §.\n\n"
                    + "# III. Deuxième débat – §\n\n3. §.\n",
                messages: [
                    #"Chapter II, "Other matters" (Autres questions), is not the last chapter; a CEB summary of deliberations ends with it."#
                ]),
            RuleExample(
                "Resumen de las deliberaciones\n\n# ↓I. Primer segmento – §\n\n1. §.\n\n# II. Otros asuntos\n\n2. §.\n",
                messages: [
                    #"The document has no chapter "Introduction" (Introducción); a CEB summary of deliberations begins with it."#
                ],
                language: "es"),
            RuleExample(
                "CEB/2025/1\n\n# I. First segment – §\n\n1. §.\n\n# ↓II. Introduction\n\n2. §.\n\n# III. Other matters\n\n3. §.\n",
                messages: [
                    #"Chapter II, "Introduction", is not the first chapter; a CEB summary of deliberations begins with it."#
                ]),
            RuleExample(
                "Distr. générale\n\nRésumé des délibérations\n\n↓I. Premier débat – §\n\n1. §.\n\n↓II. Deuxième débat – §\n\n2. §.\n",
                messages: [
                    #"The document has no chapter "Introduction"; a CEB summary of deliberations begins with it."#,
                    #"The document has no chapter "Other matters" (Autres questions); a CEB summary of deliberations ends with it."#,
                ],
                format: .text),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard let type = document.documentType, !type.requiredChapters.isEmpty else { return }
        let chapters = document.outline.parts.first { $0.annex == 0 }?.chapters.compactMap(\.heading) ?? []
        guard !chapters.isEmpty else { return }
        let language = document.language.code
        // The chapters that match each required chapter checkable in this language, by index in `chapters`.
        var found: [(required: DocumentType.RequiredChapter, matches: [Int])] = []
        do {
            for required in type.requiredChapters where required.titles[language] != nil {
                var matches: [Int] = []
                for (index, chapter) in chapters.enumerated() where try required.matches(title: chapter.title) {
                    matches.append(index)
                }
                found.append((required, matches))
            }
        } catch {
            // A pattern hit the match limit: no finding rather than a false one.
            return
        }
        let kind = "a \(type.name)"
        for (position, entry) in found.enumerated() {
            let required = entry.required
            let name = Self.quoted(required, in: language)
            switch required.position {
            case .first:
                guard entry.matches.first != 0 else { break }
                if let index = entry.matches.first {
                    report(
                        "\(Self.chapter(chapters[index], named: name)) is not the first chapter; \(kind) begins with it.",
                        at: chapters[index].label!.range,
                        related: [Self.related("the first chapter is here", chapters[0])])
                } else {
                    report("The document has no chapter \(name); \(kind) begins with it.", at: chapters[0].label!.range)
                }
            case .last:
                let last = chapters.count - 1
                guard entry.matches.last != last else { break }
                if let index = entry.matches.last {
                    report(
                        "\(Self.chapter(chapters[index], named: name)) is not the last chapter; \(kind) ends with it.",
                        at: chapters[index].label!.range,
                        related: [Self.related("the last chapter is here", chapters[last])])
                } else {
                    report("The document has no chapter \(name); \(kind) ends with it.", at: chapters[last].label!.range)
                }
            case nil:
                let before = found[..<position].last { !$0.matches.isEmpty }
                let after = found[(position + 1)...].first { !$0.matches.isEmpty }
                guard let index = entry.matches.first else {
                    // Missing: reported at the next required chapter found, else after the previous one, else at the last chapter.
                    if let after {
                        let next = Self.quoted(after.required, in: language)
                        report(
                            "The document has no chapter \(name); \(kind) has it before chapter \(next).",
                            at: chapters[after.matches[0]].label!.range)
                    } else if let before {
                        let previous = Self.quoted(before.required, in: language)
                        report(
                            "The document has no chapter \(name); \(kind) has it after chapter \(previous).",
                            at: chapters[before.matches[0]].label!.range)
                    } else {
                        report("The document has no chapter \(name); \(kind) has one.", at: chapters[chapters.count - 1].label!.range)
                    }
                    continue
                }
                if let before, before.matches[0] > index {
                    let previous = Self.quoted(before.required, in: language)
                    report(
                        "\(Self.chapter(chapters[index], named: name)) comes before chapter \(previous); \(kind) has it after.",
                        at: chapters[index].label!.range,
                        related: [Self.related("chapter \(previous) is here", chapters[before.matches[0]])])
                }
            }
        }
    }

    /// `"Other matters" (Autres questions)`: the English name, and the
    /// document language's where it differs.
    private static func quoted(_ chapter: DocumentType.RequiredChapter, in language: String) -> String {
        guard let local = chapter.titles[language]?.name, local != chapter.name else { return "\"\(chapter.name)\"" }
        return "\"\(chapter.name)\" (\(local))"
    }

    /// `Chapter II, "Other matters" (Autres questions),`
    private static func chapter(_ heading: Heading, named name: String) -> String {
        "Chapter \(heading.label!.text), \(name),"
    }

    private static func related(_ message: String, _ heading: Heading) -> Diagnostic.Related {
        Diagnostic.Related(message: message, position: heading.label!.range.start)
    }
}
