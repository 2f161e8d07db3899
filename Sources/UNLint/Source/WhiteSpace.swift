extension Unicode.Scalar {
    /// Unicode's White_Space property, answered without a table lookup for
    /// ASCII (tab to carriage return, and space): parsing asks it of nearly
    /// every line end.
    var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, no-break spaces, form feeds).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        // A string with nothing to trim (most paragraphs) is not copied.
        if first == startIndex, index(after: last) == endIndex, let whole = self as? String { return whole }
        return String(self[first...last])
    }
}

extension Substring.UnicodeScalarView {
    /// The view without trailing white space.
    func droppingTrailingWhitespace() -> Substring.UnicodeScalarView {
        var result = self
        while let last = result.last, last.isWhiteSpace { result = result.droppingLast() }
        return result
    }

    /// The view without its last scalar, in constant time: `dropLast()`
    /// counted the whole view first, and sentence ends are read at every line
    /// of a block that can be long.
    func droppingLast() -> Substring.UnicodeScalarView {
        self[..<index(before: endIndex)]
    }
}
