import ArgumentParser
import Foundation
import UNLint

extension UnlintCommand {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Combine the JSON or JSON Lines reports of several runs (shards) into one report of any format.",
            discussion: """
                Each REPORT is a file written by --format json or --format jsonl (- reads standard input). A document \
                in several reports keeps each of its findings once. Exit codes as for lint: 2 when a report cannot be \
                read or names a document that could not be read, 1 when a finding reaches the fail level, else 0.
                """)

        @Argument(help: "JSON or JSON Lines reports written by unlint.")
        var reports: [String]

        @OptionGroup var outputs: OutputOptions

        @Option(help: ArgumentHelp(
            "Exit with code 1 when a finding reaches this severity (error, warning, info; default error).",
            valueName: "severity"))
        var failOn: Severity = .error

        @Flag(help: "Exit with code 0 even when findings reach the fail level.")
        var exitZero = false

        func run() throws {
            try outputs.checkDestinations()
            var texts: [(name: String, text: String)] = []
            for path in reports {
                let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
                guard let data else { throw ValidationError("cannot read the report \(path)") }
                texts.append((path, String(decoding: data, as: UTF8.self)))
            }
            let files: [FileResult]
            do {
                files = try ReportReader.results(of: texts)
            } catch {
                throw ValidationError(error.description)
            }
            // The rules the merged runs could have run: those this installation knows, and any other named by a finding.
            var rules = try RuleInventory(configOptions: ConfigOptions.parse([])).all
            for id in Set(files.flatMap { $0.diagnostics.map(\.rule) }).sorted() where !rules.contains(where: { $0.id == id }) {
                rules.append(RuleDescription(
                    id: id, title: id, rationale: "", defaultSeverity: .warning, examples: []))
            }
            let report = LintReport(files: files, rules: rules)
            for failure in report.failures {
                printError("\(failure.path): \(failure.failure!)")
            }
            let written = outputs.write(report, failOn: [:], defaultFailOn: failOn)
            let code = report.failures.isEmpty && written ? (exitZero ? 0 : report.exitCode(failOn: failOn)) : 2
            if code != 0 { throw ExitCode(code) }
        }
    }
}
