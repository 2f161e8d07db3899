import Foundation

/// The results of one run, as reporters receive them: files in output order
/// (by path), each with its diagnostics sorted by line, column and rule.
public struct LintReport: Sendable {
    public static let toolName = "unlint"
    public static let toolVersion = "0.1.0"

    /// Where the tool is documented, for reports that link to it (SARIF's
    /// `informationUri`). unlint has no public web site yet, so this is a
    /// placeholder on the reserved `.invalid` domain (RFC 2606), which can never
    /// lead to a site someone else controls. To be changed when published.
    public static let informationURI = "https://unlint.invalid/"

    /// Where one rule is documented (SARIF's `helpUri`); under
    /// ``informationURI``, so it changes with it.
    public static func helpURI(rule id: String) -> String {
        informationURI + "rules/" + id
    }

    /// What reports that need a check name (a JUnit case, a Checkstyle
    /// source, a GitHub title) call a file that could not be read, on which no rule ran.
    public static let unreadableCheck = "unreadable"

    public let files: [FileResult]
    /// With `--baseline`: how many recorded findings of the linted files matched
    /// nothing (stale baseline entries); nil when no baseline was applied.
    public let staleBaselineEntries: Int?
    /// Every rule that ran on at least one file, engine diagnostics included, sorted
    /// by id: SARIF lists them, JUnit gives each document a test case per rule.
    public let rules: [RuleDescription]
    /// Ids of rules in `rules` that did not run on a file (an override switched
    /// them off there), by path.
    public let rulesOff: [String: Set<String>]
    /// When the run started and how long each document took, for reports that
    /// record it (JUnit); nil when unknown.
    public let timing: RunTiming?

    public init(
        files: [FileResult], staleBaselineEntries: Int? = nil, rules: [RuleDescription] = [],
        rulesOff: [String: Set<String>] = [:], timing: RunTiming? = nil
    ) {
        self.files = files.sorted { Self.outputOrder($0.path, $1.path) }
        self.staleBaselineEntries = staleBaselineEntries
        self.rules = rules.sorted { $0.id < $1.id }
        self.rulesOff = rulesOff
        self.timing = timing
    }

    /// Whether the file at path `a` comes before the one at `b` in reports:
    /// byte order of the UTF-8 paths, the same on every platform and locale.
    public static func outputOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    public func count(_ severity: Severity) -> Int {
        // Counted in place: a filtered copy would copy every finding.
        var count = 0
        for file in files {
            for index in file.diagnostics.indices where file.diagnostics[index].severity == severity { count += 1 }
        }
        return count
    }

    /// Files that could not be read at all.
    public var failures: [FileResult] { files.filter { $0.failure != nil } }

    /// The process exit code: 2 when a file could not be read, 1 when a
    /// diagnostic reaches `failOn`, else 0.
    public func exitCode(failOn: Severity = .error) -> Int32 {
        if !failures.isEmpty { return 2 }
        let failing = files.contains { $0.diagnostics.contains { $0.severity >= failOn } }
        return failing ? 1 : 0
    }
}

extension LintReport {
    /// Of `rules` (those every file runs) and the rule-pack rules some
    /// files' configurations add (``Linter/Options/packs``), those that ran on
    /// at least one of the files at `paths` (linted with `options[i]` for
    /// `paths[i]`), and by path the ones among them that did not run there:
    /// switched off, or from a pack that file's configuration does not name.
    public static func rulesThatRan(
        _ rules: [RuleDescription], paths: [String], options: [Linter.Options]
    ) -> (rules: [RuleDescription], off: [String: Set<String>]) {
        var rules = rules
        var perFile: Set<String> = []
        for rule in options.flatMap(\.packs) where !rules.contains(where: { $0.id == rule.description.id }) {
            rules.append(rule.description)
            perFile.insert(rule.description.id)
        }
        var off: [String: Set<String>] = [:]
        for (path, options) in zip(paths, options) {
            let own = Set(options.packs.map(\.description.id))
            let ids = Set(rules.map(\.id).filter { options.ruleLevels[$0] == .off || (perFile.contains($0) && !own.contains($0)) })
            if !ids.isEmpty { off[path] = ids }
        }
        let ran = rules.filter { rule in paths.contains { !(off[$0]?.contains(rule.id) ?? false) } }
        let ranIDs = Set(ran.map(\.id))
        return (ran, off.mapValues { $0.intersection(ranIDs) }.filter { !$0.value.isEmpty })
    }
}

/// Formats a report. Reporters only format: positions and messages come ready.
public protocol Reporter {
    /// Writes the report to `output`; those that can, as they go (a report
    /// can be many times the size of what was linted).
    func write(_ report: LintReport, to output: inout some TextOutputStream)
}

extension Reporter {
    /// The whole report as a string.
    public func report(_ report: LintReport) -> String {
        var text = ""
        write(report, to: &text)
        return text
    }
}
