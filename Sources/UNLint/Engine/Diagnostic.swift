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

    /// Output order: line, column, then rule id.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.range.start.line, $0.range.start.column, $0.rule, $0.message)
                < ($1.range.start.line, $1.range.start.column, $1.rule, $1.message)
        }
    }
}
