/// A numbered paragraph with everything up to the next paragraph or heading.
public struct NumberedParagraph: Sendable, Equatable {
    public let number: Int
    /// The paragraph number as written (`12.`, `12 -`), not the text after it.
    public let numberRange: SourceRange
    /// The blocks of the paragraph; the first holds the number. Later blocks
    /// follow a blank line, a page break or page furniture.
    public internal(set) var blocks: [Block]
    /// Sub-paragraph labels in order, inline or one per line.
    public internal(set) var subparagraphs: [SubparagraphLabel]
    /// Which annex the paragraph is in: 0 for the main body.
    public let annex: Int

    /// First and last line of the paragraph.
    public var lines: ClosedRange<Int> { blocks[0].lines.lowerBound...blocks[blocks.count - 1].lines.upperBound }
}

/// A run of non-blank lines.
public struct Block: Sendable, Equatable {
    public let lines: ClosedRange<Int>
    /// The block's text, lines joined by a space (for sentence checks). A
    /// block of one line is a slice of the document's text, not a copy.
    public let text: Substring
    /// Where the block's text starts (after any paragraph number).
    public let start: SourcePosition
    /// True when a page break (form feed, run of blank lines, rule or page
    /// furniture) separates it from the previous block.
    public let followsPageBreak: Bool
}

/// A sub-paragraph label: `(a)`, `a)`, `(iv)`, `(ب)`.
public struct SubparagraphLabel: Sendable, Equatable {
    public enum Style: String, Sendable, Equatable {
        case parenthesized = "(a)"
        case closingParenthesis = "a)"
    }
    /// The label's letters as written (`b`, `iv`, `ب`).
    public let text: String
    /// The label folded to its canonical letters (Cyrillic look-alikes → Latin).
    public let folded: String
    public let style: Style
    public let range: SourceRange
    /// True when the label starts its line (a list written one item per line).
    public let startsLine: Bool
    /// True when the letter belongs to another alphabet (Cyrillic `б` in a
    /// Russian document, whose labels are Latin); `folded` holds the right one.
    public let foreign: Bool
}
