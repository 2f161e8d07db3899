/// JSON Lines: one compact JSON object per diagnostic per line, with the fields
/// of a diagnostic in the JSON report plus `path`, keys sorted (described by
/// `#/$defs/line` in `Reports/schemas/unlint-report.schema.json`). Files that
/// could not be read have no line; the command names them on standard error.
///
/// Each file's lines stand alone, so the command can write them as each file
/// finishes (``lines(for:)``) and a pipeline can read them as they come.
public struct JSONLinesReporter: Reporter {
    public init() {}

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        for file in report.files { writeLines(for: file, to: &output) }
    }

    /// The lines of one file's diagnostics, each ending in a newline.
    public func writeLines(for file: FileResult, to output: inout some TextOutputStream) {
        for diagnostic in file.diagnostics {
            var json = JSONText(pretty: false)
            JSONDiagnostic.write(diagnostic, path: file.path, to: &json)
            output.write(json.finished())
        }
    }
}
