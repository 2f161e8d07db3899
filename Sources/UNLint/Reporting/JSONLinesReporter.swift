/// JSON Lines: one compact JSON object per diagnostic per line, with the fields
/// of a diagnostic in the JSON report plus `path`, keys sorted (described by
/// `#/$defs/line` in `Reports/schemas/unlint-report.schema.json`). Files that
/// could not be read have no line; the command names them on standard error.
///
/// Each file's lines stand alone, so the command can write them as each file
/// finishes (``lines(for:)``) and a pipeline can read them as they come.
public struct JSONLinesReporter: Reporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        report.files.map(lines(for:)).joined()
    }

    /// The lines of one file's diagnostics, each ending in a newline.
    public func lines(for file: FileResult) -> String {
        file.diagnostics.map { ReportText.jsonLine(Line(path: file.path, diagnostic: JSONDiagnostic($0))) }.joined()
    }

    /// A diagnostic's fields and `path`, in one object.
    private struct Line: Encodable {
        let path: String
        let diagnostic: JSONDiagnostic

        func encode(to encoder: any Encoder) throws {
            try diagnostic.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
        }
        enum CodingKeys: String, CodingKey { case path }
    }
}
