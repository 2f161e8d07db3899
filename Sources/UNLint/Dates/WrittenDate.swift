/// A date as a document writes it: its parts, read into numbers, and where
/// each part stands. Ranges are UTF-8 offsets on the base the scan was given
/// (file offsets, as in ``SourcePosition/offset``, for a ``SourceText``).
public struct WrittenDate: Sendable, Equatable {
    public var day: Int {
        get { Int(storedDay) }
        set { storedDay = Int32(clamping: newValue) }
    }
    /// 1–12, or a numeric month as written (Chinese `13月`), which makes the date invalid.
    public var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = Int32(clamping: newValue) }
    }
    /// The year as written or, for one end of a range, as the other end gives it.
    public var year: Int? {
        get { storedYear == .min ? nil : Int(storedYear) }
        set { storedYear = newValue.map { Int32(clamping: $0) } ?? .min }
    }
    /// The weekday written with the date, 1 for Monday to 7 for Sunday.
    public var weekday: Int? {
        get { storedWeekday == 0 ? nil : Int(storedWeekday) }
        set { storedWeekday = newValue.map { Int8(clamping: $0) } ?? 0 }
    }

    public var dayRange: Range<Int>
    /// Nil when the month is not written here but shared with the other end of a range (`15` in `15–17 May`).
    @OptionalRange public var monthRange: Range<Int>?
    /// Nil when no year is written here.
    @OptionalRange public var yearRange: Range<Int>?
    @OptionalRange public var weekdayRange: Range<Int>?
    /// Digits glued to the year: a footnote number of a PDF conversion (`15` in `202115`).
    @OptionalRange public var footnoteRange: Range<Int>?
    /// How the month is written.
    public var monthForm: MonthForm
    /// The day or a numeric month is written with a leading zero (`05 May`).
    public var hasLeadingZero: Bool

    // Stored narrow, optionals without their tag bytes: a document can hold a
    // million dates (104 bytes a date instead of 160).
    private var storedDay: Int32
    private var storedMonth: Int32
    /// `Int32.min` for none.
    private var storedYear: Int32
    /// 0 for none.
    private var storedWeekday: Int8

    /// An optional range in 16 bytes instead of 17 rounded up to 24: none
    /// is a lower bound of `Int.min`, which no offset is.
    @propertyWrapper
    public struct OptionalRange: Sendable, Equatable {
        private var lower: Int
        private var upper: Int

        public init(wrappedValue: Range<Int>?) {
            (lower, upper) = wrappedValue.map { ($0.lowerBound, $0.upperBound) } ?? (.min, .min)
        }

        public var wrappedValue: Range<Int>? {
            get { lower == .min ? nil : lower..<upper }
            set { self = OptionalRange(wrappedValue: newValue) }
        }
    }

    public init(
        day: Int, month: Int, year: Int?, weekday: Int?, dayRange: Range<Int>, monthRange: Range<Int>?,
        yearRange: Range<Int>?, weekdayRange: Range<Int>?, footnoteRange: Range<Int>?, monthForm: MonthForm,
        hasLeadingZero: Bool
    ) {
        storedDay = Int32(clamping: day)
        storedMonth = Int32(clamping: month)
        storedYear = year.map { Int32(clamping: $0) } ?? .min
        storedWeekday = weekday.map { Int8(clamping: $0) } ?? 0
        self.dayRange = dayRange
        self.monthRange = monthRange
        self.yearRange = yearRange
        self.weekdayRange = weekdayRange
        self.footnoteRange = footnoteRange
        self.monthForm = monthForm
        self.hasLeadingZero = hasLeadingZero
    }

    /// How a month name is spelled, against the spellings of the language.
    public enum MonthForm: Sendable, Equatable {
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
    public var second: WrittenDate? {
        get { secondDate?.value }
        set { secondDate = newValue.map(SecondDate.init) }
    }
    /// The whole match, lead words (`from`, `les`, `del`) included.
    public var range: Range<Int>

    /// The second date, kept out of line: most mentions are single dates, and
    /// a document can hold hundreds of thousands of mentions.
    private var secondDate: SecondDate?

    private final class SecondDate: Sendable {
        let value: WrittenDate
        init(_ value: WrittenDate) { self.value = value }
    }

    public init(first: WrittenDate, second: WrittenDate? = nil, range: Range<Int>) {
        self.first = first
        self.range = range
        self.second = second
    }

    public static func == (lhs: DateMention, rhs: DateMention) -> Bool {
        lhs.first == rhs.first && lhs.second == rhs.second && lhs.range == rhs.range
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
