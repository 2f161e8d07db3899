/// A heading: a Markdown ATX heading, or in plain text a labelled line
/// (`II. Premier débat – …`, `A. Approval of documents`) or an annex line.
/// A class of constants: the outline and the rules share one heading (over
/// 300 bytes) instead of copying it.
public final class Heading: Sendable, Equatable {
    public let line: Int
    /// The whole heading line as written.
    public let range: SourceRange
    /// The heading text without `#` marks and emphasis.
    public let text: String
    /// The Markdown level (1–6), or nil when the heading carries no `#`.
    public let markdownLevel: Int?
    /// The span of the `#` marks, when there are any.
    public let levelMarkerRange: SourceRange?
    /// The label (`IV`, `B`, `أولا`), when the heading has one.
    public let label: Label?
    /// The title after the label.
    public let title: String
    /// The opening and closing emphasis markers around the text (`**…**`), if any.
    public let emphasis: Emphasis?
    /// True for a heading that opens an annex (`Annex`, `Annexe II`, `المرفق`).
    public let opensAnnex: Bool
    /// True for a heading that opens a part (`Part two`, `Deuxième partie`):
    /// chapters are numbered from I again; paragraphs run on.
    public let opensPart: Bool
    /// Which annex the heading is in: 0 for the main body, 1 for the first annex…
    public let annex: Int

    public init(
        line: Int, range: SourceRange, text: String, markdownLevel: Int?, levelMarkerRange: SourceRange?, label: Label?,
        title: String, emphasis: Emphasis?, opensAnnex: Bool, opensPart: Bool, annex: Int
    ) {
        self.line = line
        self.range = range
        self.text = text
        self.markdownLevel = markdownLevel
        self.levelMarkerRange = levelMarkerRange
        self.label = label
        self.title = title
        self.emphasis = emphasis
        self.opensAnnex = opensAnnex
        self.opensPart = opensPart
        self.annex = annex
    }

    /// Equal when everything read is equal, as for a value.
    public static func == (lhs: Heading, rhs: Heading) -> Bool {
        lhs.line == rhs.line && lhs.range == rhs.range && lhs.text == rhs.text && lhs.markdownLevel == rhs.markdownLevel
            && lhs.levelMarkerRange == rhs.levelMarkerRange && lhs.label == rhs.label && lhs.title == rhs.title
            && lhs.emphasis == rhs.emphasis && lhs.opensAnnex == rhs.opensAnnex && lhs.opensPart == rhs.opensPart
            && lhs.annex == rhs.annex
    }

    /// Emphasis markup wrapped around a heading's text.
    public struct Emphasis: Sendable, Equatable {
        /// `**`, `*`, `__` or `_`.
        public let marker: String
        /// From the opening marker to the end of the closing marker.
        public let range: SourceRange
    }
}

/// A chapter, section or number label at the head of a heading.
public struct Label: Sendable, Equatable {
    public enum Rank: String, Sendable, Equatable {
        /// Roman numeral (`IV`), Chinese numeral (`四`) or Arabic ordinal word (`رابعا`).
        case chapter
        /// Capital letter (`B`) or Arabic letter name (`باء`).
        case section
        /// Arabic number (`1.`), a sub-section heading.
        case number
    }
    public let rank: Rank
    /// The label as written (`IV`, `B`, `一`).
    public let text: String
    /// Its place in the series (`IV` → 4, `B` → 2), or nil when it is not a
    /// valid member of the series (`IIII`, `IC`).
    public let value: Int?
    public let range: SourceRange
}
