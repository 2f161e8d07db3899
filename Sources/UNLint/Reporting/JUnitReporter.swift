import Foundation

/// JUnit XML as Jenkins, GitLab and Azure DevOps read it, valid against the
/// Jenkins xUnit plugin's `junit-10.xsd`: a `testsuites` root with totals, a
/// `testsuite` per document (`name` and `file` the path) and, by default, a
/// `testcase` per document and rule that ran (`classname` the path, `name`
/// the rule id), so each pair keeps its identity and history from run to run.
///
/// A case fails when one of its findings reaches the fail level
/// (`--fail-on`): one `failure` whose message is the first such finding and
/// whose body lists every finding of the case, `line:column severity
/// message`. Findings below the level leave the case passing and go to its
/// `system-out`. A file that could not be read or decoded is one `error` case;
/// a rule an override switched off for a document is a `skipped` case.
///
/// `time` is each document's lint time and `timestamp` the run's start, from
/// ``LintReport/timing`` (both reproducible with `SOURCE_DATE_EPOCH`, see
/// ``RunTiming``); test cases carry no time, since rules are not timed one by one.
public struct JUnitReporter: Reporter {
    public enum Granularity: String, Sendable, CaseIterable {
        /// A case per document and rule.
        case document
        /// A case per finding, named `rule@line:column` (unique within the
        /// document, so GitLab, which keys cases on class and name, keeps them
        /// all), or one passing `no findings` case for a clean document.
        case diagnostic
    }

    public var granularity: Granularity
    /// The fail level of each file by path (its configuration's `fail-on`);
    /// files not listed fail at `defaultFailOn`.
    public var failOn: [String: Severity]
    public var defaultFailOn: Severity

    public init(granularity: Granularity = .document, failOn: [String: Severity] = [:], defaultFailOn: Severity = .error) {
        self.granularity = granularity
        self.failOn = failOn
        self.defaultFailOn = defaultFailOn
    }

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        let suites = report.files.map { suite(for: $0, in: report) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(LintReport.toolName)\""
        out += " tests=\"\(suites.reduce(0) { $0 + $1.cases.count })\""
        out += " failures=\"\(suites.reduce(0) { $0 + $1.count(.failure) })\""
        out += " errors=\"\(suites.reduce(0) { $0 + $1.count(.error) })\""
        // The sum of the rounded times, so that the totals add up as shown.
        out += " time=\"\(Self.seconds(milliseconds: suites.reduce(0) { $0 + $1.milliseconds }))\">\n"
        output.write(out)
        let timestamp = report.timing.map { Self.timestamp($0.start) }
        for (suite, file) in zip(suites, report.files) {
            suite.write(timestamp: timestamp, findingsIn: file, to: &output)
        }
        output.write("</testsuites>\n")
    }

    // MARK: Building the cases

    private func suite(for file: FileResult, in report: LintReport) -> Suite {
        let milliseconds = report.timing.map { Self.milliseconds($0.durations[file.path] ?? .zero) } ?? 0
        var suite = Suite(path: file.path, milliseconds: milliseconds, cases: [])
        if let failure = file.failure {
            suite.cases = [Case(name: LintReport.unreadableCheck, outcome: .error(message: failure), findings: [])]
            return suite
        }
        // Nothing else ran on a file that could not be decoded.
        if let index = file.diagnostics.firstIndex(where: { $0.rule == EngineDiagnostics.encoding.id }) {
            let encoding = file.diagnostics[index]
            suite.cases = [Case(name: encoding.rule, outcome: .error(message: encoding.message), findings: [index])]
            return suite
        }
        let failOn = failOn[file.path] ?? defaultFailOn
        func outcome(_ findings: [Int]) -> Case.Outcome {
            let diagnostics = findings.lazy.map { file.diagnostics[$0] }
            return diagnostics.first { $0.severity >= failOn }
                .map { .failure(message: $0.message, type: diagnostics.map(\.severity).max()!) } ?? .pass
        }
        switch granularity {
        case .document:
            // Findings by their index in the file's: a rule can report hundreds of thousands.
            let byRule = Dictionary(grouping: file.diagnostics.indices) { file.diagnostics[$0].rule }
            let off = report.rulesOff[file.path] ?? []
            // The run's rules, and any rule that reported without being listed.
            let ids = Set(report.rules.map(\.id)).union(byRule.keys).sorted()
            suite.cases = ids.map { id in
                let findings = byRule[id] ?? []
                if off.contains(id) && findings.isEmpty {
                    return Case(name: id, outcome: .skipped, findings: [])
                }
                return Case(name: id, outcome: outcome(findings), findings: findings)
            }
        case .diagnostic:
            var used: [String: Int] = [:]
            suite.cases = file.diagnostics.indices.map { index in
                let diagnostic = file.diagnostics[index]
                var name = "\(diagnostic.rule)@\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
                used[name, default: 0] += 1
                if used[name]! > 1 { name += " (\(used[name]!))" }
                return Case(name: name, outcome: outcome([index]), findings: [index])
            }
            if suite.cases.isEmpty {
                suite.cases = [Case(name: "no findings", outcome: .pass, findings: [])]
            }
        }
        return suite
    }

    private struct Suite {
        let path: String
        let milliseconds: Int64
        var cases: [Case]

        func count(_ kind: Case.Kind) -> Int {
            cases.filter { $0.outcome.kind == kind }.count
        }

        /// Writes the suite; its cases' findings are indices into `file`'s.
        func write(timestamp: String?, findingsIn file: FileResult, to output: inout some TextOutputStream) {
            let path = XMLEscaping.attribute(self.path)
            var out = "  <testsuite name=\"\(path)\" file=\"\(path)\" tests=\"\(cases.count)\""
            out += " failures=\"\(count(.failure))\" errors=\"\(count(.error))\" skipped=\"\(count(.skipped))\""
            out += " time=\"\(JUnitReporter.seconds(milliseconds: milliseconds))\""
            if let timestamp { out += " timestamp=\"\(timestamp)\"" }
            output.write(out + ">\n")
            for testCase in cases { testCase.write(classname: path, findingsIn: file, to: &output) }
            output.write("  </testsuite>\n")
        }
    }

    private struct Case {
        enum Kind { case pass, failure, error, skipped }
        enum Outcome {
            case pass
            case failure(message: String, type: Severity)
            case error(message: String)
            case skipped

            var kind: Kind {
                switch self {
                case .pass: .pass
                case .failure: .failure
                case .error: .error
                case .skipped: .skipped
                }
            }
        }

        let name: String
        let outcome: Outcome
        /// Indices into the file's findings.
        let findings: [Int]

        /// Writes the case; its text holds `line:column severity message`, one
        /// finding per line, written one by one.
        func write(classname: String, findingsIn file: FileResult, to output: inout some TextOutputStream) {
            output.write("    <testcase classname=\"\(classname)\" name=\"\(XMLEscaping.attribute(name))\"")
            func writeText() {
                for (position, index) in findings.enumerated() {
                    let finding = file.diagnostics[index]
                    let line = "\(finding.range.start.line):\(finding.range.start.column) \(finding.severity.rawValue) \(finding.message)"
                    output.write((position == 0 ? "" : "\n") + XMLEscaping.text(line))
                }
            }
            switch outcome {
            case .pass where findings.isEmpty:
                output.write("/>\n")
            case .pass:
                output.write(">\n      <system-out>")
                writeText()
                output.write("</system-out>\n    </testcase>\n")
            case .failure(let message, let type):
                output.write(">\n      <failure message=\"\(XMLEscaping.attribute(message))\" type=\"\(type.rawValue)\">")
                writeText()
                output.write("</failure>\n    </testcase>\n")
            case .error(let message):
                output.write(">\n      <error message=\"\(XMLEscaping.attribute(message))\" type=\"\(XMLEscaping.attribute(name))\">")
                writeText()
                output.write("</error>\n    </testcase>\n")
            case .skipped:
                output.write(">\n      <skipped message=\"switched off for this document by the configuration\"/>\n    </testcase>\n")
            }
        }
    }

    // MARK: Times

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    /// Seconds with three decimals (`0.042`): the form of the schema's `SUREFIRE_TIME`.
    static func seconds(milliseconds: Int64) -> String {
        "\(milliseconds / 1000)." + String(String(milliseconds % 1000 + 1000).dropFirst())
    }

    /// `2025-03-04T12:30:00`, in UTC, as JUnit writers put it.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withFullDate, .withTime, .withDashSeparatorInDate, .withColonSeparatorInTime]
        return formatter.string(from: date)
    }
}
