/// The formats a report can be written in, by their command-line names
/// (`--format NAME`, `--report NAME=PATH`).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case jsonl
    case sarif
    case junit
    case checkstyle
    case github
    case gitlab

    /// What the formats need beyond the report itself.
    public struct Options: Sendable {
        /// Text: ANSI colours.
        public var colored: Bool
        /// Text: only the diagnostic lines.
        public var quiet: Bool
        /// JUnit: a case per document and rule, or per finding.
        public var junitGranularity: JUnitReporter.Granularity
        /// JUnit: the fail level of each file by path, and of any other.
        public var failOn: [String: Severity]
        public var defaultFailOn: Severity
        /// SARIF, GitHub, GitLab: how linted paths become repository-relative.
        public var paths: RepositoryPaths

        public init(
            colored: Bool = false, quiet: Bool = false, junitGranularity: JUnitReporter.Granularity = .document,
            failOn: [String: Severity] = [:], defaultFailOn: Severity = .error, paths: RepositoryPaths = .asLinted
        ) {
            self.colored = colored
            self.quiet = quiet
            self.junitGranularity = junitGranularity
            self.failOn = failOn
            self.defaultFailOn = defaultFailOn
            self.paths = paths
        }
    }

    /// Writes the report to `output`; returns what the user must be told
    /// about it on standard error (a SARIF log cut to GitHub's limits).
    public func render(_ report: LintReport, options: Options = Options(), to output: inout some TextOutputStream) -> [String] {
        guard self == .sarif else {
            reporter(options).write(report, to: &output)
            return []
        }
        return SARIFReporter(paths: options.paths).writeLog(report, to: &output).warning.map { [$0] } ?? []
    }

    /// The format's reporter, set up with `options`.
    public func reporter(_ options: Options = Options()) -> any Reporter {
        switch self {
        case .text: TextReporter(colored: options.colored, quiet: options.quiet)
        case .json: JSONReporter()
        case .jsonl: JSONLinesReporter()
        case .sarif: SARIFReporter(paths: options.paths)
        case .junit: JUnitReporter(granularity: options.junitGranularity, failOn: options.failOn, defaultFailOn: options.defaultFailOn)
        case .checkstyle: CheckstyleReporter()
        case .github: GitHubAnnotationsReporter(paths: options.paths)
        case .gitlab: GitLabCodeQualityReporter(paths: options.paths)
        }
    }
}
