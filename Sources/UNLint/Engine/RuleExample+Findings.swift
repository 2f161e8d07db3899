/// One finding of a rule example, expected or reported, compared whole.
public struct ExampleFinding: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let rule: String
    public let severity: Severity
    public let message: String

    public var description: String { "\(line):\(column) \(severity.rawValue) \(rule): \(message)" }
}

extension RuleExample {
    /// The findings the example expects of `rule`, and those `linter` (which
    /// should run that rule alone) reports on it, `§` read as `filler`.
    public func findings(
        of rule: RuleDescription, linter: Linter, filler: String = "…"
    ) throws(LintOptionError) -> (expected: [ExampleFinding], reported: [ExampleFinding]) {
        let (text, offsets) = rendered(filler: filler)
        let source = SourceText(text)
        let expected = offsets.enumerated().map { index, offset in
            let position = source.position(atOffset: offset)
            return ExampleFinding(
                line: position.line, column: position.column, rule: rule.id,
                severity: severities.isEmpty ? rule.defaultSeverity : severities[index], message: messages[index])
        }
        let result = try linter.lint(source, path: "example", format: format, language: language)
        let reported = result.diagnostics.map {
            ExampleFinding(
                line: $0.range.start.line, column: $0.range.start.column, rule: $0.rule, severity: $0.severity,
                message: $0.message)
        }
        return (expected, reported)
    }
}
