/// Checkstyle XML, the de-facto format many code-review tools import: a
/// `file` element per document (clean ones included) holding an `error`
/// element per diagnostic with `line`, `column`, `severity` (`error`,
/// `warning`, `info`), `message` and `source` `unlint.<rule-id>`. A file that
/// could not be read has one `error` without a position, source `unlint.unreadable`.
public struct CheckstyleReporter: Reporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for file in report.files {
            out += "  <file name=\"\(XMLEscaping.attribute(file.path))\">\n"
            if let failure = file.failure {
                out += "    <error severity=\"error\" message=\"\(XMLEscaping.attribute(failure))\""
                out += " source=\"\(LintReport.toolName).\(LintReport.unreadableCheck)\"/>\n"
            }
            for diagnostic in file.diagnostics {
                out += "    <error line=\"\(diagnostic.range.start.line)\" column=\"\(diagnostic.range.start.column)\""
                out += " severity=\"\(diagnostic.severity.rawValue)\" message=\"\(XMLEscaping.attribute(diagnostic.message))\""
                out += " source=\"\(LintReport.toolName).\(XMLEscaping.attribute(diagnostic.rule))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
