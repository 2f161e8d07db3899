/// GitLab Code Quality JSON (`artifacts:reports:codequality`): an array of
/// issues, each with `description`, `check_name` (the rule id), a
/// `fingerprint` that edits elsewhere in the file leave alone, `severity`
/// (`major` for an error, `minor` for a warning, `info`) and a `location` with
/// the repository-relative `path` and the first and last `lines`. Files that
/// could not be read are not code-quality issues; the command names them on
/// standard error and exits with 2.
public struct GitLabCodeQualityReporter: Reporter {
    public var paths: RepositoryPaths

    /// `paths` turns the linted paths into repository-relative ones.
    public init(paths: RepositoryPaths = .asLinted) {
        self.paths = paths
    }

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        var issues: [Issue] = []
        for file in report.files {
            let path = paths.relative(file.path)
            let fingerprints = FindingFingerprint.fingerprints(of: file, path: path)
            for (diagnostic, fingerprint) in zip(file.diagnostics, fingerprints) {
                issues.append(Issue(
                    description: diagnostic.message, check_name: diagnostic.rule, fingerprint: fingerprint,
                    severity: diagnostic.severity.codeQualitySeverity,
                    location: Location(path: path, lines: Lines(begin: diagnostic.range.start.line, end: diagnostic.range.end.line))))
            }
        }
        output.write(ReportText.prettyJSON(issues))
    }

    // Property names as GitLab spells them.
    private struct Issue: Encodable {
        let description: String
        let check_name: String
        let fingerprint: String
        let severity: String
        let location: Location
    }

    private struct Location: Encodable {
        let path: String
        let lines: Lines
    }

    private struct Lines: Encodable {
        let begin, end: Int
    }
}

extension Severity {
    /// GitLab's severity (info, minor, major, critical, blocker) for ours.
    var codeQualitySeverity: String {
        switch self {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }
}
