import Foundation
import PCRE2

/// Lints documents: parses each one and runs every rule over it.
public struct Linter: Sendable {
    public let parser: DocumentParser
    private let checks: [RuleCheck]

    /// A linter running `rules` (built-in types) and `packs` (rule-pack rules,
    /// such as ``RulePackLoader/shipped()``) on every document.
    public init(
        catalog: LanguageCatalog, doctypes: DocumentTypeCatalog = .standard, rules: [any Rule.Type] = builtInRules,
        packs: [PackRule] = []
    ) {
        self.parser = DocumentParser(catalog: catalog, doctypes: doctypes)
        self.checks = rules.map { RuleCheck($0.init()) } + packs.map(RuleCheck.init)
        self.knownRules = Set((builtInRules + rules).map { $0.description.id } + packs.map(\.description.id)
            + EngineDiagnostics.all.map(\.id))
    }

    /// Every rule id a suppression may name: built-in, given, pack and engine rules.
    private let knownRules: Set<String>

    /// The size of text (UTF-8 bytes) from which one document's scans and
    /// rules share the cores (a run of many files already keeps every core
    /// busy with small ones).
    var concurrencyThreshold = 4 << 20

    /// The rules this linter runs on every document, in order.
    public var rules: [RuleDescription] { checks.map(\.description) }

    /// The options that shape how one document is read.
    public struct Options: Sendable {
        /// Overrides the format implied by the file extension.
        public var format: InputFormat?
        /// Overrides the language detected from the header.
        public var language: String?
        /// Overrides the document type detected from the header (a type id).
        public var doctype: String?
        /// Configured rule levels by rule id: `off` does not run the rule, a
        /// severity replaces its default one. Rules not listed keep their default.
        public var ruleLevels: [String: RuleLevel]
        /// Rule-pack rules for this document only (the packs its configuration names).
        public var packs: [PackRule]
        /// Measure the time of parsing and of each rule (``FileResult/timings``).
        public var measuresTime: Bool

        public init(
            format: InputFormat? = nil, language: String? = nil, doctype: String? = nil,
            ruleLevels: [String: RuleLevel] = [:], packs: [PackRule] = [], measuresTime: Bool = false
        ) {
            self.format = format
            self.language = language
            self.doctype = doctype
            self.ruleLevels = ruleLevels
            self.packs = packs
            self.measuresTime = measuresTime
        }
    }

    /// Lints one file's bytes. `path` names the file in output and picks the format.
    public func lint(bytes: consuming [UInt8], path: String, options: Options = Options()) throws(LintOptionError) -> FileResult {
        let format = options.format ?? InputFormat(path: path)
        // memchr: the check reads every byte of every file.
        let nul = bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let start = buffer.baseAddress, let hit = memchr(start, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(start)
        }
        if let nul {
            let position = SourceText.position(ofByte: nul, in: bytes)
            let diagnostic = Diagnostic(
                rule: EngineDiagnostics.binary.id, severity: .error,
                message: "File holds NUL bytes (the first at offset \(nul)): it is binary or UTF-16, not a text document; it was not linted.",
                range: SourceRange(start: position, end: position))
            return FileResult(path: path, language: nil, source: nil, diagnostics: [diagnostic])
        }
        let decoded: Result<SourceText, SourceText.EncodingError>
        do { decoded = .success(try SourceText(bytes: bytes)) } catch { decoded = .failure(error) }
        // The text holds the file now; a large file is not kept twice while it is linted.
        bytes = []
        let source: SourceText
        switch decoded {
        case .success(let text):
            source = text
        case .failure(let error):
            let message = "File is not valid UTF-8: byte 0x\(String(error.byte, radix: 16, uppercase: true)) at offset \(error.position.offset) cannot be decoded."
            let diagnostic = Diagnostic(
                rule: EngineDiagnostics.encoding.id, severity: .error, message: message,
                range: SourceRange(start: error.position, end: error.position))
            return FileResult(path: path, language: nil, source: nil, diagnostics: [diagnostic])
        }
        return try lint(
            source, path: path, format: format, language: options.language, doctype: options.doctype,
            ruleLevels: options.ruleLevels, packs: options.packs, measuresTime: options.measuresTime)
    }

    /// Lints a decoded document; `language` and `doctype` override detection.
    public func lint(
        _ source: SourceText, path: String, format: InputFormat, language: String?, doctype: String? = nil,
        ruleLevels: [String: RuleLevel] = [:], packs: [PackRule] = [], measuresTime: Bool = false
    ) throws(LintOptionError) -> FileResult {
        let started = ContinuousClock.now
        // Inline suppressions are HTML comments, so Markdown only; the parser
        // reads the text with them blanked out, the rules' findings are filtered after.
        let suppressions = format == .markdown ? Suppressions(scanning: source) : Suppressions(directives: [])
        let parsed = suppressions.masking(source)
        guard parsed.lines.contains(where: { !$0.isBlank }) else {
            let start = SourcePosition(line: 1, column: 1, offset: source.baseOffset)
            let diagnostic = Diagnostic(
                rule: EngineDiagnostics.empty.id, severity: EngineDiagnostics.empty.defaultSeverity,
                message: "The file has no text; there is nothing to lint.", range: SourceRange(start: start, end: start))
            return FileResult(path: path, language: nil, source: source, diagnostics: [diagnostic])
        }
        // The document is gone once its findings are made: its model would
        // stay beside the result, which holds only the lines quoted.
        var checked: Checked
        do {
            checked = try check(
                parsed, format: format, language: language, doctype: doctype, ruleLevels: ruleLevels, packs: packs,
                measuresTime: measuresTime, started: started)
        } catch let error as LanguageCatalogError {
            throw .language(error)
        } catch let error as DocumentTypeCatalogError {
            throw .documentType(error)
        } catch {
            let start = SourcePosition(line: 1, column: 1, offset: source.baseOffset)
            let diagnostic = Diagnostic(
                rule: EngineDiagnostics.matchLimit.id, severity: .warning,
                message: "The document could not be parsed: \(error); it was not checked further.",
                range: SourceRange(start: start, end: start))
            return FileResult(path: path, language: nil, source: source, diagnostics: [diagnostic])
        }
        // Moved out, not shared: the sort below then works in place.
        var diagnostics: [Diagnostic] = []
        swap(&diagnostics, &checked.diagnostics)
        let known = packs.isEmpty ? knownRules : knownRules.union(packs.map(\.description.id))
        diagnostics = suppressions.apply(to: diagnostics, knownRules: known)
        // The rules read a directive as one space per byte: after one that holds
        // multibyte characters, columns on its line are read again in the file.
        if !suppressions.directives.isEmpty {
            diagnostics = diagnostics.map { $0.repositioned(in: source) }
        }
        Diagnostic.sortForOutput(&diagnostics)
        var result = FileResult(
            path: path, language: checked.language, source: source, diagnostics: diagnostics, doctype: checked.doctype)
        result.timings = checked.timings
        if measuresTime { result.timings[Self.parsing] = checked.parsingTime }
        return result
    }

    /// What checking a document leaves: its findings (before suppressions),
    /// the language and type it was read in, and the times measured.
    private struct Checked {
        var diagnostics: [Diagnostic] = []
        let language: String
        let doctype: String?
        var timings: [String: Duration] = [:]
        let parsingTime: Duration
    }

    /// Parses `parsed` and runs the enabled rules over it; the parsing time
    /// counts from `started`. Throws what the parser throws.
    private func check(
        _ parsed: SourceText, format: InputFormat, language: String?, doctype: String?,
        ruleLevels: [String: RuleLevel], packs: [PackRule], measuresTime: Bool, started: ContinuousClock.Instant
    ) throws -> Checked {
        let clock = ContinuousClock()
        let concurrently = parsed.text.utf8.count >= concurrencyThreshold
        let document = try parser.parse(
            parsed, format: format, language: language, doctype: doctype, concurrently: concurrently)
        var checked = Checked(
            language: document.language.code, doctype: document.documentType?.id,
            parsingTime: started.duration(to: clock.now))
        // The scans the rules share report their own failure, once.
        if case .failure(let error) = document.symbols {
            checked.diagnostics.append(EngineDiagnostics.matchLimit(rule: "The symbol scan", error: error, in: parsed))
        }
        if case .failure(let error) = document.dates {
            checked.diagnostics.append(EngineDiagnostics.matchLimit(rule: "The date scan", error: error, in: parsed))
        }
        let enabled = (checks + packs.map(RuleCheck.init)).compactMap { check -> (RuleCheck, Severity)? in
            guard let level = ruleLevels[check.description.id] else { return (check, check.description.defaultSeverity) }
            return level.severity.map { (check, $0) }
        }
        // Each check's findings and time, in the order of the checks whatever order they finish in.
        var outcomes = [(diagnostics: [Diagnostic], time: Duration)](repeating: ([], .zero), count: enabled.count)
        @Sendable func run(_ index: Int) -> (diagnostics: [Diagnostic], time: Duration) {
            let (check, severity) = enabled[index]
            var sink = DiagnosticSink(rule: check.description.id, severity: severity)
            let started = clock.now
            check.run(document, &sink)
            return (sink.diagnostics, measuresTime ? started.duration(to: clock.now) : .zero)
        }
        // The rules only read the document: on a large one they share the cores.
        if concurrently {
            outcomes.withUnsafeMutableBufferPointer { outcomes in
                // Each iteration writes its own slot only.
                nonisolated(unsafe) let slots = outcomes
                DispatchQueue.concurrentPerform(iterations: enabled.count) { slots[$0] = run($0) }
            }
        } else {
            for index in enabled.indices { outcomes[index] = run(index) }
        }
        checked.diagnostics.reserveCapacity(checked.diagnostics.count + outcomes.reduce(0) { $0 + $1.diagnostics.count })
        for index in outcomes.indices {
            checked.diagnostics += outcomes[index].diagnostics
            // Released as soon as copied: a rule can report hundreds of thousands.
            outcomes[index].diagnostics = []
            if measuresTime { checked.timings[enabled[index].0.description.id] = outcomes[index].time }
        }
        return checked
    }

    /// The name under which ``FileResult/timings`` holds the time spent parsing
    /// (reading the header, structure, symbols and dates that rules share).
    public static let parsing = "(parsing)"

    /// Lints many inputs concurrently, at most `width` at a time; results come
    /// back in the order of `inputs`, whatever order the tasks finish in.
    public func lint(_ inputs: [LintInput], options: Options = Options(), width: Int = ProcessInfo.processInfo.activeProcessorCount) async -> [FileResult] {
        await lint(inputs, perInput: Array(repeating: options, count: inputs.count), width: width)
    }

    /// Lints many inputs, each with its own options (`perInput[i]` for `inputs[i]`).
    public func lint(_ inputs: [LintInput], perInput: [Options], width: Int = ProcessInfo.processInfo.activeProcessorCount) async -> [FileResult] {
        await withTaskGroup(of: (Int, FileResult).self) { group in
            var results = [FileResult?](repeating: nil, count: inputs.count)
            var next = 0
            func start() {
                let index = next
                let input = inputs[index]
                next += 1
                let options = perInput[index]
                group.addTask { (index, self.lint(input, options: options)) }
            }
            while next < min(max(width, 1), inputs.count) { start() }
            for await (index, result) in group {
                results[index] = result
                if next < inputs.count { start() }
            }
            return results.map { $0! }
        }
    }

    /// Lints one input: reads a file (a file that cannot be read is a failed result), then lints its bytes.
    func lint(_ input: LintInput, options: Options) -> FileResult {
        let bytes: [UInt8]
        switch input.content {
        case .bytes(let given):
            bytes = given
        case .file(let path):
            do {
                bytes = try FileBytes.contents(of: path)
            } catch {
                return FileResult(path: input.path, failure: "cannot read file: \(error.reason)")
            }
        }
        do {
            return try lint(bytes: consume bytes, path: input.path, options: options)
        } catch {
            return FileResult(path: input.path, failure: error.description)
        }
    }
}

/// A rule ready to run, built-in or from a rule pack: the engine treats both alike.
private struct RuleCheck: Sendable {
    let description: RuleDescription
    let run: @Sendable (Document, inout DiagnosticSink) -> Void

    init(_ rule: any Rule) {
        description = type(of: rule).description
        run = { rule.check($0, report: &$1) }
    }

    init(_ rule: PackRule) {
        description = rule.description
        run = { rule.check($0, report: &$1) }
    }
}

/// One document to lint: a file on disk or bytes already read (standard input).
public struct LintInput: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case file(String)
        case bytes([UInt8])
    }
    /// The path shown in output.
    public let path: String
    public let content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}

/// The outcome of linting one document.
public struct FileResult: Sendable {
    public let path: String
    /// The detected or chosen language code; nil when the file was not parsed.
    public let language: String?
    /// The id of the detected or chosen document type; nil when the file was
    /// not parsed or is of no known type.
    public let doctype: String?
    /// The text of each line a diagnostic starts on, by line number, for
    /// reporters that quote it and for baselines. Only those lines: a run over
    /// millions of documents keeps none of them whole in memory.
    public let quotedLines: [Int: String]
    public let diagnostics: [Diagnostic]
    /// Why the file could not be linted at all (unreadable): a usage-level error, exit code 2.
    public let failure: String?
    /// With ``Linter/Options/measuresTime``: the time spent parsing
    /// (``Linter/parsing``) and in each rule that ran, by rule id.
    public var timings: [String: Duration] = [:]

    /// `source` gives the lines the diagnostics start on.
    public init(path: String, language: String?, source: SourceText?, diagnostics: [Diagnostic], doctype: String? = nil) {
        var quoted: [Int: String] = [:]
        if let source {
            for diagnostic in diagnostics {
                let line = diagnostic.range.start.line
                // Copied once per line: a long line can carry many findings.
                if line >= 1, line <= source.lines.count, quoted[line] == nil { quoted[line] = String(source.lines[line - 1].text) }
            }
        }
        self.init(path: path, language: language, quotedLines: quoted, diagnostics: diagnostics, doctype: doctype)
    }

    public init(path: String, language: String?, quotedLines: [Int: String], diagnostics: [Diagnostic], doctype: String? = nil) {
        self.path = path
        self.language = language
        self.doctype = doctype
        self.quotedLines = quotedLines
        self.diagnostics = diagnostics
        self.failure = nil
    }

    /// The same result with only `diagnostics` (a subset of its own), timings kept.
    public func keeping(_ diagnostics: [Diagnostic]) -> FileResult {
        guard failure == nil else { return self }
        var kept = FileResult(path: path, language: language, quotedLines: quotedLines, diagnostics: diagnostics, doctype: doctype)
        kept.timings = timings
        return kept
    }

    public init(path: String, failure: String) {
        self.path = path
        self.language = nil
        self.doctype = nil
        self.quotedLines = [:]
        self.diagnostics = []
        self.failure = failure
    }
}

/// An option that names no known language or document type: the file cannot
/// be read as asked (the command reports it and exits with code 2).
public enum LintOptionError: Error, Equatable, CustomStringConvertible {
    case language(LanguageCatalogError)
    case documentType(DocumentTypeCatalogError)

    public var description: String {
        switch self {
        case .language(let error): error.description
        case .documentType(let error): error.description
        }
    }
}
