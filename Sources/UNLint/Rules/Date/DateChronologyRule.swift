/// A record of a meeting is not dated before the meeting.
struct DateChronologyRule: Rule {
    static let description = RuleDescription(
        id: "date/chronology",
        title: "Issue date before the meeting it records",
        rationale: """
            A document that records a meeting already held (a summary record, a CEB summary of \
            deliberations) is issued after that meeting, so its masthead date cannot be earlier than the \
            meeting's date given in the header block. An earlier date is a typo in one of them. Reports \
            for a coming session are issued before it and are not checked: the rule applies to the \
            document types whose `issued-after-meeting` is true in `Rules/doctypes`. The convention is \
            inferred, not read in a manual, so this is a warning.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample(
                "CEB/2021/1\n\nDistr. générale\n12 août 2021\nFrançais\nOriginal : anglais\n\nNew York (en ligne), le 4 mai 2021\n\n## Résumé des délibérations\n\n### I. Introduction\n\n1. §.\n"),
            RuleExample(
                "A/80/1\n\nDistr.: General\n3 March 2025\nOriginal: English\n\nGeneva, 12 May 2025\n\n# I. Introduction\n\n1. §.\n"),
            RuleExample(
                "CEB/2025/2*\n\nDistr.: General\n14 November 2025\nOriginal: English\n\nVienna, 23 and 24 October 2025\n\nSummary of deliberations\n\n\\* Reissued for technical reasons on 20 January 2026.\n\n# I. Introduction\n\n1. §.\n"),
            RuleExample(
                "CEB/2021/1\n\nDistr. générale\n↓12 avril 2021\nFrançais\nOriginal : anglais\n\nNew York (en ligne), le 4 mai 2021\n\n## Résumé des délibérations\n\n### I. Introduction\n\n1. §.\n",
                messages: ["The issue date 12 avril 2021 is earlier than the meeting of 4 mai 2021 that the document records."]),
            RuleExample(
                "CEB/2025/2\n\nDistr.: General\n↓14 November 2025\nOriginal: English\n\nVienna, 17 and 18 November 2025\n\n## Summary of deliberations\n\n### I. Introduction\n\n1. §.\n",
                messages: ["The issue date 14 November 2025 is earlier than the meeting of 17 November 2025 that the document records."]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        guard document.documentType?.issuedAfterMeeting == true else { return }
        let fields = document.headerFields
        guard let issued = fields.issueDate, issued.isValid, let field = fields.date else { return }
        let scanners = [document.dateScanner, document.headerDateScanner]
        // A footnote of the masthead (`* Reissued for technical reasons on …`) dates no meeting.
        for line in document.header.lines where line.number != field.line && !line.text.hasPrefix("*") {
            let text = String(document.source.lines[line.number - 1].text)
            for scanner in scanners {
                guard let mentions = try? scanner.dates(in: text) else { continue }
                for mention in mentions {
                    guard let held = mention.first.calendarDate, held.isValid, issued < held else { continue }
                    let headerScanner = scanners[1]
                    report(
                        "The issue date \(headerScanner.render(day: issued.day, month: issued.month, year: issued.year)) is earlier than the meeting of \(scanner.render(day: held.day, month: held.month, year: held.year)) that the document records.",
                        at: field.range)
                    return
                }
            }
        }
    }
}
