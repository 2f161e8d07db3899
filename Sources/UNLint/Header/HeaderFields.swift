import PCRE2

/// The fields of a document's header block, each where it stands. A field
/// may share its line with others (two-column conversions put `General
/// Assembly` and `Distr.: General` on one line), so fields are searched for
/// inside lines, not matched as whole lines.
public struct HeaderFields: Sendable {
    /// A field: its line and its text as written, with the span of that text.
    public struct Field: Sendable, Equatable {
        public let line: Int
        public let text: String
        public let range: SourceRange
    }

    /// The document symbol standing on its own (`CEB/2021/1`), or at a column
    /// edge of a two-column line (`United Nations      A/HRC/43/15`).
    public let symbol: Field?
    /// The issue date: a date with its year standing on its own or at a column
    /// edge, in the header's language (English in Russian, Chinese and Arabic documents).
    public let date: Field?
    /// The issue date's value.
    public let issueDate: CalendarDate?
    /// `Distr.: General`, `Distr. générale`; for the legacy form split over two
    /// lines (`Distr.` / `GENERAL`) the text joins both and the range is the first.
    public let distribution: Field?
    /// The category word as written (`General`, `GENERALE`, `RESTREINTE*`), if any.
    public let distributionCategory: String?
    /// `Original: English`, `Original : anglais`.
    public let original: Field?
    /// The language-of-issue line of the document's language (`Français`).
    public let languageOfIssue: Field?

    // The spaces of a header line include the no-break ones. Group 1 of the
    // distribution pattern is the category word.
    private static let distributionPattern = try! Regex(
        #"(?i)\bDistr\b[.:：\s\x{A0}\x{202F}]*(\p{L}+\*?)?"#)
    /// `Original` opens its line, or a column (after two spaces), or follows the
    /// date on a joined line; elsewhere it is a word of the prose.
    private static let originalPattern = try! Regex(
        #"(?i)(?:^[\s*#_>]*|(?<=\s\s)|(?<=\d\s))\bOriginal\b[ \t\x{A0}\x{202F}]*[:：]?[ \t\x{A0}\x{202F}]*(?:\p{L}+(?:[ \t\x{A0}]+\p{Ll}{1,3}[ \t\x{A0}]+\p{L}+)?)?"#)
    private static let categoryLine = try! Regex(#"(?<=^|\s)\p{Lu}+\*?(?=[\s\x{A0}]*$)"#)
    private static let lineContent = try! Regex(#"\S(?:.*\S)?"#)

    /// Whether `bytes` of `text` stand alone: nothing else on the line but
    /// spaces and markup, or a gap of two spaces (a column) on each side that has text.
    static func standsAlone(_ bytes: Range<Int>, in text: String) -> Bool {
        let utf8 = text.utf8
        func clear(_ side: Substring.UTF8View, gapAtEnd: Bool) -> Bool {
            let scalars = Substring(side).unicodeScalars
            if scalars.allSatisfy({ $0.isWhiteSpace || "*_#".unicodeScalars.contains($0) }) { return true }
            let gap = gapAtEnd ? Array(scalars.suffix(2)) : Array(scalars.prefix(2))
            return gap.count == 2 && gap.allSatisfy(\.isWhiteSpace)
        }
        return clear(utf8[bytesIn: 0..<bytes.lowerBound], gapAtEnd: true)
            && clear(utf8[bytesIn: bytes.upperBound..<utf8.count], gapAtEnd: false)
    }

    /// Reads the fields of `header`, a header block of `source` written in `language`.
    /// `dates` reads the header date (``DateScanner/header(for:)``).
    public init(source: SourceText, format: InputFormat, language: LanguageProfile, header: HeaderBlock, dates: DateScanner) {
        // Header lines are short and the patterns constant: no limit can be hit.
        func find(_ pattern: Regex, on line: Int) -> (field: Field, match: Match)? {
            let text = String(source.lines[line - 1].text)
            guard let match = try? pattern.firstMatch(in: text) else { return nil }
            let written = String(decoding: text.utf8[bytesIn: match.range], as: UTF8.self).trimmingWhitespace()
            let bytes = match.range.lowerBound..<(match.range.lowerBound + written.utf8.count)
            return (Field(line: line, text: written, range: source.range(line: line, bytes: bytes)), match)
        }
        let lines = header.lines.map(\.number)
        var distribution: Field?
        var category: String?
        for (index, line) in lines.enumerated() {
            guard let found = find(Self.distributionPattern, on: line) else { continue }
            distribution = found.field
            category = found.match[1].map { String(decoding: String(source.lines[line - 1].text).utf8[bytesIn: $0], as: UTF8.self) }
            // `Distr.` alone, its category on the next header line (`GENERAL`).
            if category == nil, index + 1 < lines.count, let next = find(Self.categoryLine, on: lines[index + 1]) {
                category = next.field.text
                distribution = Field(line: line, text: found.field.text + " " + next.field.text, range: found.field.range)
            }
            break
        }
        self.distribution = distribution
        self.distributionCategory = category
        var symbol: Field?
        var date: (Field, CalendarDate?)?
        for line in lines where symbol == nil || date == nil {
            let text = String(source.lines[line - 1].text)
            if symbol == nil, let found = try? SymbolCatalog.shared.grammar.matches(in: text, format: format)
                .first(where: { Self.standsAlone($0.range, in: text) }) {
                symbol = Field(line: line, text: found.text, range: source.range(line: line, bytes: found.range))
            }
            if date == nil, let found = try? dates.date(onLine: text), let year = found.yearRange {
                let bytes = min(found.dayRange.lowerBound, found.monthRange?.lowerBound ?? .max)..<year.upperBound
                let afterDistribution = distribution?.line == line && distribution!.range.end.offset - source.lines[line - 1].startOffset <= bytes.lowerBound
                if afterDistribution || Self.standsAlone(bytes, in: text) {
                    let written = String(decoding: text.utf8[bytesIn: bytes], as: UTF8.self)
                    date = (Field(line: line, text: written, range: source.range(line: line, bytes: bytes)), found.calendarDate)
                }
            }
        }
        self.symbol = symbol
        self.date = date?.0
        self.issueDate = date?.1 ?? nil
        self.original = lines.lazy.compactMap { find(Self.originalPattern, on: $0)?.field }.first
        let languageOfIssue = language.header.languageOfIssue?.lowercased()
        self.languageOfIssue = header.lines.first { $0.text.lowercased() == languageOfIssue }
            .flatMap { find(Self.lineContent, on: $0.number)?.field }
    }
}
