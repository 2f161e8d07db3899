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

        @Option(help: "Output format.")
        var format: OutputFormat = .text

        @Option(help: "Write the report to FILE instead of standard output.")
        var output: String?

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
            var recorded: Baseline?
            if let baseline {
                do {
                    recorded = try Baseline(contentsOf: baseline)
                } catch {
                    printError("baseline \(error)")
                    throw ExitCode.usage
                }
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
            var results = await linter.lint(inputs, perInput: perInput)
            if let writeBaseline {
                // Only current findings are written, so entries that no longer match are pruned.
                let written = Baseline(recording: results)
                guard FileManager.default.createFile(atPath: writeBaseline, contents: written.encoded()) else {
                    printError("cannot write baseline \(writeBaseline)")
                    throw ExitCode.usage
                }
                recorded = written
            }
            var stale: Int?
            if let recorded {
                (results, stale) = recorded.filter(results)
            }
            // Paths that named nothing to lint are reported like unreadable files: in the report and on standard error.
            let report = LintReport(
                files: results + collected.problems.map { FileResult(path: $0.path, failure: $0.reason) },
                staleBaselineEntries: baseline == nil ? nil : stale)
            for failure in report.failures {
                printError("\(failure.path): \(failure.failure!)")
            }
            let text: String
            switch format {
            case .text:
                text = TextReporter(colored: color.enabled(writingToFile: output != nil), quiet: quiet).report(report)
            case .json:
                text = JSONReporter().report(report)
                // The JSON report has no place for them: stale baseline entries go to standard error.
                if let stale = report.staleBaselineEntries, stale > 0 {
                    FileHandle.standardError.write(Data("unlint: warning: \(stale) baseline \(stale == 1 ? "entry no longer matches" : "entries no longer match")\n".utf8))
                }
            }
            try write(text)
            // Each file fails at its own configuration's level.
            var code: Int32 = report.failures.isEmpty ? 0 : 2
            if code == 0, !exitZero, report.files.contains(where: { result in
                result.diagnostics.contains { $0.severity >= failOn[result.path, default: configOptions.failOn ?? .error] }
            }) {
                code = 1
            }
            if code != 0 { throw ExitCode(code) }
        }

        private func write(_ text: String) throws {
            guard let output else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                printError("cannot write \(output)")
                throw ExitCode.usage
            }
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

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
