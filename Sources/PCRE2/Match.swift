import CPCRE2

/// One match. All ranges are UTF-8 byte offsets into the subject.
public struct Match: Sendable, Hashable {
    /// The whole match.
    public let range: Range<Int>
    /// Capturing groups 1...n at indices 0..<n; nil when a group did not take part.
    public let captures: [Range<Int>?]

    public init(range: Range<Int>, captures: [Range<Int>?]) {
        self.range = range
        self.captures = captures
    }

    /// Reads pairs 0...groups of a match data's ovector (start, end byte offsets).
    init(ovector: UnsafePointer<Int>, groups: Int) {
        range = ovector[0]..<ovector[1]
        captures = (1..<groups + 1).map { i in
            ovector[2 * i] == cpcre2_unset() ? nil : ovector[2 * i]..<ovector[2 * i + 1]
        }
    }

    /// Group 0 is the whole match; nil for an unset or nonexistent group.
    public subscript(group: Int) -> Range<Int>? {
        if group == 0 { return range }
        return captures.indices.contains(group - 1) ? captures[group - 1] : nil
    }
}
