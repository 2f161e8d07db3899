/// One inline suppression comment in a Markdown document:
/// `<!-- unlint-disable RULE… -- reason -->`, `<!-- unlint-enable RULE… -->`,
/// `<!-- unlint-disable-next-line RULE… -->` or `<!-- unlint-disable-file RULE… -->`.
public struct SuppressionDirective: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case disable = "unlint-disable"
        case enable = "unlint-enable"
        case disableNextLine = "unlint-disable-next-line"
        case disableFile = "unlint-disable-file"
    }

    public let kind: Kind
    /// Rule ids or family globs (`header/*`); empty means every rule.
    public let rules: [String]
    /// The text after ` -- `, why the exception is justified; nil when none was given.
    public let reason: String?
    /// The whole comment, `<!--` to `-->`.
    public let range: SourceRange

    public init(kind: Kind, rules: [String], reason: String?, range: SourceRange) {
        self.kind = kind
        self.rules = rules
        self.reason = reason
        self.range = range
    }

    /// The 1-based line the comment starts on.
    public var line: Int { range.start.line }

    /// Every directive in `source`, in order. A directive is one HTML comment on
    /// one line whose first word is one of the `Kind` keywords; other comments
    /// are left alone.
    public static func scan(_ source: SourceText) -> [SuppressionDirective] {
        var found: [SuppressionDirective] = []
        for line in source.lineIndices(holding: "<!--").map({ source.lines[$0] }) {
            let bytes = Array(line.text.utf8)
            var index = 0
            while let open = find(Array("<!--".utf8), in: bytes, from: index) {
                guard let close = find(Array("-->".utf8), in: bytes, from: open + 4) else { break }
                index = close + 3
                let body = String(decoding: bytes[(open + 4)..<close], as: UTF8.self)
                guard let directive = parse(body) else { continue }
                found.append(SuppressionDirective(
                    kind: directive.kind, rules: directive.rules, reason: directive.reason,
                    range: source.range(line: line.number, bytes: open..<(close + 3))))
            }
        }
        return found
    }

    /// The keyword, rules and reason of a comment body, or nil when it is no directive.
    static func parse(_ body: String) -> (kind: Kind, rules: [String], reason: String?)? {
        var text = body
        var reason: String?
        if let separator = text.range(of: " -- ") {
            let given = text[separator.upperBound...].trimmingWhitespace()
            reason = given.isEmpty ? nil : given
            text = String(text[..<separator.lowerBound])
        }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init)
        if words.last == "--" { words.removeLast() }
        guard let first = words.first, let kind = Kind(rawValue: first) else { return nil }
        return (kind, Array(words.dropFirst()), reason)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
