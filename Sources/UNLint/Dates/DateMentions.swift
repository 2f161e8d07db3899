/// The date mentions of a text, in order, stored compactly: 32 bytes a
/// mention instead of a ``DateMention`` value's 336, as a document can hold a
/// million dates. Each mention is read back whole when accessed. One that no
/// record can hold (a mention of 64 KB or more, a part 255 bytes or more from
/// its start, a number out of a written date's bounds) is kept whole beside
/// the records.
public struct DateMentions: RandomAccessCollection, Sendable, Equatable {
    private var records: [Record] = []
    /// The second dates of ranges and pairs.
    private var seconds: [PackedDate] = []
    /// The mentions no record can hold.
    private var whole: [DateMention] = []

    public init() {}

    public init(_ mentions: some Sequence<DateMention>) {
        for mention in mentions { append(mention) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }

    public subscript(position: Int) -> DateMention {
        let record = records[position]
        if record.length == Record.wholeLength { return whole[Int(record.extra)] }
        let start = record.start
        return DateMention(
            first: record.first.date(from: start),
            second: record.extra < 0 ? nil : seconds[Int(record.extra)].date(from: start),
            range: start..<(start + Int(record.length)))
    }

    /// The range of the mention at `position`, its dates left unread.
    func range(at position: Int) -> Range<Int> {
        let record = records[position]
        if record.length == Record.wholeLength { return whole[Int(record.extra)].range }
        return record.start..<(record.start + Int(record.length))
    }

    public mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
    }

    public mutating func append(_ mention: DateMention) {
        let start = mention.range.lowerBound
        // The indexes fit an Int32: 2^31 mentions would take 64 GB of records.
        if let length = UInt16(exactly: mention.range.count), length != Record.wholeLength,
           let first = PackedDate(mention.first, from: start) {
            guard let second = mention.second else {
                records.append(Record(start: start, length: length, first: first, extra: -1))
                return
            }
            if let packed = PackedDate(second, from: start) {
                records.append(Record(start: start, length: length, first: first, extra: Int32(seconds.count)))
                seconds.append(packed)
                return
            }
        }
        records.append(Record(start: start, length: Record.wholeLength, first: .unused, extra: Int32(whole.count)))
        whole.append(mention)
    }

    public mutating func append(contentsOf mentions: DateMentions) {
        records.reserveCapacity(records.count + mentions.count)
        for mention in mentions { append(mention) }
    }

    public static func == (lhs: DateMentions, rhs: DateMentions) -> Bool {
        lhs.elementsEqual(rhs)
    }

    /// One mention: its range and first date, and where the rest is.
    private struct Record {
        /// A length that marks a mention kept whole.
        static let wholeLength = UInt16.max

        let start: Int
        let length: UInt16
        let first: PackedDate
        /// The index of the second date in `seconds`, or -1 for none; for a
        /// mention kept whole, its index in `whole`.
        let extra: Int32
    }
}

/// A written date in 18 bytes, its parts as offsets from the start of its
/// mention (255 for a part not written).
private struct PackedDate {
    static let unused = PackedDate()

    private var year = Int16.min
    private var day: UInt8 = 0
    private var month: UInt8 = 0
    private var weekday: UInt8 = 0
    private var form: UInt8 = 0
    private var hasLeadingZero = false
    private var dayStart: UInt8 = 0, dayEnd: UInt8 = 0
    private var monthStart = UInt8.max, monthEnd = UInt8.max
    private var yearStart = UInt8.max, yearEnd = UInt8.max
    private var weekdayStart = UInt8.max, weekdayEnd = UInt8.max
    private var footnoteStart = UInt8.max, footnoteEnd = UInt8.max

    private init() {}

    /// Nil when some number or part does not fit.
    init?(_ date: WrittenDate, from start: Int) {
        var fits = true
        func offsets(_ range: Range<Int>?) -> (UInt8, UInt8) {
            guard let range else { return (.max, .max) }
            guard let lower = UInt8(exactly: range.lowerBound - start), lower != .max,
                  let upper = UInt8(exactly: range.upperBound - start)
            else {
                fits = false
                return (.max, .max)
            }
            return (lower, upper)
        }
        guard let day = UInt8(exactly: date.day), let month = UInt8(exactly: date.month) else { return nil }
        self.day = day
        self.month = month
        if let year = date.year {
            guard let narrow = Int16(exactly: year), narrow != .min else { return nil }
            self.year = narrow
        }
        if let weekday = date.weekday {
            guard let narrow = UInt8(exactly: weekday), narrow != 0 else { return nil }
            self.weekday = narrow
        }
        form = date.monthForm.rawValue
        hasLeadingZero = date.hasLeadingZero
        (dayStart, dayEnd) = offsets(date.dayRange)
        (monthStart, monthEnd) = offsets(date.monthRange)
        (yearStart, yearEnd) = offsets(date.yearRange)
        (weekdayStart, weekdayEnd) = offsets(date.weekdayRange)
        (footnoteStart, footnoteEnd) = offsets(date.footnoteRange)
        guard fits else { return nil }
    }

    func date(from start: Int) -> WrittenDate {
        func range(_ lower: UInt8, _ upper: UInt8) -> Range<Int>? {
            lower == .max ? nil : (start + Int(lower))..<(start + Int(upper))
        }
        return WrittenDate(
            day: Int(day), month: Int(month), year: year == .min ? nil : Int(year),
            weekday: weekday == 0 ? nil : Int(weekday),
            dayRange: (start + Int(dayStart))..<(start + Int(dayEnd)), monthRange: range(monthStart, monthEnd),
            yearRange: range(yearStart, yearEnd), weekdayRange: range(weekdayStart, weekdayEnd),
            footnoteRange: range(footnoteStart, footnoteEnd),
            // Packed from a MonthForm: the raw value always reads back.
            monthForm: WrittenDate.MonthForm(rawValue: form) ?? .name, hasLeadingZero: hasLeadingZero)
    }
}
