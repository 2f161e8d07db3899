/// GitHub Actions workflow commands, one line per diagnostic, which the
/// runner turns into annotations on the pull request:
/// `::error file=PATH,line=L,endLine=L,col=C,endColumn=C,title=RULE::MESSAGE`
/// (`::warning` for a warning, `::notice` for an info). Paths are relative to
/// the repository root; `col` and `endColumn` are given only for a finding on
/// one line, as GitHub ignores them otherwise, and `endColumn` is the column
/// just after the span. Values are escaped as the Actions toolkit escapes
/// them, so no message, path or quoted text can end a command early.
///
/// GitHub shows at most 10 error and 10 warning annotations per step, so the
/// command also writes ``stepSummary(_:)`` to `GITHUB_STEP_SUMMARY` when set.
public struct GitHubAnnotationsReporter: Reporter {
    /// GitHub's cap on a step summary is 1 MiB; the table stops short of it.
    public static let stepSummaryLimit = 1_000_000

    public var paths: RepositoryPaths

    /// `paths` turns the linted paths into repository-relative ones.
    public init(paths: RepositoryPaths = .asLinted) {
        self.paths = paths
    }

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        for file in report.files {
            let path = Self.escapeProperty(paths.relative(file.path))
            if let failure = file.failure {
                output.write("::error file=\(path),title=\(LintReport.unreadableCheck)::\(Self.escapeData(failure))\n")
            }
            for diagnostic in file.diagnostics {
                let (start, end) = (diagnostic.range.start, diagnostic.range.end)
                var properties = "file=\(path),line=\(start.line),endLine=\(end.line)"
                if start.line == end.line {
                    properties += ",col=\(start.column),endColumn=\(end.column)"
                }
                properties += ",title=\(Self.escapeProperty(diagnostic.rule))"
                output.write("::\(diagnostic.severity.workflowCommand) \(properties)::\(Self.escapeData(diagnostic.message))\n")
            }
        }
    }

    /// A command's message, as `escapeData` in the Actions toolkit: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        ReportText.replacingScalars(text) { scalar in
            switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            default: nil
            }
        }
    }

    /// A property value, as `escapeProperty` in the Actions toolkit: the
    /// message's escapes, and `:` and `,`, which end a value.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    // MARK: Step summary

    /// A Markdown summary for `GITHUB_STEP_SUMMARY`: the counts, then a table
    /// of every finding, cut short (with a line saying how many rows are left
    /// out) before `limit` bytes.
    public func stepSummary(_ report: LintReport, limit: Int = stepSummaryLimit) -> String {
        var rows: [String] = []
        for file in report.files {
            let path = paths.relative(file.path)
            if let failure = file.failure {
                rows.append(Self.row(["error", path, LintReport.unreadableCheck, failure]))
            }
            for diagnostic in file.diagnostics {
                let place = "\(path):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
                rows.append(Self.row([diagnostic.severity.rawValue, place, diagnostic.rule, diagnostic.message]))
            }
        }
        var out = "### \(LintReport.toolName)\n\n\(Self.cell(TextReporter().summary(report)))\n"
        guard !rows.isEmpty else { return out }
        out += "\n" + Self.row(["Severity", "Location", "Rule", "Message"]) + "| --- | --- | --- | --- |\n"
        // Room for the closing line, which is short.
        let budget = limit - 100
        var size = out.utf8.count
        for (index, row) in rows.enumerated() {
            guard size + row.utf8.count <= budget else {
                return out + "\n\(rows.count - index) more rows are not shown; the job log lists them all.\n"
            }
            out += row
            size += row.utf8.count
        }
        return out
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }

    /// Text that Markdown shows as it is: every ASCII punctuation mark
    /// backslash-escaped (so `**`, `|`, `<`, `[` neither format, end a cell nor
    /// open a tag), line breaks and tabs as spaces, other control characters dropped.
    private static func cell(_ text: String) -> String {
        ReportText.replacingScalars(text) { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: " "
            case 0x00..<0x20, 0x7F: ""
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: "\\" + String(scalar)
            default: nil
            }
        }
    }
}

extension Severity {
    /// The workflow command of the annotation: `error`, `warning` or `notice`.
    var workflowCommand: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }
}
