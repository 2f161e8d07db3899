import PCRE2

/// Diagnostics the engine itself emits, outside any rule.
public enum EngineDiagnostics {
    public static let encoding = RuleDescription(
        id: "parse/encoding",
        title: "File is not valid UTF-8",
        rationale: """
            unlint reads documents as UTF-8, the encoding of Markdown and of text converted from Word or \
            PDF. A file with invalid bytes was saved in another encoding or damaged; it is not linted \
            further, since every position after the bad byte would be unreliable.
            """,
        defaultSeverity: .error,
        examples: [])

    public static let binary = RuleDescription(
        id: "parse/binary",
        title: "File holds NUL bytes",
        rationale: """
            A document never contains NUL bytes: a file that does is binary (a Word or PDF file saved \
            with a text extension, an image) or text in UTF-16. It is reported once, at the first NUL \
            byte, and not linted further, rather than buried under findings about its bytes.
            """,
        defaultSeverity: .error,
        examples: [])

    public static let empty = RuleDescription(
        id: "parse/empty",
        title: "File has no text",
        rationale: """
            An empty file, or one of blank lines only, is usually a failed conversion or a wrong path. \
            unlint says so once instead of reporting every part of a UN document as missing.
            """,
        defaultSeverity: .warning,
        examples: [])

    public static let matchLimit = RuleDescription(
        id: "engine/match-limit",
        title: "A pattern hit the PCRE2 match limit",
        rationale: """
            Every regular expression runs under a match limit, so that a pattern with catastrophic \
            backtracking cannot hang a run. When a pattern hits it, the document is reported and the run \
            goes on; the findings of that pattern on that document are incomplete.
            """,
        defaultSeverity: .warning,
        examples: [])

    public static let unknownRule = RuleDescription(
        id: "suppression/unknown-rule",
        title: "Suppression names an unknown rule",
        rationale: """
            An inline suppression (`<!-- unlint-disable RULE -->` and its forms) names a rule id or family \
            glob that matches no rule: usually a typo or a rule that was renamed, so the finding it was \
            meant to silence is still reported. The misspelt id suppresses nothing.
            """,
        defaultSeverity: .warning,
        examples: [])

    public static let unused = RuleDescription(
        id: "suppression/unused",
        title: "Suppression that suppressed nothing",
        rationale: """
            An inline suppression that silenced no finding, or an `unlint-enable` that re-enabled nothing, \
            is stale: the text it excused was fixed or moved. Reporting it keeps suppressions from piling \
            up and from hiding a future finding nobody meant to excuse.
            """,
        defaultSeverity: .warning,
        examples: [])

    /// A `engine/match-limit` warning at the start of `source`: what of the
    /// document `checker` (a rule, or the symbol or date scan) could not read.
    static func matchLimit(rule checker: String, error: PCRE2Error, in source: SourceText) -> Diagnostic {
        let start = SourcePosition(line: 1, column: 1, offset: source.baseOffset)
        return Diagnostic(
            rule: matchLimit.id, severity: matchLimit.defaultSeverity,
            message: "\(checker) could not check this document: \(error).", range: SourceRange(start: start, end: start))
    }

    /// Descriptions of the engine's own diagnostics, for `rules` and `explain`.
    public static let all = [matchLimit, binary, empty, encoding, unknownRule, unused]
}
