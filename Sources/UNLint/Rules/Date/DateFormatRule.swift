/// Dates written in a form that is not the UN form of the document language.
struct DateFormatRule: Rule {
    static let description = RuleDescription(
        id: "date/format",
        title: "Dates are written in the UN form",
        rationale: """
            UN documents write a date as day, month and year, the month in words, with no comma, ordinal \
            or leading zero: `12 August 2021`; in French and Spanish the month in lower case (`12 août \
            2021`, `1 de mayo de 2008`, the day a cardinal number), in Russian with `года` after the year \
            (`12 августа 2021 года`), in Chinese `2021年8月12日`, in Arabic with the paired month name \
            and no space beside its slash (`20 آب/أغسطس 2020`). Observed in UN documents and the \
            Spanish translators' manual; the English forms rest on the UN Editorial Manual's section on \
            dates, whose text could not be read, and some forms are unconfirmed, so this is a warning. \
            Forms such as `August 12, 2021`, `12th August 2021`, `12 Aug. 2021` and `12/08/2021` are \
            flagged in running text; tables may use numeric dates and abbreviations (as the Spanish \
            manual allows), so table rows are not checked. Document symbols and resolution numbers \
            (`78/187`, `A/RES/55/2`) are not dates.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample("Arabic\n\n1 - صدر في ٧ كانون الثاني/يناير ٢٠١٦ §.\n"),
            RuleExample("1. § on 12 August 2021, on 1 March 2021 and under resolutions 78/187, 5/1 and A/RES/55/2.\n"),
            RuleExample(
                "1. § on ↓August 12, 2021, on ↓12th August 2021, on ↓12 Aug. 2021 and on ↓12/08/2021.\n",
                messages: [
                    "'August 12, 2021' is not the UN form of a date; write '12 August 2021'.",
                    "'12th August 2021' is not the UN form of a date; write '12 August 2021'.",
                    "'12 Aug. 2021' is not the UN form of a date; write '12 August 2021'.",
                    "'12/08/2021' is not the UN form of a date; write '12 August 2021'.",
                ]),
            RuleExample(
                "1. § on ↓05 May 2021 and on ↓12 august 2021.\n",
                messages: [
                    "'05 May 2021' is not the UN form of a date; write '5 May 2021'.",
                    "'12 august 2021' is not the UN form of a date; write '12 August 2021'.",
                ]),
            RuleExample("| Date | Event |\n|---|---|\n| 12/08/2021 | § |\n\n1. § 17 and 18 may be read.\n"),
            RuleExample("1. § le 12 août 2021, le 1er mai 2021 et les 18 et 19 novembre.\n\n# 12 AOÛT 2021\n", language: "fr"),
            RuleExample(
                "1. § le ↓12 Août 2021.\n",
                messages: ["'12 Août 2021' is not the UN form of a date; write '12 août 2021'."], language: "fr"),
            RuleExample("| Fecha | § |\n|---|---|\n| 16/03/2002 | 12 ago. 2021 |\n\n1. § el 1 de mayo de 2008.\n", language: "es"),
            RuleExample(
                "1. § el ↓1º de mayo de 2008 y el ↓12 de Agosto de 2021.\n",
                messages: [
                    "'1º de mayo de 2008' is not the UN form of a date; write '1 de mayo de 2008'.",
                    "'12 de Agosto de 2021' is not the UN form of a date; write '12 de agosto de 2021'.",
                ],
                language: "es"),
            RuleExample("1. § 12 августа 2021 года и 4–15 ноября 2019 года.\n", language: "ru"),
            RuleExample(
                "1. § ↓12 августа 2021 и ↓12.08.2021.\n",
                messages: [
                    "'12 августа 2021' is not the UN form of a date; write '12 августа 2021 года'.",
                    "'12.08.2021' is not the UN form of a date; write '12 августа 2021 года'.",
                ],
                language: "ru"),
            RuleExample("1. §2021年8月12日。\n", language: "zh"),
            RuleExample(
                "1. §↓2021年8月12号。\n",
                messages: ["'2021年8月12号' is not the UN form of a date; write '2021年8月12日'."], language: "zh"),
            RuleExample("1 - § 20 آب/أغسطس 2020.\n", language: "ar"),
            RuleExample(
                "1 - § ↓20 آب/ أغسطس 2020.\n",
                messages: ["'20 آب/ أغسطس 2020' is not the UN form of a date; write '20 آب/أغسطس 2020'."], language: "ar"),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let dates = DocumentDates(document)
        let mentions = document.dateMentions
        let misformats: DateMentions
        do {
            misformats = try dates.scanner.misformats(in: document.source)
        } catch {
            report.patternFailed(error, in: document.source)
            return
        }
        var findings: [(range: Range<Int>, date: WrittenDate)] = misformats.map { ($0.range, $0.first) }
        // Dates in the language's own pattern, but with a month in the wrong
        // case (`12 Août 2021`) or a leading zero (`05 May 2021`).
        for mention in mentions {
            for date in [mention.first, mention.second].compactMap({ $0 })
            where date.monthForm == .otherCase || date.hasLeadingZero {
                findings.append((date.range, date))
            }
        }
        findings.sort { $0.range.lowerBound < $1.range.lowerBound }
        var end = Int.min
        for (range, date) in findings where range.lowerBound >= end && !dates.isInTable(range.lowerBound) {
            end = range.upperBound
            let written = date.footnoteRange.map { dates.text(range.lowerBound..<$0.lowerBound) } ?? dates.text(range)
            // Suggest what is written: a year only where one is.
            let suggestion = dates.scanner.render(
                day: date.day, month: date.month, year: date.yearRange == nil ? nil : date.year)
            report("'\(written)' is not the UN form of a date; write '\(suggestion)'.", at: dates.sourceRange(range))
        }
    }
}
