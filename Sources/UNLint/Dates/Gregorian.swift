/// Calendar arithmetic in the proleptic Gregorian calendar, the calendar of
/// every UN document. Pure functions; no Foundation, no time zones.
public enum Gregorian {
    /// Leap years: every fourth year, except centuries not divisible by 400
    /// (2000 was a leap year, 1900 and 2100 are not).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1–12) of `year`; without a year,
    /// February has 29 days (a date without a year may fall in a leap year).
    /// 0 for a month outside 1–12.
    public static func daysInMonth(_ month: Int, year: Int?) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: year.map { isLeapYear($0) ? 29 : 28 } ?? 29
        default: 0
        }
    }

    /// The day of the week, 1 for Monday to 7 for Sunday (ISO 8601), of a
    /// valid date in any year from 1: Sakamoto's method, which shifts January
    /// and February to the end of the previous year so that the leap day is
    /// the last day of the shifted year.
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let sundayBased = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7  // 0 = Sunday
        return sundayBased == 0 ? 7 : sundayBased
    }
}

/// A day of the calendar as written in a document: it may be impossible
/// (`31 June 2021`), which ``isValid`` tells.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1–12 in a valid date; a numeric month as written otherwise (Chinese `13月`).
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// True when the month exists and has that day.
    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= Gregorian.daysInMonth(month, year: year)
    }

    /// 1 for Monday to 7 for Sunday; nil for an invalid date.
    public var weekday: Int? {
        isValid ? Gregorian.weekday(year: year, month: month, day: day) : nil
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601: `2021-08-12`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
