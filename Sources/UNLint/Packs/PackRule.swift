import PCRE2

/// A rule read from a rule pack (`Rules/packs/*.yml` or a user's file): PCRE2
/// patterns run over one scope of the document, of one of four kinds.
public struct PackRule: Sendable {
    public let description: RuleDescription
    public let kind: Kind
    public let scope: TextScope
    /// The language codes the rule runs on; nil for every language.
    public let languages: [String]?
    /// Patterns whose matches cancel the rule's matches that they cover.
    let exceptions: [Regex]
    let message: MessageTemplate
    /// The file that defined the rule, as named in messages.
    public let file: String

    public enum Kind: Sendable {
        /// Every match is a finding.
        case existence([Regex])
        /// Every match of a pattern is a finding that proposes its replacement.
        case substitution([Swap])
        /// Fewer than `min` or more than `max` matches in one unit of the scope is a finding.
        case occurrence([Regex], min: Int?, max: Int?)
        /// Both spellings of a pair in one document: each use of the one that
        /// came second is a finding.
        case consistency([(first: Regex, second: Regex)])

        public var name: String {
            switch self {
            case .existence: "existence"
            case .substitution: "substitution"
            case .occurrence: "occurrence"
            case .consistency: "consistency"
            }
        }
    }

    public struct Swap: Sendable {
        let pattern: Regex
        let replacement: MessageTemplate
    }

    /// The rule's patterns as written: `pattern`/`patterns`, `swap` keys or `either` pairs.
    public var patterns: [String] {
        switch kind {
        case .existence(let regexes), .occurrence(let regexes, _, _): regexes.map(\.pattern)
        case .substitution(let swaps): swaps.map(\.pattern.pattern)
        case .consistency(let pairs): pairs.flatMap { [$0.first.pattern, $0.second.pattern] }
        }
    }

    func applies(to language: String) -> Bool {
        languages?.contains(language) ?? true
    }

    /// Reports the rule's findings in `document`. A pattern that hits a PCRE2
    /// limit stops the rule for this document with one `engine/match-limit`.
    func check(_ document: Document, report: inout DiagnosticSink) {
        guard applies(to: document.language.code) else { return }
        let regions = document.regions.regions(scope)
        guard !regions.isEmpty || isCountingMinimum else { return }
        var finder = MatchFinder(text: document.source.text, exceptions: exceptions, regions: regions)
        do {
            switch kind {
            case .existence(let patterns):
                let matches = try finder.matches(of: patterns)
                report.reserveCapacity(forMore: matches.count)
                for match in matches {
                    report(render(message, match.match, in: finder.text), at: range(match.range, document))
                }
            case .substitution(let swaps):
                let matches = try finder.matches(of: swaps.map(\.pattern))
                report.reserveCapacity(forMore: matches.count)
                for match in matches {
                    let suggestion = render(swaps[match.pattern].replacement, match.match, in: finder.text)
                    // A case-insensitive pattern also matches the right form.
                    guard suggestion != finder.text(of: match.range) else { continue }
                    report(
                        render(message, match.match, in: finder.text, ["suggestion": suggestion]),
                        at: range(match.range, document))
                }
            case .occurrence(let patterns, let min, let max):
                try checkOccurrence(patterns, min: min, max: max, finder: finder, document: document, report: &report)
            case .consistency(let pairs):
                for pair in pairs {
                    let first = try finder.matches(of: [pair.first])
                    let second = try finder.matches(of: [pair.second])
                    guard let firstStart = first.first?.range.lowerBound, let secondStart = second.first?.range.lowerBound
                    else { continue }
                    let (kept, reported) = firstStart <= secondStart ? (first, second) : (second, first)
                    let suggestion = finder.text(of: kept[0].range)
                    for match in reported {
                        report(
                            render(message, match.match, in: finder.text, ["suggestion": suggestion]),
                            at: range(match.range, document))
                    }
                }
            }
        } catch {
            report.patternFailed(error, in: document.source)
        }
    }

    private var isCountingMinimum: Bool {
        if case .occurrence(_, let min?, _) = kind, min > 0, !scope.unitPerBlock { return true }
        return false
    }

    private func checkOccurrence(
        _ patterns: [Regex], min: Int?, max: Int?, finder: MatchFinder, document: Document,
        report: inout DiagnosticSink
    ) throws(PCRE2Error) {
        // A scope with no text at all still has to meet its minimum.
        let regions = finder.regions.isEmpty ? [0..<0] : finder.regions
        let units = scope.unitPerBlock ? regions.map { [$0] } : [regions]
        for unit in units {
            var unitFinder = MatchFinder(text: finder.text, exceptions: exceptions, regions: unit)
            let matches = try unitFinder.matches(of: patterns)
            let counts = ["count": String(matches.count), "min": min.map(String.init) ?? "", "max": max.map(String.init) ?? ""]
            if let max, matches.count > max {
                let extra = matches[max]
                report(render(message, extra.match, in: finder.text, counts), at: range(extra.range, document))
            } else if let min, matches.count < min {
                let start = unit[0].lowerBound
                report(
                    render(message, nil, in: finder.text, counts.merging(["match": ""]) { $1 }),
                    at: range(start..<start, document))
            }
        }
    }

    private func render(
        _ template: MessageTemplate, _ match: Match?, in text: String, _ values: [String: String] = [:]
    ) -> String {
        template.render(
            groups: { group in match?[group].map { MatchFinder.text(of: $0, in: text) } ?? "" },
            named: { name in
                if name == "match", let match { return MatchFinder.text(of: match.range, in: text) }
                return values[name] ?? ""
            })
    }

    private func range(_ bytes: Range<Int>, _ document: Document) -> SourceRange {
        let base = document.source.baseOffset
        return SourceRange(
            start: document.source.position(atOffset: base + bytes.lowerBound),
            end: document.source.position(atOffset: base + bytes.upperBound))
    }
}

/// One pattern's match, with which of the rule's patterns it came from.
struct PatternMatch {
    let match: Match
    let pattern: Int

    var range: Range<Int> { match.range }
}

/// Runs a rule's patterns over the regions of its scope and drops the matches
/// an exception covers. The exceptions run once, on first need.
struct MatchFinder {
    let text: String
    let exceptions: [Regex]
    let regions: [Range<Int>]
    /// The exception matches sorted by start, with the furthest end reached
    /// by any of them up to each one; nil until first needed.
    private var exceptionStarts: [Int]?
    private var exceptionReach: [Int] = []

    init(text: String, exceptions: [Regex], regions: [Range<Int>]) {
        self.text = text
        self.exceptions = exceptions
        self.regions = regions
    }

    /// Every match of `patterns` in document order (the earlier pattern first
    /// at one place), none of them covered by an exception.
    mutating func matches(of patterns: [Regex]) throws(PCRE2Error) -> [PatternMatch] {
        var found: [PatternMatch] = []
        for (index, pattern) in patterns.enumerated() {
            try pattern.forEachMatch(in: text, regions: regions) { match in
                found.append(PatternMatch(match: match, pattern: index))
                return true
            }
        }
        guard !found.isEmpty else { return [] }
        if exceptionStarts == nil {
            var ranges: [Range<Int>] = []
            for exception in exceptions {
                try exception.forEachMatch(in: text, regions: regions) { match in
                    ranges.append(match.range)
                    return true
                }
            }
            ranges.sort { $0.lowerBound < $1.lowerBound }
            exceptionStarts = ranges.map(\.lowerBound)
            var reach = Int.min
            exceptionReach = ranges.map { range in
                reach = max(reach, range.upperBound)
                return reach
            }
        }
        return found
            .filter { !isCovered($0.range) }
            .sorted { ($0.range.lowerBound, $0.pattern) < ($1.range.lowerBound, $1.pattern) }
    }

    /// Whether an exception match starts at or before `range` and ends at or after it.
    private func isCovered(_ range: Range<Int>) -> Bool {
        guard let starts = exceptionStarts else { return false }
        // The last exception starting at or before the range (binary search).
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low > 0 && exceptionReach[low - 1] >= range.upperBound
    }

    func text(of range: Range<Int>) -> String { Self.text(of: range, in: text) }

    static func text(of range: Range<Int>, in text: String) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}
