import Foundation

/// Reads back what unlint wrote as JSON or JSON Lines, so that the reports of
/// shards of one run (`--shard K/N`) can be merged into one report of any
/// format (`unlint merge`).
public enum ReportReader {
    /// A report that is not one unlint writes, with where it went wrong.
    public struct ReadError: Error, Equatable, CustomStringConvertible {
        public let file: String
        /// The line of a JSON Lines report; nil for a JSON report.
        public let line: Int?
        public let message: String

        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    /// The files of `reports` (each a JSON report or JSON Lines), merged by
    /// path: diagnostics of a path found in several reports are joined, each
    /// once. JSON Lines name only files with findings.
    public static func results(of reports: [(name: String, text: String)]) throws(ReadError) -> [FileResult] {
        var files: [String: Entry] = [:]
        var order: [String] = []
        func add(_ entry: Entry) {
            if files[entry.path] == nil { order.append(entry.path) }
            files[entry.path, default: Entry(path: entry.path)].merge(entry)
        }
        for report in reports {
            for entry in try entries(of: report.text, name: report.name) { add(entry) }
        }
        return order.map { files[$0]!.result }
    }

    /// One file of a report, as read.
    private struct Entry {
        let path: String
        var language: String?
        var doctype: String?
        var error: String?
        var diagnostics: [Diagnostic] = []

        init(path: String) {
            self.path = path
        }

        mutating func merge(_ other: Entry) {
            language = language ?? other.language
            doctype = doctype ?? other.doctype
            error = error ?? other.error
            for diagnostic in other.diagnostics where !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
        }

        var result: FileResult {
            if let error { return FileResult(path: path, failure: error) }
            return FileResult(
                path: path, language: language, source: nil, diagnostics: Diagnostic.sortedForOutput(diagnostics),
                doctype: doctype)
        }
    }

    private static func entries(of text: String, name: String) throws(ReadError) -> [Entry] {
        // A JSON report is one object with `files`; anything else is read as JSON Lines.
        if let report = try? JSONDecoder().decode(JSONReport.self, from: Data(text.utf8)) {
            return report.files.map { file in
                var entry = Entry(path: file.path)
                entry.language = file.language
                entry.doctype = file.doctype
                entry.error = file.error
                entry.diagnostics = file.diagnostics.map(\.diagnostic)
                return entry
            }
        }
        var entries: [Entry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            let decoded: JSONLine
            do {
                decoded = try JSONDecoder().decode(JSONLine.self, from: Data(line.utf8))
            } catch {
                throw ReadError(
                    file: name, line: index + 1,
                    message: "neither a JSON report of unlint nor a line of its JSON Lines (\(Self.reason(error)))")
            }
            var entry = Entry(path: decoded.path)
            entry.diagnostics = [decoded.diagnostic.diagnostic]
            entries.append(entry)
        }
        return entries
    }

    /// What the decoder missed, in a few words.
    private static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): "no '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.isEmpty
                ? "not JSON" : "bad '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: "not JSON"
        }
    }

    private struct JSONReport: Decodable {
        struct File: Decodable {
            let path: String
            let language: String?
            let doctype: String?
            let error: String?
            let diagnostics: [Read]
        }
        let files: [File]
    }

    private struct JSONLine: Decodable {
        let path: String
        let diagnostic: Read

        init(from decoder: any Decoder) throws {
            path = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .path)
            diagnostic = try Read(from: decoder)
        }
        enum CodingKeys: String, CodingKey { case path }
    }

    /// A diagnostic as ``JSONDiagnostic`` writes it.
    private struct Read: Decodable {
        struct Related: Decodable {
            let message: String
            let line, column, offset: Int
        }
        let rule: String
        let severity: Severity
        let message: String
        let line, column, endLine, endColumn, offset, endOffset: Int
        let related: [Related]?

        var diagnostic: Diagnostic {
            Diagnostic(
                rule: rule, severity: severity, message: message,
                range: SourceRange(
                    start: SourcePosition(line: line, column: column, offset: offset),
                    end: SourcePosition(line: endLine, column: endColumn, offset: endOffset)),
                related: (related ?? []).map {
                    .init(message: $0.message, position: SourcePosition(line: $0.line, column: $0.column, offset: $0.offset))
                })
        }
    }
}
