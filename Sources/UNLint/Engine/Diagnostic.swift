/// One finding: a plain value that reporters format and never recompute.
public struct Diagnostic: Sendable, Hashable {
    public let rule: String
    public let severity: Severity
    public let message: String
    public let range: SourceRange
    /// Other places that explain the finding (the previous paragraph of a gap).
    public let related: [Related]

    public struct Related: Sendable, Hashable {
        public let message: String
        public let position: SourcePosition

        public init(message: String, position: SourcePosition) {
            self.message = message
            self.position = position
        }
    }

    public init(rule: String, severity: Severity, message: String, range: SourceRange, related: [Related] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.related = related
    }

    /// The diagnostic with its line and column read again from its offsets in
    /// `source`, where they lie on character boundaries.
    func repositioned(in source: SourceText) -> Diagnostic {
        Diagnostic(
            rule: rule, severity: severity, message: message,
            range: SourceRange(
                start: source.position(atOffset: range.start.offset), end: source.position(atOffset: range.end.offset)),
            related: related.map { Related(message: $0.message, position: source.position(atOffset: $0.position.offset)) })
    }

    /// Output order: line, column, then rule id.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var sorted = diagnostics
        sortForOutput(&sorted)
        return sorted
    }

    /// Sorts `diagnostics` as ``sortedForOutput(_:)`` does, in place.
    public static func sortForOutput(_ diagnostics: inout [Diagnostic]) {
        diagnostics.sort {
            ($0.range.start.line, $0.range.start.column, $0.rule, $0.message)
                < ($1.range.start.line, $1.range.start.column, $1.rule, $1.message)
        }
    }
}
