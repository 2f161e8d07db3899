import PCRE2

/// A built-in check. One type per file under `Rules/`, listed in ``builtInRules``.
public protocol Rule: Sendable {
    /// The rule's id, title, rationale, severity and examples.
    static var description: RuleDescription { get }
    init()
    /// Reports the findings in `document`; `report` attaches the rule id and severity.
    func check(_ document: Document, report: inout DiagnosticSink)
}

/// Collects one rule's findings with that rule's id and severity.
public struct DiagnosticSink {
    public let rule: String
    public let severity: Severity
    public private(set) var diagnostics: [Diagnostic] = []

    public init(rule: String, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    /// Reports a finding; `severity` lowers it for a milder case of the same
    /// rule (a legacy form is a warning where a wrong form is an error).
    public mutating func callAsFunction(
        _ message: String, at range: SourceRange, related: [Diagnostic.Related] = [], severity: Severity? = nil
    ) {
        let severity = severity.map { min($0, self.severity) } ?? self.severity
        diagnostics.append(Diagnostic(rule: rule, severity: severity, message: message, range: range, related: related))
    }

    /// Makes room for `count` more findings at once: a pattern can match
    /// hundreds of thousands of times, and a list grown by doubling holds its
    /// old and new copies together.
    public mutating func reserveCapacity(forMore count: Int) {
        diagnostics.reserveCapacity(diagnostics.count + count)
    }

    /// Reports that one of the rule's patterns hit a PCRE2 limit on this
    /// document, as `engine/match-limit` at its start: the rule could not check it.
    public mutating func patternFailed(_ error: PCRE2Error, in source: SourceText) {
        diagnostics.append(EngineDiagnostics.matchLimit(rule: rule, error: error, in: source))
    }
}

/// What a rule is, for `unlint rules`, `unlint explain` and the tests.
public struct RuleDescription: Sendable {
    /// `family/name`, a public contract.
    public let id: String
    public let title: String
    /// Why the UN convention exists, with its reference.
    public let rationale: String
    public let defaultSeverity: Severity
    /// Documents that trigger the rule (markers `↓` where each finding starts)
    /// and documents that do not; run as tests and printed by `explain`.
    public let examples: [RuleExample]
    /// Where the convention is documented, when a rule pack gives it.
    public let link: String?

    public init(
        id: String, title: String, rationale: String, defaultSeverity: Severity, examples: [RuleExample],
        link: String? = nil
    ) {
        self.id = id
        self.title = title
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.examples = examples
        self.link = link
    }
}
