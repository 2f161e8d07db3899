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

    /// Written as it is made, keys in order (GitLab's property names).
    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        var json = JSONText(pretty: true)
        json.array { json in
            for file in report.files {
                let path = paths.relative(file.path)
                let fingerprints = FindingFingerprint.fingerprints(of: file, path: path)
                for (diagnostic, fingerprint) in zip(file.diagnostics, fingerprints) {
                    json.element()
                    Self.write(diagnostic, path: path, fingerprint: fingerprint, to: &json)
                    json.flush(to: &output)
                }
            }
        }
        output.write(json.finished())
    }

    private static func write(_ diagnostic: Diagnostic, path: String, fingerprint: String, to json: inout JSONText) {
        json.object { json in
            json.key("check_name")
            json.string(diagnostic.rule)
            json.key("description")
            json.string(diagnostic.message)
            json.key("fingerprint")
            json.string(fingerprint)
            json.key("location")
            json.object { json in
                json.key("lines")
                json.object { json in
                    json.key("begin")
                    json.int(diagnostic.range.start.line)
                    json.key("end")
                    json.int(diagnostic.range.end.line)
                }
                json.key("path")
                json.string(path)
            }
            json.key("severity")
            json.string(diagnostic.severity.codeQualitySeverity)
        }
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
