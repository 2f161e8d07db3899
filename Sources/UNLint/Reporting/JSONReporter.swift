import Foundation

/// The JSON report, a public contract described by
/// `Reports/schemas/unlint-report.schema.json`: sorted keys, byte-for-byte
/// deterministic for the same input.
public struct JSONReporter: Reporter {
    public init() {}

    public func report(_ report: LintReport) -> String {
        ReportText.prettyJSON(Output(report))
    }

    private struct Output: Encodable {
        struct Tool: Encodable {
            let name = LintReport.toolName
            let version = LintReport.toolVersion
        }
        struct File: Encodable {
            let path: String
            let language: String?
            let doctype: String?
            let error: String?
            let diagnostics: [JSONDiagnostic]

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(path, forKey: .path)
                try container.encode(language, forKey: .language)  // null when not parsed
                try container.encodeIfPresent(doctype, forKey: .doctype)  // absent when of no known type
                try container.encodeIfPresent(error, forKey: .error)
                try container.encode(diagnostics, forKey: .diagnostics)
            }
            enum CodingKeys: String, CodingKey { case path, language, doctype, error, diagnostics }
        }
        struct Summary: Encodable {
            let files, errors, warnings, infos: Int
            /// With `--baseline` only: recorded findings that matched nothing.
            let staleBaselineEntries: Int?
        }
        let tool = Tool()
        let files: [File]
        let summary: Summary

        init(_ report: LintReport) {
            files = report.files.map { file in
                File(
                    path: file.path, language: file.language, doctype: file.doctype, error: file.failure,
                    diagnostics: file.diagnostics.map(JSONDiagnostic.init))
            }
            summary = Summary(
                files: report.files.count, errors: report.count(.error), warnings: report.count(.warning),
                infos: report.count(.info), staleBaselineEntries: report.staleBaselineEntries)
        }
    }
}

/// One diagnostic as the JSON report and the JSON Lines report write it.
struct JSONDiagnostic: Encodable {
    let rule: String
    let severity: Severity
    let message: String
    let line, column, endLine, endColumn, offset, endOffset: Int
    let related: [Related]?

    struct Related: Encodable {
        let message: String
        let line, column, offset: Int
    }

    init(_ diagnostic: Diagnostic) {
        rule = diagnostic.rule
        severity = diagnostic.severity
        message = diagnostic.message
        line = diagnostic.range.start.line
        column = diagnostic.range.start.column
        endLine = diagnostic.range.end.line
        endColumn = diagnostic.range.end.column
        offset = diagnostic.range.start.offset
        endOffset = diagnostic.range.end.offset
        // Absent, not empty, when there are none.
        related = diagnostic.related.isEmpty ? nil : diagnostic.related.map {
            Related(message: $0.message, line: $0.position.line, column: $0.position.column, offset: $0.position.offset)
        }
    }
}
