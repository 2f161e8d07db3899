/// A date as a document writes it: its parts, read into numbers, and where
/// each part stands. Ranges are UTF-8 offsets on the base the scan was given
/// (file offsets, as in ``SourcePosition/offset``, for a ``SourceText``).
public struct WrittenDate: Sendable, Equatable {
    public var day: Int
    /// 1–12, or a numeric month as written (Chinese `13月`), which makes the date invalid.
    public var month: Int
    /// The year as written or, for one end of a range, as the other end gives it.
    public var year: Int?
    /// The weekday written with the date, 1 for Monday to 7 for Sunday.
    public var weekday: Int?
    public var dayRange: Range<Int>
    /// Nil when the month is not written here but shared with the other end of a range (`15` in `15–17 May`).
    public var monthRange: Range<Int>?
    /// Nil when no year is written here.
    public var yearRange: Range<Int>?
    public var weekdayRange: Range<Int>?
    /// Digits glued to the year: a footnote number of a PDF conversion (`15` in `202115`).
    public var footnoteRange: Range<Int>?
    /// How the month is written.
    public var monthForm: MonthForm
    /// The day or a numeric month is written with a leading zero (`05 May`).
    public var hasLeadingZero: Bool

    public init(
        day: Int, month: Int, year: Int?, weekday: Int?, dayRange: Range<Int>, monthRange: Range<Int>?,
        yearRange: Range<Int>?, weekdayRange: Range<Int>?, footnoteRange: Range<Int>?, monthForm: MonthForm,
        hasLeadingZero: Bool
    ) {
        self.day = day
        self.month = month
        self.year = year
        self.weekday = weekday
        self.dayRange = dayRange
        self.monthRange = monthRange
        self.yearRange = yearRange
        self.weekdayRange = weekdayRange
        self.footnoteRange = footnoteRange
        self.monthForm = monthForm
        self.hasLeadingZero = hasLeadingZero
    }

    /// How a month name is spelled, against the spellings of the language.
    public enum MonthForm: UInt8, Sendable, Equatable {
        /// A listed spelling, exactly.
        case name
        /// A listed spelling in capitals (`12 AOÛT 2021`, as in headings in capitals).
        case upperCase
        /// A listed spelling in other case (`12 Août 2021`, `12 august 2021`).
        case otherCase
        /// An abbreviation (`Aug.`).
        case abbreviation
        /// A listed spelling with stray spaces around its `/` (Arabic `آب/ أغسطس`).
        case spaced
        /// A number (`12/08/2021`, Chinese `8月`).
        case number
    }

    /// The span of the parts written here (day, month and year; not the
    /// weekday or a glued footnote number).
    public var range: Range<Int> {
        var range = dayRange
        for part in [monthRange, yearRange].compactMap({ $0 }) {
            range = min(range.lowerBound, part.lowerBound)..<max(range.upperBound, part.upperBound)
        }
        return range
    }

    /// The full date when the year is known.
    public var calendarDate: CalendarDate? {
        year.map { CalendarDate(year: $0, month: month, day: day) }
    }

    /// True when the date can exist: the month exists and has the day (a
    /// date without a year may be 29 February).
    public var isPossible: Bool {
        (1...12).contains(month) && day >= 1 && day <= Gregorian.daysInMonth(month, year: year)
    }
}

/// A date or a range of dates found in a text.
public struct DateMention: Sendable, Equatable {
    /// The date, or the first date of a range or pair.
    public var first: WrittenDate
    /// The last date of a range (`from 15 to 17 September`) or the second of
    /// a pair (`18 and 19 November`); nil for a single date. Parts written
    /// only once (the month, the year) are shared by both ends.
    public var second: WrittenDate?
    /// The whole match, lead words (`from`, `les`, `del`) included.
    public var range: Range<Int>

    public init(first: WrittenDate, second: WrittenDate? = nil, range: Range<Int>) {
        self.first = first
        self.second = second
        self.range = range
    }

    public var isRange: Bool { second != nil }

    /// True when the range runs backwards (`from 17 to 15 September`, `les 19
    /// et 18 novembre`). Judged only where the order is certain: both years
    /// written, or both dates in the same month (a range from December to
    /// January without years runs into the next year).
    public var runsBackwards: Bool {
        guard let second else { return false }
        if first.yearRange != nil, second.yearRange != nil,
           let start = first.calendarDate, let end = second.calendarDate {
            return end < start
        }
        return first.month == second.month && first.year == second.year && second.day < first.day
    }
}
