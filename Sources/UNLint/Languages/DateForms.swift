import PCRE2

/// How a language writes dates: its month and weekday names, and PCRE2
/// patterns for single dates, ranges and forms that are not the UN's.
///
/// Read from the `dates:` section of `Rules/languages/<code>.yml`; the
/// patterns are expanded (placeholders, spaces) and compiled once, when the
/// profile is loaded or, for the built-in data, when first used (see
/// ``CompiledPattern``), and shared by every document of the run.
///
/// Patterns name their parts with groups `day`, `month`, `year` and
/// `weekday`, and for the second date of a range `day2`, `month2`, `year2`
/// and `weekday2`. Placeholders stand for what the names and numbers give:
///
/// | placeholder | expands to |
/// |---|---|
/// | `{day}` | a day number of one or two digits (ASCII or Arabic-Indic), or a form of the first day (`1er`) |
/// | `{month}` | any spelling of any month, in any case; with `months: numeric`, a number of one or two digits |
/// | `{year}` | a year of four digits, perhaps with a footnote number glued to it (`202115`) |
/// | `{weekday}` | any spelling of any weekday, in any case |
/// | `{abbreviation}` | an abbreviated month name, with or without its full stop |
/// | `{month-spaced}` | a month name, also with stray spaces around its `/` (Arabic `آب/ أغسطس`) |
///
/// A space in a pattern (outside a character class) matches one space, tab,
/// no-break space or line break, so a date survives a no-break space or a
/// wrapped line.
public struct DateForms: Sendable, Equatable {
    /// How months are written.
    public enum Months: Sendable, Equatable {
        /// Twelve lists of accepted spellings, January first; the first of
        /// each list is the one unlint suggests.
        case names([[String]])
        /// Months are numbers (Chinese `8月`).
        case numeric
    }

    public var months: Months
    /// Seven lists of accepted spellings, Monday first.
    public var weekdays: [[String]]
    /// Forms of the first day of a month other than `1` (French `1er`); the
    /// first is the one unlint suggests.
    public var firstDay: [String]
    /// Abbreviated month names (without the full stop), twelve lists, January
    /// first; a list may be empty (English `May`). Empty when none are known.
    public var abbreviations: [[String]]
    /// The UN form of a date, for messages: `{day}`, `{month}` and `{year}`
    /// stand for the parts; the part in square brackets is left out when the
    /// year is unknown (`{day} de {month}[ de {year}]`).
    public var written: String
    /// Single dates in the language's form.
    public var dates: [DatePattern]
    /// Ranges and pairs of dates (`from 15 to 17 September`, `18 and 19 November`).
    public var ranges: [DatePattern]
    /// Dates not written the UN way (`August 12, 2021`, `12/08/2021`).
    public var misformats: [DatePattern]

    public init(
        months: Months, weekdays: [[String]], firstDay: [String] = [], abbreviations: [[String]] = [],
        written: String, dates: [DatePattern], ranges: [DatePattern] = [], misformats: [DatePattern] = []
    ) {
        self.months = months
        self.weekdays = weekdays
        self.firstDay = firstDay
        self.abbreviations = abbreviations
        self.written = written
        self.dates = dates
        self.ranges = ranges
        self.misformats = misformats
    }

    /// Reads the names and compiles the patterns, checking them as the loader
    /// does; for tests and for code that builds forms without a file.
    public init(
        months: Months, weekdays: [[String]], firstDay: [String] = [], abbreviations: [[String]] = [],
        written: String, dates: [String], ranges: [String] = [], misformats: [String] = []
    ) throws(DatePatternError) {
        let placeholders = try DatePlaceholders(
            months: months, weekdays: weekdays, firstDay: firstDay, abbreviations: abbreviations)
        try Self.checkWritten(written)
        self.init(
            months: months, weekdays: weekdays, firstDay: firstDay, abbreviations: abbreviations, written: written,
            dates: try dates.map { source throws(DatePatternError) in try DatePattern(source, kind: .date, placeholders: placeholders) },
            ranges: try ranges.map { source throws(DatePatternError) in try DatePattern(source, kind: .range, placeholders: placeholders) },
            misformats: try misformats.map { source throws(DatePatternError) in try DatePattern(source, kind: .misformat, placeholders: placeholders) })
    }

    /// The names are escaped, so the pattern always compiles.
    /// A language that writes no dates unlint can read: the date rules find nothing.
    public static let none = DateForms(
        months: .numeric, weekdays: [], written: "{day}.{month}[.{year}]", dates: [DatePattern]())

    /// `written` must name the day, the month and the year, the year inside
    /// one bracketed part.
    static func checkWritten(_ written: String) throws(DatePatternError) {
        for part in ["{day}", "{month}", "{year}"] where !written.contains(part) {
            throw .written("must contain \(part)")
        }
        let open = written.filter { $0 == "[" }.count
        let close = written.filter { $0 == "]" }.count
        guard open == 1, close == 1, let start = written.firstIndex(of: "["), let end = written.firstIndex(of: "]"),
              start < end, written[start..<end].contains("{year}")
        else { throw .written("must put the year in one part in square brackets, as in '{day} {month}[ {year}]'") }
    }
}

/// One date pattern: as written in the file, and compiled after expansion.
public struct DatePattern: Sendable, Equatable {
    /// What a pattern finds, which decides the groups it must and may have.
    public enum Kind: String, Sendable, CaseIterable {
        case date, range, misformat

        /// Groups every match must be able to set.
        var required: [[String]] {
            switch self {
            case .date, .misformat: [["day"], ["month"]]
            case .range: [["day"], ["day2"], ["month", "month2"]]
            }
        }

        var allowed: Set<String> {
            switch self {
            case .date, .misformat: ["day", "month", "year", "weekday"]
            case .range: ["day", "month", "year", "weekday", "day2", "month2", "year2", "weekday2"]
            }
        }
    }

    public let kind: Kind
    /// The pattern as written in the file.
    public let source: String
    private let compiled: Deferred<Regex>

    /// The expanded pattern, compiled once.
    public var regex: Regex { compiled.value }

    public init(_ source: String, kind: Kind, placeholders: DatePlaceholders) throws(DatePatternError) {
        self.kind = kind
        self.source = source
        let expanded = try placeholders.expand(source)
        let regex: Regex
        do {
            regex = try Regex(expanded)
        } catch {
            // An offset into the expansion would mislead; give it only when nothing was expanded.
            throw .compile(error.message, patternOffset: expanded == source ? error.patternScalarOffset : nil)
        }
        let names = Set(regex.namedGroups.keys)
        if let unknown = names.subtracting(kind.allowed).sorted().first {
            let allowed = kind.allowed.sorted().joined(separator: ", ")
            throw .group("unknown group '\(unknown)' in a \(kind.rawValue) pattern; expected: \(allowed)")
        }
        for alternatives in kind.required where !alternatives.contains(where: names.contains) {
            throw .group("a \(kind.rawValue) pattern needs a group named '\(alternatives.joined(separator: "' or '"))'")
        }
        compiled = Deferred(made: regex)
    }

    /// A pattern of the built-in data, expanded and compiled when a document
    /// in its language is first scanned (the tests check it as the loader
    /// checks a user's file).
    init(builtIn source: String, kind: Kind, placeholders: DatePlaceholders) {
        self.kind = kind
        self.source = source
        compiled = Deferred {
            do {
                return Regex.builtIn(try placeholders.expand(source))
            } catch {
                preconditionFailure("built-in date pattern \(source): \(error)")
            }
        }
    }

    /// Two patterns are equal when they are written alike for the same use.
    public static func == (lhs: DatePattern, rhs: DatePattern) -> Bool {
        lhs.kind == rhs.kind && lhs.source == rhs.source
    }
}

/// Why a date pattern or form was refused; the loader adds the file position.
public enum DatePatternError: Error, Equatable, CustomStringConvertible {
    /// PCRE2 rejected the expanded pattern; the offset, in scalars, is given
    /// when the pattern has no placeholder or space to expand.
    case compile(String, patternOffset: Int?)
    case placeholder(String)
    case group(String)
    case written(String)
    case names(String)

    public var description: String {
        switch self {
        case .compile(let message, let offset):
            "invalid pattern: \(message)" + (offset.map { " at pattern offset \($0)" } ?? "")
        case .placeholder(let message), .group(let message), .names(let message): message
        case .written(let message): "'written' \(message)"
        }
    }
}

/// The expansions of the placeholders of one language's date patterns.
public struct DatePlaceholders: Sendable {
    /// Built on the first expansion: the alternations of every spelling cost
    /// more than a small document, and a run needs those of few languages.
    private let table: Deferred<[String: String]>
    var expansions: [String: String] { table.value }

    /// Digits: ASCII and Arabic-Indic (`١٣`), which Arabic documents use too.
    static let digit = #"[0-9\x{660}-\x{669}]"#
    /// A name ends where no letter or combining mark follows.
    static let wordEnd = #"(?![\p{L}\p{M}])"#

    public init(months: DateForms.Months, weekdays: [[String]], firstDay: [String], abbreviations: [[String]]) throws(DatePatternError) {
        if case .names(let names) = months, names.count != 12 {
            throw .names("'months' must list 12 months, found \(names.count)")
        }
        if !weekdays.isEmpty, weekdays.count != 7 {
            throw .names("'weekdays' must list 7 days, found \(weekdays.count)")
        }
        if !abbreviations.isEmpty, abbreviations.count != 12 {
            throw .names("'abbreviations' must list 12 months, found \(abbreviations.count)")
        }
        table = Deferred {
            Self.expansions(months: months, weekdays: weekdays, firstDay: firstDay, abbreviations: abbreviations)
        }
    }

    private static func expansions(
        months: DateForms.Months, weekdays: [[String]], firstDay: [String], abbreviations: [[String]]
    ) -> [String: String] {
        let digit = Self.digit
        var expansions: [String: String] = [:]
        // A day is not read inside a longer number, a symbol (`A/RES/55/12`) or a decimal (`1.31`).
        let firstDays = firstDay.map { Self.literal($0) + Self.wordEnd }
        expansions["day"] = #"(?<![0-9\x{660}-\x{669}/]|[0-9][.,])(?:"#
            + (firstDays + ["\(digit){1,2}(?!\(digit))"]).joined(separator: "|") + ")"
        // Four digits, and up to three more: a footnote number glued to the
        // year when the document came from a PDF (`23 March 202115` is 2021
        // and footnote 15). The scanner splits them; see `DateScanner`.
        expansions["year"] = "(?<!\(digit))\(digit){4}(?:\(digit){1,3})?(?!\(digit))"
        switch months {
        case .names(let names):
            expansions["month"] = Self.alternation(names.flatMap { $0 })
            expansions["month-spaced"] = Self.alternation(names.flatMap { $0 }, spacedSlash: true)
        case .numeric:
            expansions["month"] = "(?<!\(digit))\(digit){1,2}(?!\(digit))"
        }
        if !weekdays.isEmpty {
            expansions["weekday"] = Self.alternation(weekdays.flatMap { $0 })
        }
        if !abbreviations.isEmpty {
            let words = abbreviations.flatMap { $0 }.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
            expansions["abbreviation"] = "(?i:" + Self.sortedLongestFirst(words).map { Self.literal($0) }
                .joined(separator: "|") + #")\.?"# + Self.wordEnd
        }
        return expansions
    }

    /// The names in any case, each ending at a word end, except after an
    /// ideograph: Chinese runs words together (`星期四下午`). Written as a
    /// tree of their common beginnings (`Ju(?:ne|ly)`): PCRE2 tries the
    /// alternatives of a list one by one, at every letter that can begin a
    /// name. A longer name is tried before a shorter one it begins with.
    static func alternation(_ names: [String], spacedSlash: Bool = false) -> String {
        let spellings = sortedLongestFirst(names).map { name in
            var atoms = name.unicodeScalars.map { scalar in
                spacedSlash && scalar == "/" ? #"\h*/\h*"# : literal(String(scalar))
            }
            if name.unicodeScalars.last?.properties.isIdeographic != true { atoms.append(wordEnd) }
            return atoms
        }
        return "(?i:" + prefixTree(spellings) + ")"
    }

    /// `spellings` (each a list of patterns to match in turn) as one pattern
    /// that writes what they begin with once. Branches keep the order of the
    /// spellings; one that ends where others go on is tried last.
    private static func prefixTree(_ spellings: [[String]]) -> String {
        var firsts: [String] = []
        var rests: [String: [[String]]] = [:]
        var endsHere = false
        for spelling in spellings {
            guard let first = spelling.first else {
                endsHere = true
                continue
            }
            if rests[first] == nil { firsts.append(first) }
            rests[first, default: []].append(Array(spelling.dropFirst()))
        }
        var branches = firsts.map { $0 + prefixTree(rests[$0] ?? []) }
        if endsHere, !branches.isEmpty { branches.append("") }
        return branches.count > 1 ? "(?:" + branches.joined(separator: "|") + ")" : branches.first ?? ""
    }

    private static func sortedLongestFirst(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
            .sorted { ($0.unicodeScalars.count, $1) > ($1.unicodeScalars.count, $0) }
    }

    /// A name as a pattern: letters, marks and digits as they are, a space as
    /// any horizontal space, anything else as `\x{…}`.
    static func literal(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            if scalar == " " { return #"\h"# }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark || ("0"..."9").contains(scalar) {
                return String(scalar)
            }
            return "\\x{\(String(scalar.value, radix: 16))}"
        }.joined()
    }

    /// The pattern with each placeholder replaced, and each space outside a
    /// character class made to match any horizontal space or one line break.
    /// An unknown placeholder is an error; `{2}` and `{1,3}` are quantifiers.
    public func expand(_ pattern: String) throws(DatePatternError) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var out = ""
        var index = 0
        var inClass = false
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                out.unicodeScalars.append(scalar)
                if index + 1 < scalars.count { out.unicodeScalars.append(scalars[index + 1]) }
                index += 2
                continue
            case "[" where !inClass:
                inClass = true
                out.unicodeScalars.append(scalar)
                // `]` right after `[` or `[^` is a literal.
                if index + 1 < scalars.count, scalars[index + 1] == "^" {
                    out.unicodeScalars.append(scalars[index + 1])
                    index += 1
                }
                if index + 1 < scalars.count, scalars[index + 1] == "]" {
                    out.unicodeScalars.append(scalars[index + 1])
                    index += 1
                }
            case "]" where inClass:
                inClass = false
                out.unicodeScalars.append(scalar)
            case " " where !inClass:
                out += #"(?:\h|\R)"#
            case "{" where !inClass:
                var end = index + 1
                while end < scalars.count, scalars[end] == "-" || ("a"..."z").contains(scalars[end]) { end += 1 }
                guard end > index + 1, end < scalars.count, scalars[end] == "}" else {
                    out.unicodeScalars.append(scalar)  // a quantifier such as {1,2}
                    break
                }
                var name = ""
                name.unicodeScalars.append(contentsOf: scalars[(index + 1)..<end])
                guard let expansion = expansions[name] else {
                    let known = expansions.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")
                    throw .placeholder("unknown placeholder {\(name)}; this language has: \(known)")
                }
                out += "(?:" + expansion + ")"
                index = end
            default:
                out.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return out
    }
}
