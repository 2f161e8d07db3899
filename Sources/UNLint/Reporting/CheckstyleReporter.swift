/// Checkstyle XML, the de-facto format many code-review tools import: a
/// `file` element per document (clean ones included) holding an `error`
/// element per diagnostic with `line`, `column`, `severity` (`error`,
/// `warning`, `info`), `message` and `source` `unlint.<rule-id>`. A file that
/// could not be read has one `error` without a position, source `unlint.unreadable`.
public struct CheckstyleReporter: Reporter {
    public init() {}

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
        for file in report.files {
            output.write("  <file name=\"\(XMLEscaping.attribute(file.path))\">\n")
            if let failure = file.failure {
                output.write("    <error severity=\"error\" message=\"\(XMLEscaping.attribute(failure))\"")
                output.write(" source=\"\(LintReport.toolName).\(LintReport.unreadableCheck)\"/>\n")
            }
            for diagnostic in file.diagnostics {
                output.write("    <error line=\"\(diagnostic.range.start.line)\" column=\"\(diagnostic.range.start.column)\"")
                output.write(" severity=\"\(diagnostic.severity.rawValue)\" message=\"\(XMLEscaping.attribute(diagnostic.message))\"")
                output.write(" source=\"\(LintReport.toolName).\(XMLEscaping.attribute(diagnostic.rule))\"/>\n")
            }
            output.write("  </file>\n")
        }
        output.write("</checkstyle>\n")
    }
}
