import Foundation
import Testing
@testable import UNLint

// MARK: - Calendar

@Suite struct DateCalendarTests {
    @Test(arguments: [
        (1600, true), (1900, false), (1946, false), (1948, true), (2000, true), (2020, true),
        (2021, false), (2024, true), (2100, false), (2400, true),
    ])
    func leapYears(year: Int, leap: Bool) {
        #expect(Gregorian.isLeapYear(year) == leap)
    }

    @Test func everyMonthLength() {
        let common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for month in 1...12 {
            #expect(Gregorian.daysInMonth(month, year: 2021) == common[month - 1], "month \(month)")
            #expect(Gregorian.daysInMonth(month, year: 2020) == (month == 2 ? 29 : common[month - 1]), "month \(month)")
            #expect(Gregorian.daysInMonth(month, year: nil) == (month == 2 ? 29 : common[month - 1]), "month \(month)")
        }
        #expect(Gregorian.daysInMonth(2, year: 1900) == 28)
        #expect(Gregorian.daysInMonth(2, year: 2000) == 29)
        #expect(Gregorian.daysInMonth(0, year: 2021) == 0)
        #expect(Gregorian.daysInMonth(13, year: 2021) == 0)
    }

    /// Every day from 1 January 1946 (a Tuesday) to 31 December 2100, its
    /// weekday counted on from that day, against the formula.
    @Test func weekdayOfEveryDayFrom1946To2100() {
        var weekday = 2  // Tuesday
        var checked = 0
        for year in 1946...2100 {
            for month in 1...12 {
                for day in 1...Gregorian.daysInMonth(month, year: year) {
                    if Gregorian.weekday(year: year, month: month, day: day) != weekday {
                        Issue.record("\(CalendarDate(year: year, month: month, day: day)): expected weekday \(weekday)")
                        return
                    }
                    weekday = weekday % 7 + 1
                    checked += 1
                }
            }
        }
        #expect(checked == 56_613)  // 155 years, 38 of them leap years
    }

    /// The first of every month from 1600 to 2400 against Foundation's Gregorian calendar.
    @Test func weekdayAgreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for year in stride(from: 1600, through: 2400, by: 7) {
            for month in 1...12 {
                let date = try #require(calendar.date(from: DateComponents(year: year, month: month, day: 1)))
                let foundation = (calendar.component(.weekday, from: date) + 5) % 7 + 1  // Sunday 1 → 7
                #expect(Gregorian.weekday(year: year, month: month, day: 1) == foundation, "\(year)-\(month)")
            }
        }
    }

    @Test func knownWeekdays() {
        #expect(CalendarDate(year: 1945, month: 6, day: 26).weekday == 2)  // Charter signed, a Tuesday
        #expect(CalendarDate(year: 2009, month: 11, day: 3).weekday == 2)
        #expect(CalendarDate(year: 2002, month: 3, day: 22).weekday == 5)
        #expect(CalendarDate(year: 2021, month: 5, day: 5).weekday == 3)
        #expect(CalendarDate(year: 2021, month: 10, day: 7).weekday == 4)
        #expect(CalendarDate(year: 2021, month: 2, day: 29).weekday == nil)
    }

    @Test func validityAndOrder() {
        #expect(CalendarDate(year: 2020, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2021, month: 2, day: 29).isValid)
        #expect(!CalendarDate(year: 2021, month: 6, day: 31).isValid)
        #expect(!CalendarDate(year: 2021, month: 13, day: 1).isValid)
        #expect(!CalendarDate(year: 2021, month: 1, day: 0).isValid)
        #expect(CalendarDate(year: 2020, month: 7, day: 23) < CalendarDate(year: 2021, month: 7, day: 22))
        #expect(CalendarDate(year: 2021, month: 8, day: 2).description == "2021-08-02")
    }
}

// MARK: - Scanning

/// A date found in a text, by what its ranges hold.
private struct Seen: Equatable, CustomStringConvertible {
    var day: Int, month: Int, year: Int?
    var dayText: String, monthText: String?, yearText: String?
    var description: String { "\(day)/\(month)/\(year.map(String.init) ?? "-") [\(dayText)|\(monthText ?? "-")|\(yearText ?? "-")]" }

    init(_ day: Int, _ month: Int, _ year: Int?, _ dayText: String, _ monthText: String?, _ yearText: String?) {
        (self.day, self.month, self.year) = (day, month, year)
        (self.dayText, self.monthText, self.yearText) = (dayText, monthText, yearText)
    }

    init(_ date: WrittenDate, in text: String) {
        func slice(_ range: Range<Int>?) -> String? {
            range.map { String(decoding: text.utf8[bytesIn: $0], as: UTF8.self) }
        }
        self.init(date.day, date.month, date.year, slice(date.dayRange)!, slice(date.monthRange), slice(date.yearRange))
    }
}

@Suite struct DateScannerTests {
    static func scanner(_ code: String) throws -> DateScanner {
        DateScanner(profile: try #require(TestSupport.catalog.entry(code: code)).profile)
    }

    static func scan(_ text: String, _ code: String) throws -> [DateMention] {
        Array(try scanner(code).dates(in: text))
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: text.utf8[bytesIn: range], as: UTF8.self)
    }

    /// One single date per case, its parts read and located exactly.
    @Test(arguments: [
        ("en", "on 12 August 2021.", Seen(12, 8, 2021, "12", "August", "2021")),
        ("en", "Distr.: General 6 July 2015", Seen(6, 7, 2015, "6", "July", "2015")),
        ("en", "on 1\u{A0}March 2021", Seen(1, 3, 2021, "1", "March", "2021")),
        ("en", "adopted on 12\nAugust 2021", Seen(12, 8, 2021, "12", "August", "2021")),
        ("en", "on 18 November only", Seen(18, 11, nil, "18", "November", nil)),
        ("fr", "le 12 août 2021", Seen(12, 8, 2021, "12", "août", "2021")),
        ("fr", "le 1er mai 2021", Seen(1, 5, 2021, "1er", "mai", "2021")),
        ("fr", "« Réunion » du Conseil, le 4\u{202F}décembre", Seen(4, 12, nil, "4", "décembre", nil)),
        ("es", "el 12 de agosto de 2021", Seen(12, 8, 2021, "12", "agosto", "2021")),
        ("es", "el jueves 7 de enero a las 15.00 horas", Seen(7, 1, nil, "7", "enero", nil)),
        ("ru", "12 августа 2021 года", Seen(12, 8, 2021, "12", "августа", "2021")),
        ("ru", "1 января 2004 г.", Seen(1, 1, 2004, "1", "января", "2004")),
        ("zh", "于2021年8月12日通过", Seen(12, 8, 2021, "12", "8", "2021")),
        ("zh", "8月12日", Seen(12, 8, nil, "12", "8", nil)),
        ("ar", "في 13 آذار/مارس 2003", Seen(13, 3, 2003, "13", "آذار/مارس", "2003")),
        ("ar", "في 17 كانون الأول/ديسمبر 1971", Seen(17, 12, 1971, "17", "كانون الأول/ديسمبر", "1971")),
        ("ar", "في ١٣ آذار/مارس ٢٠٠٣", Seen(13, 3, 2003, "١٣", "آذار/مارس", "٢٠٠٣")),
    ])
    fileprivate func singleDate(code: String, text: String, expected: Seen) throws {
        let found = try Self.scan(text, code)
        try #require(found.count == 1, "\(found)")
        #expect(!found[0].isRange)
        #expect(Seen(found[0].first, in: text) == expected)
    }

    /// Ranges and pairs: both dates, with the parts written once shared.
    @Test(arguments: [
        ("en", "from 15 to 17 September 2004", Seen(15, 9, 2004, "15", nil, nil), Seen(17, 9, 2004, "17", "September", "2004"), "from 15 to 17 September 2004"),
        ("en", "on 4 and 5 May 2023", Seen(4, 5, 2023, "4", nil, nil), Seen(5, 5, 2023, "5", "May", "2023"), "4 and 5 May 2023"),
        ("en", "on 18 and 19 November.", Seen(18, 11, nil, "18", nil, nil), Seen(19, 11, nil, "19", "November", nil), "18 and 19 November"),
        ("en", "(13–17 December 2021)", Seen(13, 12, 2021, "13", nil, nil), Seen(17, 12, 2021, "17", "December", "2021"), "13–17 December 2021"),
        ("en", "(Florence, 15-17 September 2004)", Seen(15, 9, 2004, "15", nil, nil), Seen(17, 9, 2004, "17", "September", "2004"), "15-17 September 2004"),
        ("en", "23 July 2020–22 July 2021", Seen(23, 7, 2020, "23", "July", "2020"), Seen(22, 7, 2021, "22", "July", "2021"), "23 July 2020–22 July 2021"),
        ("en", "13 July 2021 – 16 July 2021", Seen(13, 7, 2021, "13", "July", "2021"), Seen(16, 7, 2021, "16", "July", "2021"), "13 July 2021 – 16 July 2021"),
        ("en", "24 February–20 March 2020", Seen(24, 2, 2020, "24", "February", nil), Seen(20, 3, 2020, "20", "March", "2020"), "24 February–20 March 2020"),
        ("en", "from 28 December to 3 January 2022", Seen(28, 12, 2021, "28", "December", nil), Seen(3, 1, 2022, "3", "January", "2022"), "from 28 December to 3 January 2022"),
        ("fr", "les 18 et 19 novembre", Seen(18, 11, nil, "18", nil, nil), Seen(19, 11, nil, "19", "novembre", nil), "18 et 19 novembre"),
        ("fr", "du 11 avril au 8 mai 2024", Seen(11, 4, 2024, "11", "avril", nil), Seen(8, 5, 2024, "8", "mai", "2024"), "du 11 avril au 8 mai 2024"),
        ("es", "del 20 al 27 de diciembre", Seen(20, 12, nil, "20", nil, nil), Seen(27, 12, nil, "27", "diciembre", nil), "del 20 al 27 de diciembre"),
        ("es", "los días 23 y 24 de julio de 2010", Seen(23, 7, 2010, "23", nil, nil), Seen(24, 7, 2010, "24", "julio", "2010"), "23 y 24 de julio de 2010"),
        ("es", "entre el 20 y el 27 de diciembre", Seen(20, 12, nil, "20", nil, nil), Seen(27, 12, nil, "27", "diciembre", nil), "20 y el 27 de diciembre"),
        ("es", "Nairobi, 5 a 9 de mayo de 2003", Seen(5, 5, 2003, "5", nil, nil), Seen(9, 5, 2003, "9", "mayo", "2003"), "5 a 9 de mayo de 2003"),
        ("ru", "4–15 ноября 2019 года", Seen(4, 11, 2019, "4", nil, nil), Seen(15, 11, 2019, "15", "ноября", "2019"), "4–15 ноября 2019"),
        ("ru", "25 декабря 2008 года — 14 сентября 2009 года", Seen(25, 12, 2008, "25", "декабря", "2008"), Seen(14, 9, 2009, "14", "сентября", "2009"), "25 декабря 2008 года — 14 сентября 2009"),
        ("zh", "2017年6月6日至23日", Seen(6, 6, 2017, "6", "6", "2017"), Seen(23, 6, 2017, "23", nil, nil), "2017年6月6日至23日"),
        ("zh", "2020年7月23日至2021年7月22日", Seen(23, 7, 2020, "23", "7", "2020"), Seen(22, 7, 2021, "22", "7", "2021"), "2020年7月23日至2021年7月22日"),
        ("ar", "نيويورك، 19-23 آب/أغسطس 2013", Seen(19, 8, 2013, "19", nil, nil), Seen(23, 8, 2013, "23", "آب/أغسطس", "2013"), "19-23 آب/أغسطس 2013"),
        ("ar", "26 تموز/يوليه 2018 - 24 تموز/يوليه 2019", Seen(26, 7, 2018, "26", "تموز/يوليه", "2018"), Seen(24, 7, 2019, "24", "تموز/يوليه", "2019"), "26 تموز/يوليه 2018 - 24 تموز/يوليه 2019"),
        ("ar", "يومي 8 و9 أيار/مايو", Seen(8, 5, nil, "8", nil, nil), Seen(9, 5, nil, "9", "أيار/مايو", nil), "8 و9 أيار/مايو"),
    ])
    fileprivate func range(code: String, text: String, first: Seen, second: Seen, written: String) throws {
        let found = try Self.scan(text, code)
        try #require(found.count == 1, "\(found)")
        let mention = found[0]
        #expect(mention.isRange)
        #expect(Seen(mention.first, in: text) == first)
        #expect(Seen(try #require(mention.second), in: text) == second)
        #expect(Self.slice(text, mention.range).hasPrefix(written), "\(Self.slice(text, mention.range))")
        #expect(!mention.runsBackwards)
    }

    @Test(arguments: [
        ("en", "from 17 to 15 September"), ("fr", "les 19 et 18 novembre"), ("es", "del 27 al 20 de diciembre"),
        ("ru", "15–4 ноября 2019 года"), ("zh", "2017年6月23日至6日"), ("en", "22 July 2021–23 July 2020"),
    ])
    func backwardRanges(code: String, text: String) throws {
        let found = try Self.scan(text, code)
        try #require(found.count == 1)
        #expect(found[0].runsBackwards)
    }

    /// `23 March 202115`: the year 2021 and footnote 15, never a year 202115.
    @Test func footnoteNumberGluedToTheYear() throws {
        let text = "resolutions 46/12 of 23 March 202115 and 55/18 of 4 April 202416 and 31 June 20213"
        let found = try Self.scan(text, "en")
        #expect(found.map { Seen($0.first, in: text) } == [
            Seen(23, 3, 2021, "23", "March", "2021"), Seen(4, 4, 2024, "4", "April", "2024"),
            Seen(31, 6, 2021, "31", "June", "2021"),
        ])
        #expect(found.map { $0.first.footnoteRange.map { Self.slice(text, $0) } } == ["15", "16", "3"])
        #expect(found[0].first.isPossible && found[1].first.isPossible && !found[2].first.isPossible)
        // Five more digits are no footnote: no year, so no date with year 20211.
        let long = try Self.scan("on 23 March 20211234 people", "en")
        #expect(long.map(\.first.year) == [nil])
        // An implausible year is no date at all.
        #expect(try Self.scan("12 May 9999", "en").isEmpty)
    }

    @Test(arguments: [
        ("en", "resolutions 78/187 and 5/1, A/RES/55/2, the 2004-2005 biennium, 1.5 per cent, page 2/5"),
        ("en", "paragraphs 17 and 18 may be read together; the 12 months to March 2021"),
        ("en", "45 June 2021 and 0 March"),
        ("en", "A/75/12 August"),
        ("fr", "les résolutions 78/187 et 5/1, 1,5 %, 2/5"),
        ("es", "16/03/2002"),
        ("zh", "第78/187号决议，2004-2005两年期"),
        ("ar", "القرار 78/187"),
    ])
    func nonDates(code: String, text: String) throws {
        #expect(try Self.scan(text, code).isEmpty)
    }

    @Test func weekdayIsRead() throws {
        let text = "on Tuesday, 3 November 2009, at 3 p.m."
        let found = try Self.scan(text, "en")
        try #require(found.count == 1)
        #expect(found[0].first.weekday == 2)
        #expect(Self.slice(text, try #require(found[0].first.weekdayRange)) == "Tuesday")
        #expect(Self.slice(text, found[0].first.range) == "3 November 2009")
        let chinese = "2021年10月7日星期四下午3时30分"
        #expect(try Self.scan(chinese, "zh").first?.first.weekday == 4)
        let russian = "в пятницу, 22 марта 2002 года"
        #expect(try Self.scan(russian, "ru").first?.first.weekday == 5)
    }

    @Test func monthCaseIsRecorded() throws {
        let forms = try Self.scan("le 12 Août 2021, le 12 AOÛT 2021, le 12 août 2021", "fr").map(\.first.monthForm)
        #expect(forms == [.otherCase, .upperCase, .name])
        // Cyrillic case folds too.
        #expect(try Self.scan("12 Августа 2021 года", "ru").map(\.first.monthForm) == [.otherCase])
    }

    @Test func misformatsAreReadIntoTheirParts() throws {
        let text = "on August 12, 2021, on 12th August 2021, 12 Sept. 2021, 12/08/2021, 08/13/2021 and 31/31/2021"
        let found = try Self.scanner("en").misformats(in: text)
        #expect(found.map { Self.slice(text, $0.range) } == ["August 12, 2021", "12th August 2021", "12 Sept. 2021", "12/08/2021", "08/13/2021"])
        #expect(found.map(\.first.month) == [8, 8, 9, 8, 8])
        #expect(found.map(\.first.day) == [12, 12, 12, 12, 13])
        #expect(found[2].first.monthForm == .abbreviation)
        // An abbreviation needs its full stop or a year: `Mar del Plata` is a place.
        #expect(try Self.scanner("es").misformats(in: "el 14 de Mar del Plata y el 12 ago. y el 13 ago 2021").map(\.first.day) == [12, 13])
        #expect(try Self.scanner("en").misformats(in: "on 12 Jan and 12 Jan 2021").map(\.first.year) == [2021])
        // The Arabic pattern for stray spaces does not report the correct spelling.
        #expect(try Self.scanner("ar").misformats(in: "20 آب/أغسطس 2020").isEmpty)
        #expect(try Self.scanner("ar").misformats(in: "20 آب/ أغسطس 2020").map(\.first.monthForm) == [.spaced])
    }

    /// Offsets are UTF-8 offsets in the file: a byte-order mark counts.
    @Test func offsetsInASourceCountTheByteOrderMark() throws {
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Le 12 août 2021".utf8))
        let found = try Self.scanner("fr").dates(in: source)
        #expect(found.first?.first.dayRange == 6..<8)
        #expect(found.first?.first.monthRange == 9..<14)
    }

    /// A range taken by one pattern is not found again, in part, by the
    /// single-date patterns after it, and mentions come out in text order,
    /// whatever pattern found them: with a byte-order mark too.
    @Test func aRangeHidesTheDatesInsideItAndMentionsStayInOrder() throws {
        let text = "Le 3 mai 2021, du 15 au 17 septembre 2021 et le 1er juin."
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let found = try Self.scanner("fr").dates(in: source)
        #expect(found.map { Self.slice(text, ($0.range.lowerBound - 3)..<($0.range.upperBound - 3)) }
            == ["3 mai 2021", "du 15 au 17 septembre 2021", "1er juin"])
        #expect(found.map(\.isRange) == [false, true, false])
    }

    @Test func theUNFormIsWrittenInEachLanguage() throws {
        #expect(try Self.scanner("en").render(day: 12, month: 8, year: 2021) == "12 August 2021")
        #expect(try Self.scanner("fr").render(day: 1, month: 5, year: 2021) == "1er mai 2021")
        #expect(try Self.scanner("fr").render(day: 12, month: 8, year: nil) == "12 août")
        #expect(try Self.scanner("es").render(day: 1, month: 5, year: 2008) == "1 de mayo de 2008")
        #expect(try Self.scanner("es").render(day: 20, month: 12, year: nil) == "20 de diciembre")
        #expect(try Self.scanner("ru").render(day: 12, month: 8, year: 2021) == "12 августа 2021 года")
        #expect(try Self.scanner("zh").render(day: 12, month: 8, year: 2021) == "2021年8月12日")
        #expect(try Self.scanner("zh").render(day: 12, month: 8, year: nil) == "8月12日")
        #expect(try Self.scanner("ar").render(day: 13, month: 3, year: 2003) == "13 آذار/مارس 2003")
    }
}

// MARK: - Forms and the header API

@Suite struct DateFormsTests {
    @Test(arguments: ["ar", "en", "es", "fr", "ru", "zh"])
    func builtInFormsAreComplete(code: String) throws {
        let dates = try #require(TestSupport.catalog.entry(code: code)).profile.dates
        if case .names(let names) = dates.months {
            #expect(names.count == 12 && names.allSatisfy { !$0.isEmpty })
        } else {
            #expect(code == "zh")
        }
        #expect(dates.weekdays.count == 7)
        #expect(!dates.dates.isEmpty && !dates.ranges.isEmpty)
    }

    /// Spaces outside classes become any space or a line break; quantifiers
    /// and classes are left alone; placeholders are wrapped in a group.
    @Test func expansion() throws {
        let placeholders = try DatePlaceholders(
            months: .numeric, weekdays: [], firstDay: [], abbreviations: [])
        #expect(try placeholders.expand(#"a b[ c]d{2}\ e"#) == #"a(?:\h|\R)b[ c]d{2}\ e"#)
        #expect(try placeholders.expand("[]x ]y z").hasSuffix(#"y(?:\h|\R)z"#))
        #expect(try placeholders.expand("{month}").hasPrefix("(?:"))
        #expect(throws: DatePatternError.placeholder("unknown placeholder {weekday}; this language has: {day}, {month}, {year}")) {
            try placeholders.expand("{weekday}")
        }
    }

    /// Names are written as a tree of their common beginnings (the longest
    /// first, then in reverse alphabetical order), a longer name tried before
    /// a shorter one it begins with; a name ending in an ideograph has no word end.
    @Test func namesShareTheirBeginnings() {
        let end = #"(?![\p{L}\p{M}])"#
        #expect(DatePlaceholders.alternation(["June", "July", "Jun"])
            == "(?i:Ju(?:ly\(end)|n(?:e\(end)|\(end))))")
        #expect(DatePlaceholders.alternation(["星期", "星期一", "周一"]) == "(?i:(?:星期(?:一|)|周一))")
        #expect(DatePlaceholders.alternation(["آب/أغسطس", "آب/آ"], spacedSlash: true)
            == #"(?i:آب\h*/\h*(?:أغسطس"# + end + "|آ" + end + "))")
    }

    @Test func namesAreEscapedAndCaseless() throws {
        let forms = try DateForms(
            months: .names([["Jan."], ["b"], ["c"], ["d"], ["e"], ["f"], ["g"], ["h"], ["i"], ["j"], ["k"], ["l (x)"]]),
            weekdays: [], written: "{day} {month}[ {year}]", dates: ["(?<day>{day}) (?<month>{month})"])
        let scanner = DateScanner(forms: forms)
        #expect(try scanner.dates(in: "3 JAN. and 4 janx and 5 l (x)").map(\.first.month) == [1, 12])
    }

    @Test func russianChineseAndArabicHeaderDatesAreEnglish() throws {
        for (code, issue) in [("ru", "Russian"), ("zh", "Chinese"), ("ar", "Arabic")] {
            let document = try TestSupport.parse("Distr.: General\n6 July 2015\n\(issue)\nOriginal: English\n\n1. Text.\n")
            #expect(document.language.code == code)
            let scanner = DateScanner.header(for: document.language)
            #expect(scanner.headerDate(onLine: "6 July 2015") == CalendarDate(year: 2015, month: 7, day: 6))
            #expect(scanner.headerDate(onLine: "General Assembly Distr.: General 5 December 2025")
                == CalendarDate(year: 2025, month: 12, day: 5))
            #expect(DateScanner(profile: document.language).headerDate(onLine: "6 July 2015") == nil)
        }
        let french = try TestSupport.parse("Distr. générale\n12 août 2021\nFrançais\nOriginal : anglais\n\n1. Texte.\n")
        #expect(DateScanner.header(for: french.language).headerDate(onLine: "12 août 2021") == CalendarDate(year: 2021, month: 8, day: 12))
        #expect(DateScanner.header(for: french.language).forms == french.language.dates)
        let russian = try #require(TestSupport.catalog.entry(code: "ru")).profile
        #expect(DateScanner.header(for: russian).forms == TestSupport.catalog.entry(code: "en")?.profile.dates)
    }

    @Test func headerDateReportsImpossibleDatesAsWritten() throws {
        let english = DateScanner(profile: try #require(TestSupport.catalog.entry(code: "en")).profile)
        let date = try #require(english.headerDate(onLine: "31 June 2021"))
        #expect(!date.isValid)
        #expect(english.headerDate(onLine: "Geneva, 8-19 February 2010") == nil)
        #expect(english.headerDate(onLine: "Original: English") == nil)
        let written = try #require(try english.date(onLine: "Distr.: General 23 March 202115"))
        #expect(written.year == 2021 && written.footnoteRange == 29..<31)
    }
}

// MARK: - Rules on whole documents

@Suite struct DateRuleTests {
    static let rules: [any Rule.Type] = [DateFormatRule.self, InvalidDateRule.self, DateWeekdayRule.self]

    @Test func frenchSampleFormsAreClean() throws {
        let text = """
            Distr. générale
            12 août 2021
            Français
            Original : anglais

            New York (en ligne), le 4 mai 2021

            1. La session s'est tenue le 4 mai 2021 et les 18 et 19 novembre.
            """
        #expect(try TestSupport.lint(text, rules: Self.rules).isEmpty)
    }

    @Test func plainTextTableRowsAreNotCheckedForFormat() throws {
        let text = "Distr.: General\n\n1. Text.\n\n  Date          Event\n  12/08/2021    Opening\n\n2. On 12/08/2021 the Board met.\n"
        let findings = try TestSupport.lint(text, format: .text, rules: Self.rules).map(Finding.init)
        #expect(findings == [Finding("date/format", 8, 7, "'12/08/2021' is not the UN form of a date; write '12 August 2021'.")])
    }

    @Test func aDateBrokenOverTwoLinesIsOneDate() throws {
        let findings = try TestSupport.lint("1. The Board met on 31\nJune 2021.\n", rules: Self.rules).map(Finding.init)
        #expect(findings == [Finding("date/invalid", 1, 21, "31 June 2021 is not a date: the month has 30 days.")])
    }
}

/// Mentions are stored packed; each reads back exactly as it was taken,
/// including those too wide for a record, which are kept whole.
@Suite struct DateMentionsTests {
    static func date(
        day: Int = 12, month: Int = 8, year: Int? = 2021, weekday: Int? = nil, at start: Int,
        monthAt: Int? = 3, yearAt: Int? = 10, weekdayAt: Int? = nil, footnoteAt: Int? = nil
    ) -> WrittenDate {
        WrittenDate(
            day: day, month: month, year: year, weekday: weekday, dayRange: start..<(start + 2),
            monthRange: monthAt.map { (start + $0)..<(start + $0 + 6) }, yearRange: yearAt.map { (start + $0)..<(start + $0 + 4) },
            weekdayRange: weekdayAt.map { (start + $0)..<(start + $0 + 8) },
            footnoteRange: footnoteAt.map { (start + $0)..<(start + $0 + 2) }, monthForm: .otherCase, hasLeadingZero: true)
    }

    @Test func mentionsReadBackAsTaken() {
        let far = 5_000_000_000  // past 4 GB: starts are kept at full width
        let taken = [
            // A single date with a weekday before it and a glued footnote number.
            DateMention(first: Self.date(weekday: 4, at: 110, weekdayAt: -10, footnoteAt: 14), range: 100..<126),
            // A range: its second date in the side list.
            DateMention(
                first: Self.date(at: 205, monthAt: nil, yearAt: nil),
                second: Self.date(day: 17, at: 213), range: 200..<230),
            // A part 300 bytes from the mention's start, and a year no Int16 holds: kept whole.
            DateMention(first: Self.date(at: 1_000, yearAt: 300), range: 1_000..<1_304),
            DateMention(first: Self.date(year: 40_000, at: 2_000), range: 2_000..<2_014),
            // A month as written in Chinese (`13月`), which no calendar has.
            DateMention(first: Self.date(month: 13, year: nil, at: far, yearAt: nil), range: far..<(far + 9)),
        ]
        let mentions = DateMentions(taken)
        #expect(Array(mentions) == taken)
        #expect(mentions.indices.map { mentions.range(at: $0) } == taken.map(\.range))
        #expect(mentions == DateMentions(taken))
        #expect(mentions != DateMentions(taken.dropLast()))
    }
}
