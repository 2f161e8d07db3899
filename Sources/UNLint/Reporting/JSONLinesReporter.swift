import Foundation

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
        let encoder = JSONEncoder()
        // Compact: a line per object. JSONEncoder escapes control characters,
        // so a new line in a message cannot split a record.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return file.diagnostics.map { diagnostic in
            // Encoding plain structs of strings and integers cannot fail.
            let data = try! encoder.encode(Line(path: file.path, diagnostic: JSONDiagnostic(diagnostic)))
            return String(decoding: data, as: UTF8.self) + "\n"
        }.joined()
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
