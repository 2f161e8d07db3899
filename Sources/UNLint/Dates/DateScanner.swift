import PCRE2

/// Finds the dates of one language in a text, with the patterns of its
/// ``DateForms``. The patterns are compiled once, when the profile is loaded
/// (the built-in ones when first used); the name tables are built with the
/// scanner, once per language by the catalog (``Document/dateScanner``),
/// since they cost more than a small document.
///
/// Each pattern runs once over the whole text. Ranges are found first, and a
/// single date inside a range is not reported again.
///
/// Footnote numbers: in text converted from PDF a footnote mark becomes
/// digits glued to the word before it, so `23 March 202115` is 23 March
/// 2021 with footnote 15. The `{year}` placeholder takes up to three digits
/// more than four, and the scanner reads the first four as the year when
/// they make a plausible year (1000–2999) and the rest as the footnote
/// number; otherwise the match is no date. No date is ever read with a
/// five-digit year, so such text gives neither an impossible date nor a
/// false finding.
public struct DateScanner: Sendable {
    public let forms: DateForms

    private let exactMonths: [String: Int]
    private let foldedMonths: [String: Int]
    private let abbreviations: [String: Int]
    private let weekdays: [String: Int]
    private let writtenWithYear: [WrittenPiece]
    private let writtenWithoutYear: [WrittenPiece]

    public init(forms: DateForms) {
        self.forms = forms
        var exact: [String: Int] = [:]
        var folded: [String: Int] = [:]
        if case .names(let names) = forms.months {
            for (index, spellings) in names.enumerated() {
                for spelling in spellings {
                    exact[Self.normalizedSpaces(spelling)] = index + 1
                    folded[Self.fold(spelling)] = index + 1
                }
            }
        }
        exactMonths = exact
        foldedMonths = folded
        var abbreviations: [String: Int] = [:]
        for (index, words) in forms.abbreviations.enumerated() {
            for word in words { abbreviations[Self.fold(word.hasSuffix(".") ? String(word.dropLast()) : word)] = index + 1 }
        }
        self.abbreviations = abbreviations
        var weekdays: [String: Int] = [:]
        for (index, spellings) in forms.weekdays.enumerated() {
            for spelling in spellings { weekdays[Self.fold(spelling)] = index + 1 }
        }
        self.weekdays = weekdays
        writtenWithYear = Self.pieces(of: forms.written, withYear: true)
        writtenWithoutYear = Self.pieces(of: forms.written, withYear: false)
    }

    public init(profile: LanguageProfile) {
        self.init(forms: profile.dates)
    }

    // MARK: Scanning

    /// Every date and range of dates in `text`, in order. Offsets are UTF-8
    /// offsets in `text` plus `base`.
    public func dates(in text: String, base: Int = 0, limits: MatchLimits = .default) throws(PCRE2Error) -> DateMentions {
        var taken = TakenMentions(base: base)
        for pattern in forms.ranges + forms.dates {
            try pattern.regex.forEachMatch(in: text, limits: limits) { match in
                if !taken.overlaps(match.range), let mention = mention(of: match, pattern: pattern, in: text, base: base) {
                    taken.insert(mention)
                }
                return true
            }
            taken.commit()
        }
        return taken.mentions
    }

    /// Every date and range of a document; offsets are file offsets.
    public func dates(in source: SourceText, limits: MatchLimits = .default) throws(PCRE2Error) -> DateMentions {
        try dates(in: source.text, base: source.baseOffset, limits: limits)
    }

    /// Dates written in a form that is not the UN's (`August 12, 2021`,
    /// `12/08/2021`), as the language's misformat patterns find them. A match
    /// that renders exactly as the UN form is not reported.
    public func misformats(in text: String, base: Int = 0, limits: MatchLimits = .default) throws(PCRE2Error) -> DateMentions {
        var taken = TakenMentions(base: base)
        for pattern in forms.misformats {
            try pattern.regex.forEachMatch(in: text, limits: limits) { match in
                guard !taken.overlaps(match.range), var mention = mention(of: match, pattern: pattern, in: text, base: base)
                else { return true }
                // An abbreviation without its full stop or a year may be a word
                // (`Mar del Plata`, `Jan`).
                if mention.first.monthForm == .abbreviation, mention.first.year == nil,
                   let month = mention.first.monthRange, !Self.text(text, (month.lowerBound - base)..<(month.upperBound - base)).hasSuffix(".") {
                    return true
                }
                // A numeric month over 12 in front of a day of at most 12 is the
                // United States order (`08/12/2021`); anything else is no date.
                if !(1...12).contains(mention.first.month) {
                    guard mention.first.day <= 12, mention.first.month <= 31 else { return true }
                    (mention.first.day, mention.first.month) = (mention.first.month, mention.first.day)
                }
                // The match as written, without a glued footnote number.
                var written = Self.text(text, match.range)
                if let footnote = mention.first.footnoteRange {
                    let start = match.range.lowerBound
                    written = Self.text(text, start..<(footnote.lowerBound - base))
                        + Self.text(text, (footnote.upperBound - base)..<match.range.upperBound)
                }
                // Eastern Arabic digits (`٧ كانون الثاني/يناير ٢٠١٦`) are a correct form too.
                if Self.westernDigits(Self.normalizedSpaces(written)) != render(mention.first) {
                    taken.insert(mention)
                }
                return true
            }
            taken.commit()
        }
        return taken.mentions
    }

    public func misformats(in source: SourceText, limits: MatchLimits = .default) throws(PCRE2Error) -> DateMentions {
        try misformats(in: source.text, base: source.baseOffset, limits: limits)
    }

    // MARK: Header dates

    /// The date written on a header line (`6 July 2015`, also inside a line
    /// such as `General Assembly Distr.: General 5 December 2025`): the first
    /// single date with a year, in this scanner's language. Offsets are in `line`.
    /// Use the scanner of ``header(for:)``: Russian, Chinese and Arabic
    /// documents write their header date in English.
    public func date(onLine line: String) throws(PCRE2Error) -> WrittenDate? {
        try dates(in: line).first { !$0.isRange && $0.first.year != nil }?.first
    }

    /// The year, month and day of the date on a header line; nil when the line
    /// has none (or a pattern hit its match limit, which a line cannot).
    /// The date may be impossible (`31 June 2021`): see ``CalendarDate/isValid``.
    public func headerDate(onLine line: String) -> CalendarDate? {
        (try? date(onLine: line))?.flatMap(\.calendarDate)
    }

    // MARK: Writing

    /// The date in the language's UN form (`12 August 2021`, `1er mai 2021`,
    /// `2021年8月12日`), for messages; without the year when none is known.
    public func render(_ date: WrittenDate) -> String {
        render(day: date.day, month: date.month, year: date.year)
    }

    public func render(day: Int, month: Int, year: Int?) -> String {
        var written = ""
        for piece in year == nil ? writtenWithoutYear : writtenWithYear {
            switch piece {
            case .text(let text): written += text
            case .day: written += day == 1 ? forms.firstDay.first ?? "1" : String(day)
            case .month: written += monthName(month)
            case .year: written += year.map(String.init) ?? ""
            }
        }
        return written
    }

    /// A part of the UN form of a date: text as it is, or a placeholder.
    private enum WrittenPiece {
        case text(String)
        case day, month, year
    }

    /// `written` (`{day} {month}[ {year}]`) split into pieces, with the part
    /// in brackets kept (`withYear`) or left out. Done once: every date found
    /// is rendered, to tell the UN form from the others.
    private static func pieces(of written: String, withYear: Bool) -> [WrittenPiece] {
        var template = written
        if let open = template.firstIndex(of: "["), let close = template.firstIndex(of: "]"), open < close {
            let inner = template[template.index(after: open)..<close]
            template.replaceSubrange(open...close, with: withYear ? String(inner) : "")
        }
        let placeholders: [(String, WrittenPiece)] = [("{day}", .day), ("{month}", .month), ("{year}", .year)]
        var pieces: [WrittenPiece] = []
        var text = ""
        var rest = template[...]
        while !rest.isEmpty {
            if let (name, piece) = placeholders.first(where: { rest.hasPrefix($0.0) }) {
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(piece)
                rest = rest.dropFirst(name.count)
            } else {
                text.append(rest.removeFirst())
            }
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// The month as the UN form writes it: its first spelling, or its number.
    public func monthName(_ month: Int) -> String {
        if case .names(let names) = forms.months, (1...12).contains(month) { return names[month - 1][0] }
        return String(month)
    }

    /// The weekday's first spelling (1 for Monday); its number when the language lists none.
    public func weekdayName(_ weekday: Int) -> String {
        forms.weekdays.indices.contains(weekday - 1) ? forms.weekdays[weekday - 1][0] : String(weekday)
    }

    // MARK: Reading a match

    private func mention(of match: Match, pattern: DatePattern, in text: String, base: Int) -> DateMention? {
        func group(_ name: String) -> Range<Int>? {
            pattern.regex.namedGroups[name].flatMap { match[$0] }
        }
        guard var first = part(day: group("day"), month: group("month"), year: group("year"),
                               weekday: group("weekday"), in: text)
        else { return nil }
        var second: WrittenDate?
        if pattern.kind == .range {
            guard var end = part(day: group("day2"), month: group("month2"), year: group("year2"),
                                 weekday: group("weekday2"), in: text)
            else { return nil }
            Self.share(&first, &end)
            second = end
        }
        // A month in odd case without a year is no date: `17 and 18 may be`, `12 mars` the planet.
        for date in [first, second].compactMap({ $0 }) where date.monthForm == .otherCase && date.year == nil {
            return nil
        }
        guard first.month != 0 else { return nil }
        func shifted(_ date: WrittenDate) -> WrittenDate {
            var date = date
            date.dayRange = (date.dayRange.lowerBound + base)..<(date.dayRange.upperBound + base)
            date.monthRange = date.monthRange.map { ($0.lowerBound + base)..<($0.upperBound + base) }
            date.yearRange = date.yearRange.map { ($0.lowerBound + base)..<($0.upperBound + base) }
            date.weekdayRange = date.weekdayRange.map { ($0.lowerBound + base)..<($0.upperBound + base) }
            date.footnoteRange = date.footnoteRange.map { ($0.lowerBound + base)..<($0.upperBound + base) }
            return date
        }
        return DateMention(
            first: shifted(first), second: second.map(shifted),
            range: (match.range.lowerBound + base)..<(match.range.upperBound + base))
    }

    /// One date of a match. The month may be missing (a range's first date);
    /// it is then 0 until ``share(_:_:)`` fills it in.
    private func part(
        day dayRange: Range<Int>?, month monthRange: Range<Int>?, year yearRange: Range<Int>?,
        weekday weekdayRange: Range<Int>?, in text: String
    ) -> WrittenDate? {
        guard let dayRange else { return nil }
        let dayText = Self.text(text, dayRange)
        let day: Int
        if forms.firstDay.contains(dayText) {
            day = 1
        } else if let value = Self.number(dayText) {
            day = value
        } else {
            return nil
        }
        guard (1...31).contains(day) else { return nil }  // `45 June` is a count, not a date
        var leadingZero = dayText.count > 1 && Self.number(String(dayText.prefix(1))) == 0

        var month = 0
        var form = WrittenDate.MonthForm.name
        if let monthRange {
            let monthText = Self.text(text, monthRange)
            guard let read = readMonth(monthText) else { return nil }
            (month, form) = read
            if form == .number, monthText.count > 1, Self.number(String(monthText.prefix(1))) == 0 { leadingZero = true }
        }

        var year: Int?
        var yearPart: Range<Int>?
        var footnote: Range<Int>?
        if let yearRange {
            let digits = Self.text(text, yearRange)
            // The first four digits are the year; any more are a glued footnote
            // number (see the type's comment). An implausible year is no date.
            guard let value = Self.number(String(digits.prefix(4))), (1000...2999).contains(value) else { return nil }
            year = value
            let yearBytes = digits.prefix(4).utf8.count
            yearPart = yearRange.lowerBound..<(yearRange.lowerBound + yearBytes)
            if yearRange.count > yearBytes { footnote = (yearRange.lowerBound + yearBytes)..<yearRange.upperBound }
        }
        let weekday = weekdayRange.flatMap { weekdays[Self.fold(Self.text(text, $0))] }
        return WrittenDate(
            day: day, month: month, year: year, weekday: weekday, dayRange: dayRange, monthRange: monthRange,
            yearRange: yearPart, weekdayRange: weekday == nil ? nil : weekdayRange, footnoteRange: footnote,
            monthForm: form, hasLeadingZero: leadingZero)
    }

    /// Gives each end of a range the parts written only at the other: the
    /// month (`15` in `15–17 May`, `23日` in `6月6日至23日`) and the year. A
    /// first date in a later month than the last is in the year before
    /// (`28 December to 3 January 2022`).
    private static func share(_ first: inout WrittenDate, _ second: inout WrittenDate) {
        if first.monthRange == nil {
            first.month = second.month
            first.monthForm = second.monthForm
        }
        if second.monthRange == nil {
            second.month = first.month
            second.monthForm = first.monthForm
        }
        if first.year == nil, let year = second.year {
            first.year = first.month > second.month ? year - 1 : year
        } else if second.year == nil, let year = first.year {
            second.year = second.month < first.month ? year + 1 : year
        }
    }

    private func readMonth(_ written: String) -> (Int, WrittenDate.MonthForm)? {
        if let number = Self.number(written) { return (number, .number) }
        let spaced = Self.normalizedSpaces(written)
        if let month = exactMonths[spaced] { return (month, .name) }
        let folded = Self.fold(written)
        if let month = foldedMonths[folded] {
            let isCapitals = written == written.uppercased() && written != written.lowercased()
            return (month, isCapitals ? .upperCase : .otherCase)
        }
        let joined = folded.replacingAll(" /", with: "/").replacingAll("/ ", with: "/")
        if joined != folded, let month = foldedMonths[joined] { return (month, .spaced) }
        let bare = folded.hasSuffix(".") ? String(folded.dropLast()) : folded
        if let month = abbreviations[bare] { return (month, .abbreviation) }
        return nil
    }

    // MARK: Text helpers

    static func text(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: text.utf8[bytesIn: range], as: UTF8.self)
    }

    /// The value of ASCII or Arabic-Indic digits (at most nine); nil for anything else.
    static func number(_ text: String) -> Int? {
        text.unicodeScalars.count <= 9 ? ArabicText.number(text) : nil
    }

    /// Runs of spaces (no-break ones and line breaks included) as one space.
    static func normalizedSpaces(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isWhiteSpace {
                pendingSpace = true
            } else {
                if pendingSpace, !out.isEmpty { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text with Eastern Arabic digits (U+0660–U+0669) written as 0–9.
    static func westernDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x660...0x669).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x660 + 0x30)! : scalar
        }))
    }

    /// Lower case with spaces normalised: the key of a name lookup.
    static func fold(_ text: String) -> String {
        normalizedSpaces(text).lowercased()
    }
}

/// The mentions found so far, in order, for an overlap test in O(log n).
/// One pattern's matches come in order and never overlap one another: they
/// are appended, and merged with the mentions of the patterns before once the
/// pattern is done (inserted one by one among those, each would move the
/// mentions after it: time growing with the square of the dates). Kept in
/// order this way, they need no sorting, which copied them twice.
private struct TakenMentions {
    /// What mention ranges add to offsets in the scanned text.
    let base: Int
    /// The mentions of the patterns already run, sorted.
    private(set) var mentions = DateMentions()
    /// The mentions of the pattern running, in the order it found them.
    private var pending = DateMentions()

    init(base: Int) {
        self.base = base
    }

    /// Whether `match` (offsets in the scanned text) overlaps a mention taken.
    func overlaps(_ match: Range<Int>) -> Bool {
        let range = (match.lowerBound + base)..<(match.upperBound + base)
        if !pending.isEmpty, pending.range(at: pending.count - 1).overlaps(range) { return true }
        let index = insertionIndex(range.lowerBound)
        if index < mentions.count, mentions.range(at: index).lowerBound < range.upperBound { return true }
        return index > 0 && mentions.range(at: index - 1).upperBound > range.lowerBound
    }

    /// Takes `mention`, which starts after every mention the running pattern took.
    mutating func insert(_ mention: DateMention) {
        pending.append(mention)
    }

    /// Ends the running pattern: its mentions join the others, in order.
    mutating func commit() {
        guard !pending.isEmpty else { return }
        // Nothing to interleave (the first pattern with matches, or all after
        // the others'): handed over or appended.
        if mentions.isEmpty || mentions.range(at: mentions.count - 1).lowerBound < pending.range(at: 0).lowerBound {
            if mentions.isEmpty { swap(&mentions, &pending) } else { mentions.append(contentsOf: pending) }
            pending = DateMentions()
            return
        }
        var merged = DateMentions()
        merged.reserveCapacity(mentions.count + pending.count)
        var old = 0
        for mention in pending {
            while old < mentions.count, mentions.range(at: old).lowerBound < mention.range.lowerBound {
                merged.append(mentions[old])
                old += 1
            }
            merged.append(mention)
        }
        for index in old..<mentions.count { merged.append(mentions[index]) }
        mentions = merged
        pending = DateMentions()
    }

    /// The first index whose mention starts at or after `offset`.
    private func insertionIndex(_ offset: Int) -> Int {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions.range(at: mid).lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let found = rest.firstRange(of: target) {
            out += rest[..<found.lowerBound]
            out += replacement
            rest = rest[found.upperBound...]
        }
        return out + rest
    }
}
