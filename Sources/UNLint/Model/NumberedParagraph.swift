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

/// A run of non-blank lines. It keeps no copy of its text (a document can
/// have a million blocks): ``text(in:format:)`` reads it again.
public struct Block: Sendable, Equatable {
    public let lines: ClosedRange<Int>
    /// Where the block's text starts (after any paragraph number).
    public let start: SourcePosition
    /// True when a page break (form feed, run of blank lines, rule or page
    /// furniture) separates it from the previous block.
    public let followsPageBreak: Bool

    /// The block's text in `source`, read as `format`: each line's content
    /// (without its indentation and trailing spaces), the first from
    /// ``start``, joined by a space, without white space around it.
    public func text(in source: SourceText, format: InputFormat) -> String {
        lineTexts(in: source, format: format).joined(separator: " ").trimmingWhitespace()
    }

    /// The first character of ``text(in:format:)``, reading no further.
    public func firstCharacter(in source: SourceText, format: InputFormat) -> Character? {
        lineTexts(in: source, format: format).lazy.compactMap { $0.first { !$0.isWhitespace } }.first
    }

    private func lineTexts(in source: SourceText, format: InputFormat) -> LazyMapSequence<ClosedRange<Int>, Substring> {
        lines.lazy.map { number in
            let line = source.lines[number - 1]
            let scanned = LineScanner.scan(line, format: format)
            let from = number == lines.lowerBound ? start.offset - line.startOffset : scanned.contentStart
            let utf8 = line.text.utf8
            let first = utf8.index(utf8.startIndex, offsetBy: from)
            return line.text[first..<utf8.index(first, offsetBy: scanned.contentStart + scanned.content.utf8.count - from)]
        }
    }
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
