/// The JSON report, a public contract described by
/// `Reports/schemas/unlint-report.schema.json`: sorted keys, byte-for-byte
/// deterministic for the same input.
public struct JSONReporter: Reporter {
    public init() {}

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        var json = JSONText(pretty: true)
        json.object { json in
            json.key("files")
            json.array { json in
                for file in report.files {
                    json.element()
                    Self.write(file, to: &json, flushingTo: &output)
                }
            }
            json.key("summary")
            json.object { json in
                json.key("errors")
                json.int(report.count(.error))
                json.key("files")
                json.int(report.files.count)
                json.key("infos")
                json.int(report.count(.info))
                // With `--baseline` only: recorded findings that matched nothing.
                if let stale = report.staleBaselineEntries {
                    json.key("staleBaselineEntries")
                    json.int(stale)
                }
                json.key("warnings")
                json.int(report.count(.warning))
            }
            json.key("tool")
            json.object { json in
                json.key("name")
                json.string(LintReport.toolName)
                json.key("version")
                json.string(LintReport.toolVersion)
            }
        }
        output.write(json.finished())
    }

    private static func write(_ file: FileResult, to json: inout JSONText, flushingTo output: inout some TextOutputStream) {
        json.object { json in
            json.key("diagnostics")
            json.array { json in
                for diagnostic in file.diagnostics {
                    json.element()
                    JSONDiagnostic.write(diagnostic, to: &json)
                    json.flush(to: &output)
                }
            }
            // Absent when of no known type.
            if let doctype = file.doctype {
                json.key("doctype")
                json.string(doctype)
            }
            if let failure = file.failure {
                json.key("error")
                json.string(failure)
            }
            // Null when not parsed.
            json.key("language")
            if let language = file.language { json.string(language) } else { json.null() }
            json.key("path")
            json.string(file.path)
        }
    }
}

/// One diagnostic as the JSON report and the JSON Lines report write it.
enum JSONDiagnostic {
    /// The diagnostic's object; `path`, for JSON Lines, joins its keys.
    static func write(_ diagnostic: Diagnostic, path: String? = nil, to json: inout JSONText) {
        let range = diagnostic.range
        json.object { json in
            json.key("column")
            json.int(range.start.column)
            json.key("endColumn")
            json.int(range.end.column)
            json.key("endLine")
            json.int(range.end.line)
            json.key("endOffset")
            json.int(range.end.offset)
            json.key("line")
            json.int(range.start.line)
            json.key("message")
            json.string(diagnostic.message)
            json.key("offset")
            json.int(range.start.offset)
            if let path {
                json.key("path")
                json.string(path)
            }
            // Absent, not empty, when there are none.
            if !diagnostic.related.isEmpty {
                json.key("related")
                json.array { json in
                    for related in diagnostic.related {
                        json.element()
                        json.object { json in
                            json.key("column")
                            json.int(related.position.column)
                            json.key("line")
                            json.int(related.position.line)
                            json.key("message")
                            json.string(related.message)
                            json.key("offset")
                            json.int(related.position.offset)
                        }
                    }
                }
            }
            json.key("rule")
            json.string(diagnostic.rule)
            json.key("severity")
            json.string(diagnostic.severity.rawValue)
        }
    }
}
