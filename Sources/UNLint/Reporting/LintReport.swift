/// The results of one run, as reporters receive them: files in output order
/// (by path), each with its diagnostics sorted by line, column and rule.
public struct LintReport: Sendable {
    public static let toolName = "unlint"
    public static let toolVersion = "0.1.0"

    public let files: [FileResult]
    /// With `--baseline`: how many recorded findings of the linted files matched
    /// nothing (stale baseline entries); nil when no baseline was applied.
    public let staleBaselineEntries: Int?

    public init(files: [FileResult], staleBaselineEntries: Int? = nil) {
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.staleBaselineEntries = staleBaselineEntries
    }

    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == severity }.count }
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

/// Formats a report. Reporters only format: positions and messages come ready.
public protocol Reporter {
    func report(_ report: LintReport) -> String
}
