import ArgumentParser
import Foundation
import UNLint

extension UnlintCommand {
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint documents (the default command).",
            discussion: """
                PATH may be a file, a directory (searched for *.md, *.markdown and *.txt) or - for \
                standard input.
                """)

        @Argument(help: "Files or directories to lint; - reads standard input.")
        var paths: [String]

        @Option(help: ArgumentHelp(
            "Output format. jsonl on standard output is written as the files finish, in path order, with --baseline "
                + "applied to each file as it finishes (--write-baseline reports nothing, so writes nothing).",
            valueName: "format"))
        var format: ReportFormat = .text

        @Option(help: ArgumentHelp("Write the output to FILE instead of standard output.", valueName: "file"))
        var output: String?

        @Option(
            name: .customLong("report"),
            help: ArgumentHelp(
                "Also write a report in FORMAT to PATH, e.g. junit=Reports/out/junit.xml (repeatable; folders are created, "
                    + "files replaced whole).",
                valueName: "format=path"),
            transform: ReportRequest.init(parsing:))
        var reports: [ReportRequest] = []

        @Option(help: ArgumentHelp(
            "JUnit: a test case per document and rule (document) or per finding (diagnostic).", valueName: "granularity"))
        var junitGranularity: JUnitReporter.Granularity = .document

        @Option(help: "Document language (en, fr, es, ru, zh, ar); overrides detection from the header.")
        var language: String?

        @Option(help: ArgumentHelp(
            "Document type (ceb-summary, report, resolution, summary-record); overrides detection from the header.",
            valueName: "id"))
        var doctype: String?

        @Option(help: "Read input as markdown or text, whatever the file extension.")
        var inputFormat: InputFormat?

        @Option(help: "Name standard input in the output; its configuration is that of a file at this path.")
        var stdinFilename = Self.stdinName

        static let stdinName = "<stdin>"

        @Option(help: "Colour the text output: auto, always or never.")
        var color: ColorChoice = .auto

        @Flag(name: .shortAndLong, help: "Print diagnostics only: no source lines, no summary.")
        var quiet = false

        @Option(help: ArgumentHelp(
            "Report only findings not recorded in the baseline FILE (written by --write-baseline).", valueName: "file"))
        var baseline: String?

        @Option(help: ArgumentHelp(
            "Record the current findings in the baseline FILE (replacing it) and report none of them.", valueName: "file"))
        var writeBaseline: String?

        @OptionGroup var configOptions: ConfigOptions

        @Flag(help: "Exit with code 0 even when findings reach the fail level (unreadable files and bad configuration still exit 2).")
        var exitZero = false

        func run() async throws {
            let catalog: LanguageCatalog
            do {
                catalog = try LanguageCatalog.builtIn()
            } catch {
                printError("built-in language profiles: \(error)")
                throw ExitCode.usage
            }
            if let language, catalog.entry(code: language) == nil {
                throw ValidationError(
                    "unknown language '\(language)'; expected one of: \(catalog.entries.map(\.profile.code).joined(separator: ", "))")
            }
            let doctypes: DocumentTypeCatalog
            do {
                doctypes = try DocumentTypeCatalog.builtIn()
            } catch {
                printError("built-in document types: \(error)")
                throw ExitCode.usage
            }
            if let doctype, doctypes.type(id: doctype) == nil {
                throw ValidationError("unknown document type '\(doctype)'; expected one of: \(doctypes.ids.joined(separator: ", "))")
            }
            if baseline != nil && writeBaseline != nil {
                throw ValidationError("--baseline and --write-baseline cannot be used together")
            }
            let applied: Baseline?
            if let baseline {
                do {
                    applied = try Baseline(contentsOf: baseline)
                } catch {
                    printError("baseline \(error)")
                    throw ExitCode.usage
                }
            } else {
                applied = nil
            }
            let destinations = (output.map { [$0] } ?? []) + reports.map(\.path)
            if let twice = destinations.first(where: { path in destinations.filter { $0 == path }.count > 1 }) {
                throw ValidationError("\(twice) is given for two outputs")
            }
            let sourceDateEpoch: Date?
            do {
                sourceDateEpoch = try RunTiming.sourceDateEpoch(in: ProcessInfo.processInfo.environment)
            } catch {
                throw ValidationError(error.description)
            }
            let shippedPacks: [PackRule]
            do {
                shippedPacks = try RulePackLoader.shipped()
            } catch {
                printError("built-in rule packs: \(error)")
                throw ExitCode.usage
            }
            let resolver = try ConfigResolver(
                options: configOptions, language: language, doctype: doctype, catalog: catalog, doctypes: doctypes,
                shippedPacks: shippedPacks)
            let collected = InputCollector.collect(paths, stdinName: stdinFilename)
            var inputs: [LintInput] = []
            var perInput: [Linter.Options] = []
            var failOn: [String: Severity] = [:]
            for input in collected.inputs {
                // Standard input named by --stdin-filename is configured as that file would be.
                let path: String? = switch input.content {
                case .file(let file): file
                case .bytes: stdinFilename == Self.stdinName ? nil : stdinFilename
                }
                let (effective, file) = try resolver.resolve(for: path)
                if let path, collected.fromDirectory.contains(path),
                    !Configuration.collects(Configuration.absolute(path), configuration: effective, file: file)
                {
                    continue
                }
                inputs.append(input)
                perInput.append(.init(
                    format: inputFormat, language: effective.language.value, doctype: effective.doctype.value,
                    ruleLevels: effective.ruleLevels, packs: effective.packs))
                failOn[input.path] = effective.failOn.value
            }
            try resolver.checkSelectors()
            let linter = Linter(catalog: catalog, doctypes: doctypes, packs: shippedPacks)
            // Linted in report order, so output streamed as files finish is in that order too.
            let order = inputs.indices.sorted { LintReport.outputOrder(inputs[$0].path, inputs[$1].path) }
            (inputs, perInput) = (order.map { inputs[$0] }, order.map { perInput[$0] })
            let streaming = format == .jsonl && output == nil && writeBaseline == nil
            var results: [FileResult] = []
            var durations: [String: Duration] = [:]
            var stale = 0
            let started = Date()
            await linter.lint(inputs, perInput: perInput) { result, duration in
                var result = result
                // With --baseline, each file is filtered as it finishes: entries match
                // on the path among other fields, so files do not affect one another.
                if let applied {
                    let filtered = applied.filter([result])
                    result = filtered.files[0]
                    stale += filtered.stale
                }
                if streaming {
                    FileHandle.standardOutput.write(Data(JSONLinesReporter().lines(for: result).utf8))
                }
                results.append(result)
                durations[result.path] = duration
            }
            if let writeBaseline {
                // Only current findings are written, so entries that no longer match are pruned.
                let written = Baseline(recording: results)
                guard FileManager.default.createFile(atPath: writeBaseline, contents: written.encoded()) else {
                    printError("cannot write baseline \(writeBaseline)")
                    throw ExitCode.usage
                }
                results = written.filter(results).files
            }
            // The rules this run has: built-in, shipped packs, the packs configurations name
            // (off for the files whose configuration does not), engine.
            var configured: [PackRule] = []
            for rule in perInput.flatMap(\.packs) where !configured.contains(where: { $0.description.id == rule.description.id }) {
                configured.append(rule)
            }
            let levels = perInput.map { options in
                var options = options
                for rule in configured where !options.packs.contains(where: { $0.description.id == rule.description.id }) {
                    options.ruleLevels[rule.description.id] = .off
                }
                return options
            }
            let (rules, rulesOff) = LintReport.rulesThatRan(
                builtInRules.map { $0.description } + (shippedPacks + configured).map(\.description) + EngineDiagnostics.all,
                paths: inputs.map(\.path), options: levels)
            // Paths that named nothing to lint are reported like unreadable files: in the report and on standard error.
            let report = LintReport(
                files: results + collected.problems.map { FileResult(path: $0.path, failure: $0.reason) },
                staleBaselineEntries: baseline == nil ? nil : stale, rules: rules, rulesOff: rulesOff,
                timing: RunTiming(start: started, durations: durations, sourceDateEpoch: sourceDateEpoch))
            for failure in report.failures {
                printError("\(failure.path): \(failure.failure!)")
            }
            // Only the text summary has a place for them: otherwise stale baseline entries go to standard error.
            if format != .text, let stale = report.staleBaselineEntries, stale > 0 {
                printWarning("\(stale) baseline \(stale == 1 ? "entry no longer matches" : "entries no longer match")")
            }
            let outputsWritten = writeOutputs(report, failOn: failOn, streamed: streaming)
            // Each file fails at its own configuration's level.
            var code: Int32 = report.failures.isEmpty && outputsWritten ? 0 : 2
            if code == 0, !exitZero, report.files.contains(where: { result in
                result.diagnostics.contains { $0.severity >= failOn[result.path, default: configOptions.failOn ?? .error] }
            }) {
                code = 1
            }
            if code != 0 { throw ExitCode(code) }
        }

        /// Writes the output (unless it was streamed) and each `--report`, and
        /// appends the GitHub step summary when asked; false when a file could not be written.
        private func writeOutputs(_ report: LintReport, failOn: [String: Severity], streamed: Bool) -> Bool {
            var options = ReportFormat.Options(
                quiet: quiet, junitGranularity: junitGranularity, failOn: failOn, defaultFailOn: configOptions.failOn ?? .error,
                paths: RepositoryPaths.discover())
            var written = true
            var warned: Set<String> = []
            func write(_ format: ReportFormat, to path: String?) {
                let rendered = format.render(report, options: options)
                for warning in rendered.warnings where warned.insert(warning).inserted {
                    printWarning(warning)
                }
                guard let path else {
                    FileHandle.standardOutput.write(Data(rendered.text.utf8))
                    return
                }
                do {
                    try ReportFile.write(rendered.text, to: path)
                } catch {
                    printError(error.description)
                    written = false
                }
            }
            if !streamed {
                options.colored = color.enabled(writingToFile: output != nil)
                write(format, to: output)
                options.colored = false
            }
            for request in reports {
                write(request.format, to: request.path)
            }
            if format == .github || reports.contains(where: { $0.format == .github }),
                let summary = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty
            {
                do {
                    try ReportFile.append(GitHubAnnotationsReporter(paths: options.paths).stepSummary(report), to: summary)
                } catch {
                    printError("GITHUB_STEP_SUMMARY: \(error.description)")
                    written = false
                }
            }
            return written
        }
    }
}

/// `--report FORMAT=PATH`.
struct ReportRequest {
    let format: ReportFormat
    let path: String

    init(parsing argument: String) throws {
        guard let equals = argument.firstIndex(of: "=") else {
            throw ValidationError("expected FORMAT=PATH, such as junit=Reports/out/junit.xml")
        }
        let name = String(argument[..<equals])
        guard let format = ReportFormat(rawValue: name) else {
            throw ValidationError(
                "unknown format '\(name)'; expected one of: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { throw ValidationError("no path after '\(name)='") }
        self.format = format
        self.path = path
    }
}

extension ReportFormat: ExpressibleByArgument {}

extension JUnitReporter.Granularity: ExpressibleByArgument {}

extension InputFormat: ExpressibleByArgument {}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never

    /// `auto` colours only a terminal, and never when `NO_COLOR` is set or `TERM` is `dumb`.
    func enabled(writingToFile: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            return !writingToFile && isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
                && environment["TERM"] != "dumb"
        }
    }
}
