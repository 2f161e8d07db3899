/// A weekday written with a date must be that date's weekday.
struct DateWeekdayRule: Rule {
    static let description = RuleDescription(
        id: "date/weekday",
        title: "Weekdays match their dates",
        rationale: """
            Summary records, programmes and journals name the weekday of a meeting with its date (`on \
            Tuesday, 3 November 2009, at 3 p.m.`, `Vendredi 9 décembre 2011`, `el jueves 7 de enero`, \
            `в пятницу, 22 марта 2002 года`, `2021年10月7日星期四`). A weekday that does not fall on \
            the date leaves readers unsure which of the two is right. The weekday is computed in the \
            Gregorian calendar, so it is checked only when the year is written; `el jueves 7 de enero` \
            without a year is not checked. References: UN Editorial Manual, numbers and dates; the \
            headers of summary records and verbatim records.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("1. § on Tuesday, 3 November 2009, at 3 p.m., on Tuesday, 14 September 2021 and on Thursday, 7 January.\n"),
            RuleExample(
                "1. § on ↓Tuesday, 5 May 2021.\n",
                messages: ["'Tuesday' does not match 5 May 2021, which is a Wednesday."]),
            RuleExample("Vendredi 9 décembre 2011, à 15 heures\n\n1. § le mercredi 5 mai 2021.\n", language: "fr"),
            RuleExample(
                "1. § le ↓mardi 5 mai 2021.\n",
                messages: ["'mardi' does not match 5 mai 2021, which is a mercredi."], language: "fr"),
            RuleExample("1. § el jueves 7 de enero a las 15.00 horas.\n", language: "es"),
            RuleExample(
                "1. § el ↓martes 5 de mayo de 2021.\n",
                messages: ["'martes' does not match 5 de mayo de 2021, which is a miércoles."], language: "es"),
            RuleExample("1. § в пятницу, 22 марта 2002 года, в 15 час. 00 мин.\n", language: "ru"),
            RuleExample(
                "1. § в ↓четверг, 22 марта 2002 года.\n",
                messages: ["'четверг' does not match 22 марта 2002 года, which is a пятница."], language: "ru"),
            RuleExample("1. §2021年10月7日星期四下午3时30分。\n", language: "zh"),
            RuleExample(
                "1. §2021年10月7日↓星期三。\n",
                messages: ["'星期三' does not match 2021年10月7日, which is a 星期四."], language: "zh"),
            RuleExample(
                "1 - § يوم ↓الثلاثاء، 5 أيار/مايو 2021.\n",
                messages: ["'الثلاثاء' does not match 5 أيار/مايو 2021, which is a الأربعاء."], language: "ar"),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let dates = DocumentDates(document)
        let mentions = document.dateMentions
        for mention in mentions {
            for date in [mention.first, mention.second].compactMap({ $0 }) {
                guard let written = date.weekday, let weekdayRange = date.weekdayRange,
                      let actual = date.calendarDate?.weekday, actual != written
                else { continue }
                report(
                    "'\(dates.text(weekdayRange))' does not match \(dates.scanner.render(date)), which is a \(dates.scanner.weekdayName(actual)).",
                    at: dates.sourceRange(weekdayRange))
            }
        }
    }
}
