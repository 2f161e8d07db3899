/// The inline suppressions of one document and how they filter its diagnostics.
///
/// Suppressions apply after the rules ran, by line: `unlint-disable` from its own
/// line to the matching `unlint-enable` (or the end of the file),
/// `unlint-disable-next-line` the line after it, `unlint-disable-file` every line.
/// A diagnostic is suppressed when the line it starts on is covered by a
/// suppression naming its rule (by id or family glob) or naming no rule.
/// `parse/*` and `suppression/*` diagnostics are never suppressed.
public struct Suppressions: Sendable {
    public let directives: [SuppressionDirective]

    public init(directives: [SuppressionDirective]) {
        self.directives = directives
    }

    /// The directives of a Markdown document.
    public init(scanning source: SourceText) {
        self.init(directives: SuppressionDirective.scan(source))
    }

    /// `source` with every directive comment replaced by spaces of the same
    /// byte length, so that the parser sees a blank line (or blank span) where
    /// a comment stood and every offset stays where it was.
    public func masking(_ source: SourceText) -> SourceText {
        guard !directives.isEmpty else { return source }
        var bytes = Array(source.text.utf8)
        for directive in directives {
            let start = directive.range.start.offset - source.baseOffset
            let end = directive.range.end.offset - source.baseOffset
            for index in start..<end { bytes[index] = 0x20 }
        }
        let prefix: [UInt8] = source.baseOffset == 3 ? [0xEF, 0xBB, 0xBF] : []
        // Only ASCII spaces replaced whole scalars: the bytes stay valid UTF-8.
        return try! SourceText(bytes: prefix + bytes)
    }

    /// Whether a diagnostic of `rule` may be suppressed at all.
    public static func isSuppressible(_ rule: String) -> Bool {
        !rule.hasPrefix("parse/") && !rule.hasPrefix("suppression/")
    }

    /// Whether `pattern` (a rule id, or a glob where `*` matches any run of characters) names `rule`.
    public static func pattern(_ pattern: String, matches rule: String) -> Bool {
        guard pattern.contains("*") else { return pattern == rule }
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        var rest = Substring(rule)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for (index, part) in parts.enumerated().dropFirst() {
            if index == parts.count - 1 { return part.isEmpty || rest.hasSuffix(part) }
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// One rule (or every rule, `pattern == nil`) suppressed over `lines` by the directive at `directive`.
    private struct Region {
        let directive: Int
        let pattern: String?
        var lines: ClosedRange<Int>
        var used = false
    }

    /// The diagnostics that remain once the suppressions applied, plus a
    /// `suppression/unknown-rule` warning for each rule id that names no rule
    /// in `knownRules` and a `suppression/unused` warning for each suppression
    /// that suppressed nothing; sorted for output.
    public func apply(to diagnostics: [Diagnostic], knownRules: Set<String>) -> [Diagnostic] {
        guard !directives.isEmpty else { return diagnostics }
        // The rules saw each directive as blanks: a finding that reaches into
        // them (spaces before an inline comment) is not about the document.
        let diagnostics = diagnostics.filter { !reachesIntoDirective($0) }
        var regions: [Region] = []
        var open: [Int] = []
        var engine: [Diagnostic] = []
        for (index, directive) in directives.enumerated() {
            var patterns: [String?] = []
            for rule in directive.rules {
                if knownRules.contains(where: { Self.pattern(rule, matches: $0) }) {
                    patterns.append(rule)
                } else {
                    engine.append(Diagnostic(
                        rule: EngineDiagnostics.unknownRule.id, severity: EngineDiagnostics.unknownRule.defaultSeverity,
                        message: "Unknown rule '\(rule)' in \(directive.kind.rawValue); `unlint rules` lists the rule ids.",
                        range: directive.range))
                }
            }
            // A directive whose every rule is unknown suppresses nothing; it is reported once, as unknown.
            if patterns.isEmpty {
                guard directive.rules.isEmpty else { continue }
                patterns = [nil]
            }
            let line = directive.line
            switch directive.kind {
            case .disable:
                for pattern in patterns {
                    open.append(regions.count)
                    regions.append(Region(directive: index, pattern: pattern, lines: line...Int.max))
                }
            case .disableNextLine:
                for pattern in patterns { regions.append(Region(directive: index, pattern: pattern, lines: (line + 1)...(line + 1))) }
            case .disableFile:
                for pattern in patterns { regions.append(Region(directive: index, pattern: pattern, lines: 1...Int.max)) }
            case .enable:
                for pattern in patterns {
                    let closing = open.filter { pattern == nil || regions[$0].pattern == pattern }
                    if closing.isEmpty {
                        engine.append(unused(directive, pattern, "enabled nothing that was disabled"))
                    }
                    for region in closing { regions[region].lines = regions[region].lines.lowerBound...line }
                    open.removeAll { closing.contains($0) }
                }
            }
        }
        // Regions of one line (most are) by line; the others looked through.
        var oneLine: [Int: [Int]] = [:]
        var spanning: [Int] = []
        for (index, region) in regions.enumerated() {
            if region.lines.lowerBound == region.lines.upperBound {
                oneLine[region.lines.lowerBound, default: []].append(index)
            } else {
                spanning.append(index)
            }
        }
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let line = diagnostic.range.start.line
            var suppressed = false
            if Self.isSuppressible(diagnostic.rule) {
                for index in (oneLine[line] ?? []) + spanning where regions[index].lines.contains(line) {
                    if let pattern = regions[index].pattern, !Self.pattern(pattern, matches: diagnostic.rule) { continue }
                    regions[index].used = true
                    suppressed = true
                }
            }
            if !suppressed { kept.append(diagnostic) }
        }
        for region in regions where !region.used {
            engine.append(unused(directives[region.directive], region.pattern, "suppressed nothing"))
        }
        return Diagnostic.sortedForOutput(kept + engine)
    }

    /// Whether `diagnostic` overlaps a directive's comment. The directives
    /// come in the order of the text and do not overlap: the first that ends
    /// after the diagnostic starts is the only one it can reach into.
    private func reachesIntoDirective(_ diagnostic: Diagnostic) -> Bool {
        var low = 0
        var high = directives.count
        while low < high {
            let mid = (low + high) / 2
            if directives[mid].range.end.offset <= diagnostic.range.start.offset { low = mid + 1 } else { high = mid }
        }
        return low < directives.count && directives[low].range.start.offset < diagnostic.range.end.offset
    }

    private func unused(_ directive: SuppressionDirective, _ pattern: String?, _ what: String) -> Diagnostic {
        let named = pattern.map { "\(directive.kind.rawValue) \($0)" } ?? directive.kind.rawValue
        return Diagnostic(
            rule: EngineDiagnostics.unused.id, severity: EngineDiagnostics.unused.defaultSeverity,
            message: "\(named) \(what); remove it.", range: directive.range)
    }
}
