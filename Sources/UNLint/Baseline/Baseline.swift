import Foundation

/// Recorded findings that a run does not report again: how a team adopts
/// unlint on a backlog of documents without fixing them all first.
///
/// An entry matches findings by file path (as given on the command line),
/// rule, message and the text of the finding's source line (trimmed), never by
/// line number, so edits elsewhere in a document do not bring old findings
/// back. Each entry has a count: as many identical findings as were recorded
/// stay hidden, any beyond are reported.
public struct Baseline: Sendable, Equatable {
    /// The version of the file format this code reads and writes.
    public static let formatVersion = 1

    public struct Entry: Sendable, Hashable, Codable, Comparable {
        public let path: String
        public let rule: String
        public let message: String
        /// The finding's source line, trimmed of surrounding white space.
        public let line: String
        public var count: Int

        public init(path: String, rule: String, message: String, line: String, count: Int = 1) {
            self.path = path
            self.rule = rule
            self.message = message
            self.line = line
            self.count = count
        }

        var key: Key { Key(path: path, rule: rule, message: message, line: line) }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.path, a.rule, a.message, a.line, a.count) < (b.path, b.rule, b.message, b.line, b.count)
        }
    }

    struct Key: Hashable {
        let path: String
        let rule: String
        let message: String
        let line: String

        /// A line is hashed by its length and first bytes only: a long line
        /// can carry thousands of findings. Equal keys still compare whole
        /// lines, at once when they share the same string.
        func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            hasher.combine(rule)
            hasher.combine(message)
            hasher.combine(line.utf8.count)
            for byte in line.utf8.prefix(32) { hasher.combine(byte) }
        }
    }

    /// The entries, sorted, one per distinct (path, rule, message, line).
    public let entries: [Entry]

    public init(entries: [Entry]) {
        var counts: [Key: Entry] = [:]
        for entry in entries {
            if var existing = counts[entry.key] {
                existing.count += entry.count
                counts[entry.key] = existing
            } else {
                counts[entry.key] = entry
            }
        }
        self.entries = counts.values.sorted()
    }

    /// A baseline of every finding in `files` (files that could not be read have none).
    public init(recording files: [FileResult]) {
        self.init(entries: files.flatMap { file in
            var lines = LineTexts(file)
            return file.diagnostics.map {
                Entry(path: file.path, rule: $0.rule, message: $0.message, line: lines.text(of: $0))
            }
        })
    }

    static func lineText(of diagnostic: Diagnostic, in file: FileResult) -> String {
        let number = diagnostic.range.start.line
        return file.quotedLines[number]?.trimmingWhitespace() ?? ""
    }

    /// The trimmed line text of each finding of a file, made once per line
    /// and then shared (trimming copies the line).
    private struct LineTexts {
        let file: FileResult
        var made: [Int: String] = [:]

        init(_ file: FileResult) {
            self.file = file
        }

        mutating func text(of diagnostic: Diagnostic) -> String {
            let number = diagnostic.range.start.line
            if let text = made[number] { return text }
            let text = Baseline.lineText(of: diagnostic, in: file)
            made[number] = text
            return text
        }
    }

    /// The results without the findings this baseline records, and how many
    /// recorded findings of the linted files matched nothing (stale entries,
    /// counted one per recorded finding). Entries of files not in `files` are
    /// neither applied nor stale.
    public func filter(_ files: [FileResult]) -> (files: [FileResult], stale: Int) {
        // Recorded lines by number: a finding's line is looked up once per
        // line, then its findings are matched by that number (a long line
        // can carry thousands of findings, and each compared it whole).
        struct Recorded: Hashable {
            let path: String
            let rule: String
            let message: String
            let line: Int
        }
        var lineNumbers: [String: Int] = [:]
        var remaining: [Recorded: Int] = [:]
        for entry in entries {
            let line = lineNumbers[entry.line] ?? {
                lineNumbers[entry.line] = lineNumbers.count
                return lineNumbers.count - 1
            }()
            remaining[Recorded(path: entry.path, rule: entry.rule, message: entry.message, line: line)] = entry.count
        }
        let filtered = files.map { file -> FileResult in
            guard file.failure == nil else { return file }
            var recordedLine: [Int: Int?] = [:]
            let kept = file.diagnostics.filter { diagnostic in
                let number = diagnostic.range.start.line
                let found = recordedLine[number] ?? {
                    let line = lineNumbers[Self.lineText(of: diagnostic, in: file)]
                    recordedLine[number] = .some(line)
                    return line
                }()
                guard let line = found else { return true }
                let key = Recorded(path: file.path, rule: diagnostic.rule, message: diagnostic.message, line: line)
                guard let left = remaining[key], left > 0 else { return true }
                remaining[key] = left - 1
                return false
            }
            return file.keeping(kept)
        }
        let linted = Set(files.filter { $0.failure == nil }.map(\.path))
        let stale = remaining.reduce(0) { $0 + (linted.contains($1.key.path) ? $1.value : 0) }
        return (filtered, stale)
    }

    // MARK: File format

    private struct File: Codable {
        let version: Int
        let entries: [Entry]
    }

    /// The file's bytes: pretty, key-sorted JSON with sorted entries and a final newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try! encoder.encode(File(version: Self.formatVersion, entries: entries))
        data.append(0x0A)
        return data
    }

    /// Reads a baseline file's bytes; `name` names the file in errors.
    public init(data: Data, name: String) throws(BaselineError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw BaselineError(file: name, reason: "not a baseline file (expected JSON with \"version\" and \"entries\"): \(Self.describe(error))")
        }
        guard file.version == Self.formatVersion else {
            throw BaselineError(file: name, reason: "unsupported baseline version \(file.version); expected \(Self.formatVersion)")
        }
        if let bad = file.entries.first(where: { $0.count < 1 }) {
            throw BaselineError(file: name, reason: "entry for \(bad.path) (\(bad.rule)) has count \(bad.count); expected 1 or more")
        }
        self.init(entries: file.entries)
    }

    /// Reads the baseline file at `path`.
    public init(contentsOf path: String) throws(BaselineError) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(of: path)
        } catch {
            throw BaselineError(file: path, reason: "cannot read baseline: \(error.reason)")
        }
        try self.init(data: Data(bytes), name: path)
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing key '\(key.stringValue)'\(path(context))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong type\(path(context))"
        case .dataCorrupted?:
            return "invalid JSON"
        default:
            return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let components = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return components.isEmpty ? "" : " at \(components)"
    }
}

/// A baseline file that is missing or not a baseline: exit code 2.
public struct BaselineError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let reason: String

    public var description: String { "\(file): \(reason)" }
}
