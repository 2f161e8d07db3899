extension SourceText {
    /// The source range of the UTF-8 bytes `range` of ``text`` (PCRE2 match
    /// offsets), in file offsets: the byte-order mark, if any, is added here.
    func range(ofTextBytes range: Range<Int>) -> SourceRange {
        SourceRange(
            start: position(atOffset: baseOffset + range.lowerBound),
            end: position(atOffset: baseOffset + range.upperBound))
    }

    /// The text at the UTF-8 bytes `range` of ``text`` (PCRE2 match offsets), not copied.
    func text(ofTextBytes range: Range<Int>) -> Substring {
        lines.slice(range)
    }
}
