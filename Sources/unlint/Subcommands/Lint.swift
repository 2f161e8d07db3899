import ArgumentParser
import Foundation
import UNLint

extension UnlintCommand {
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Lint documents (the default command).",
            discussion: """
                PATH may be a file, a directory (searched for *.md, *.markdown and *.txt) or - for \
                standard input.
                """)

        @Argument(help: "Files or directories to lint; - reads standard input.")
        var paths: [String] = []

        @Option(help: ArgumentHelp(
            "Also lint the paths listed in FILE, one per line (- reads the list from standard input).", valueName: "file"))
        var filesFrom: String?

        @Option(
            help: ArgumentHelp(
                "Lint only shard K of N (1/4 … 4/4): the documents whose path, as given, hashes to it; the same on "
                    + "every machine, so N jobs lint each document once. Merge their reports with unlint merge.",
                valueName: "K/N"),
            transform: { text in
                guard let shard = Shard(text) else { throw ValidationError("--shard expects K/N with 1 ≤ K ≤ N, such as 2/4") }
                return shard
            })
        var shard: Shard?

        @Flag(help: "Print the time spent parsing and in each rule, summed over the documents, on standard error.")
        var timings = false

        @OptionGroup var outputs: OutputOptions

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
            try outputs.checkDestinations()
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
            var collected = InputCollector.collect(paths + (try listedPaths()), stdinName: stdinFilename)
            if let shard {
                collected.inputs.removeAll { if case .file = $0.content { !shard.contains($0.path) } else { false } }
                collected.problems.removeAll { !shard.contains($0.path) }
            }
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
                    ruleLevels: effective.ruleLevels, packs: effective.packs, measuresTime: timings))
                failOn[input.path] = effective.failOn.value
            }
            try resolver.checkSelectors()
            let linter = Linter(catalog: catalog, doctypes: doctypes, packs: shippedPacks)
            // Linted in report order, so output streamed as files finish is in that order too.
            let order = inputs.indices.sorted { LintReport.outputOrder(inputs[$0].path, inputs[$1].path) }
            (inputs, perInput) = (order.map { inputs[$0] }, order.map { perInput[$0] })
            let streaming = outputs.format == .jsonl && outputs.output == nil && writeBaseline == nil
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
                    ReportFile.writeStandardOutput { JSONLinesReporter().writeLines(for: result, to: &$0) }
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
            // The rules this run has: built-in, shipped packs, engine, and the packs configurations name.
            let (rules, rulesOff) = LintReport.rulesThatRan(
                builtInRules.map { $0.description } + shippedPacks.map(\.description) + EngineDiagnostics.all,
                paths: inputs.map(\.path), options: perInput)
            // Paths that named nothing to lint are reported like unreadable files: in the report and on standard error.
            let report = LintReport(
                files: results + collected.problems.map { FileResult(path: $0.path, failure: $0.reason) },
                staleBaselineEntries: baseline == nil ? nil : stale, rules: rules, rulesOff: rulesOff,
                timing: RunTiming(start: started, durations: durations, sourceDateEpoch: sourceDateEpoch))
            for failure in report.failures {
                printError("\(failure.path): \(failure.failure!)")
            }
            // Only the text summary has a place for them: otherwise stale baseline entries go to standard error.
            if outputs.format != .text, let stale = report.staleBaselineEntries, stale > 0 {
                printWarning("\(stale) baseline \(stale == 1 ? "entry no longer matches" : "entries no longer match")")
            }
            if timings { FileHandle.standardError.write(Data(TimingsReporter().report(results).utf8)) }
            let outputsWritten = outputs.write(
                report, failOn: failOn, defaultFailOn: configOptions.failOn ?? .error, streamed: streaming)
            // Each file fails at its own configuration's level.
            var code: Int32 = report.failures.isEmpty && outputsWritten ? 0 : 2
            if code == 0, !exitZero, report.files.contains(where: { result in
                result.diagnostics.contains { $0.severity >= failOn[result.path, default: configOptions.failOn ?? .error] }
            }) {
                code = 1
            }
            if code != 0 { throw ExitCode(code) }
        }

        /// The paths of --files-from, blank lines skipped.
        private func listedPaths() throws -> [String] {
            guard let filesFrom else {
                guard !paths.isEmpty else { throw ValidationError("no paths to lint; give PATHs or --files-from FILE") }
                return []
            }
            let data: Data
            if filesFrom == "-" {
                guard !paths.contains("-") else {
                    throw ValidationError("standard input cannot be both a document (-) and the list of --files-from -")
                }
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let read = FileManager.default.contents(atPath: filesFrom) else {
                    throw ValidationError("--files-from: cannot read \(filesFrom)")
                }
                data = read
            }
            return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        }
    }
}
