import ArgumentParser
import Foundation
import UNLint

/// Where and how a run's report is written, shared by `lint` and `merge`:
/// the main output, `--report` files, and the GitHub step summary.
struct OutputOptions: ParsableArguments {
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

    @Option(help: "Colour the text output: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print diagnostics only: no source lines, no summary.")
    var quiet = false

    /// Refuses one path for two outputs (as a one-line error, not a usage message).
    func checkDestinations() throws {
        let destinations = (output.map { [$0] } ?? []) + reports.map(\.path)
        if let twice = destinations.first(where: { path in destinations.filter { $0 == path }.count > 1 }) {
            throw ValidationError("\(twice) is given for two outputs")
        }
    }

    /// Writes the output (unless it was streamed) and each `--report`, and
    /// appends the GitHub step summary when asked; false when a file could not be written.
    func write(_ report: LintReport, failOn: [String: Severity], defaultFailOn: Severity, streamed: Bool = false) -> Bool {
        var options = ReportFormat.Options(
            quiet: quiet, junitGranularity: junitGranularity, failOn: failOn, defaultFailOn: defaultFailOn,
            paths: RepositoryPaths.discover())
        var written = true
        var warned: Set<String> = []
        func write(_ format: ReportFormat, to path: String?) {
            var warnings: [String] = []
            if let path {
                do {
                    try ReportFile.write(to: path) { warnings = format.render(report, options: options, to: &$0) }
                } catch {
                    printError(error.description)
                    written = false
                }
            } else {
                ReportFile.writeStandardOutput { warnings = format.render(report, options: options, to: &$0) }
            }
            for warning in warnings where warned.insert(warning).inserted {
                printWarning(warning)
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
