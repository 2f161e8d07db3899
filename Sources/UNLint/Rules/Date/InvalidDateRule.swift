/// Dates that cannot exist, and ranges that run backwards.
struct InvalidDateRule: Rule {
    static let description = RuleDescription(
        id: "date/invalid",
        title: "Dates exist and ranges run forwards",
        rationale: """
            A date that does not exist (31 June, 29 February of a year that is not a leap year, a \
            thirteenth month) or a range whose first date comes after its last is a typing error that \
            every language version then repeats, and no reader can tell which date was meant. The UN \
            writes dates as day, month and year in each language (UN Editorial Manual, numbers and \
            dates): `12 August 2021`, `12 août 2021`, `12 de agosto de 2021`, `12 августа 2021 года`, \
            `2021年8月12日`, `12 آب/أغسطس 2021`; ranges as `from 15 to 17 September`, `13–17 \
            December 2021`, `les 18 et 19 novembre`, `del 20 al 27 de diciembre`, `2017年6月6日至23日`. \
            A footnote number glued to a year by a PDF conversion (`23 March 202115`) is read as the \
            year 2021 and footnote 15. A range is judged backwards only when its order is certain: both \
            years written, or both dates in the same month.
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("1. § on 30 June 2021, on 29 February 2020 and on 29 February.\n"),
            RuleExample("1. § from 15 to 17 September 2004, on 18 and 19 November, 13–17 December 2021 and 23 July 2020–22 July 2021.\n"),
            RuleExample("1. § from 28 December to 3 January 2022 and from 30 June to 2 July 2021.\n"),
            RuleExample("1. § resolutions 46/12 of 23 March 202115 and 55/18 of 4 April 202416, A/RES/55/2, 78/187, the 2004-2005 biennium.\n"),
            RuleExample(
                "1. § on ↓31 June 2021 and on ↓29 February 2021.\n",
                messages: [
                    "31 June 2021 is not a date: the month has 30 days.",
                    "29 February 2021 is not a date: 2021 is not a leap year.",
                ]),
            RuleExample(
                "1. § from ↓17 to 15 September.\n",
                messages: ["This range runs backwards: 17 September comes after 15 September."]),
            RuleExample("1. § le 1er mai 2021 et les 18 et 19 novembre, du 11 avril au 8 mai 2024.\n", language: "fr"),
            RuleExample(
                "1. § le ↓31 juin 2021 et les ↓19 et 18 novembre.\n",
                messages: [
                    "31 juin 2021 is not a date: the month has 30 days.",
                    "This range runs backwards: 19 novembre comes after 18 novembre.",
                ],
                language: "fr"),
            RuleExample("1. § del 20 al 27 de diciembre y los días 23 y 24 de julio de 2010.\n", language: "es"),
            RuleExample(
                "1. § el ↓30 de febrero de 2020.\n",
                messages: ["30 de febrero de 2020 is not a date: the month has 29 days."], language: "es"),
            RuleExample("1. § 4–15 ноября 2019 года и 25 декабря 2008 года — 14 сентября 2009 года.\n", language: "ru"),
            RuleExample(
                "1. § ↓31 июня 2021 года.\n",
                messages: ["31 июня 2021 года is not a date: the month has 30 days."], language: "ru"),
            RuleExample("1. §2017年6月6日至23日，2003年8月28日。\n", language: "zh"),
            RuleExample(
                "1. §↓2021年2月30日，↓2021年13月1日。\n",
                messages: [
                    "2021年2月30日 is not a date: the month has 28 days.",
                    "2021年13月1日 is not a date: there is no month 13.",
                ],
                language: "zh"),
            RuleExample("1 - § 13 آذار/مارس 2003 و19-23 آب/أغسطس 2013.\n", language: "ar"),
            RuleExample(
                "1 - § ↓31 حزيران/يونيه 2021.\n",
                messages: ["31 حزيران/يونيه 2021 is not a date: the month has 30 days."], language: "ar"),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let dates = DocumentDates(document)
        let mentions = document.dateMentions
        for mention in mentions {
            var impossible = false
            for date in [mention.first, mention.second].compactMap({ $0 }) where !date.isPossible {
                impossible = true
                report("\(dates.scanner.render(date)) is not a date: \(reason(date)).", at: dates.sourceRange(date.range))
            }
            if !impossible, let second = mention.second, mention.runsBackwards {
                let first = mention.first
                report(
                    "This range runs backwards: \(dates.scanner.render(first)) comes after \(dates.scanner.render(second)).",
                    at: dates.sourceRange(first.range.lowerBound..<second.range.upperBound))
            }
        }
    }

    private func reason(_ date: WrittenDate) -> String {
        guard (1...12).contains(date.month) else { return "there is no month \(date.month)" }
        if date.month == 2, date.day == 29, let year = date.year {
            return "\(year) is not a leap year"
        }
        return "the month has \(Gregorian.daysInMonth(date.month, year: date.year)) days"
    }
}
