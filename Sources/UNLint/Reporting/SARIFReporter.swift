/// SARIF 2.1.0, as GitHub code scanning reads it: one run whose driver lists
/// every rule that ran, and a `results` array (empty when clean, which GitHub
/// requires) with one result per diagnostic. Each result has one physical
/// location relative to the repository root (`uriBaseId` `%SRCROOT%`), its
/// related places, and a fingerprint that edits elsewhere in the file leave
/// alone. Columns count Unicode scalars, so the run says `unicodeCodePoints`.
///
/// GitHub refuses a run of more than 25,000 results and a file of more than
/// 10 MB; beyond either limit the log keeps the most severe results and says
/// how many it left out (``Log/omittedResults``).
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// GitHub's limits on results per run, and on a file's size (compressed on
    /// upload; checked here uncompressed, which is stricter).
    public static let gitHubResultLimit = 25_000
    public static let gitHubByteLimit = 10 * 1024 * 1024

    public var paths: RepositoryPaths
    public var resultLimit: Int
    public var byteLimit: Int

    /// `paths` turns the linted paths into repository-relative ones.
    public init(paths: RepositoryPaths = .asLinted, resultLimit: Int = gitHubResultLimit, byteLimit: Int = gitHubByteLimit) {
        self.paths = paths
        self.resultLimit = resultLimit
        self.byteLimit = byteLimit
    }

    public struct Log: Sendable {
        public let text: String
        public let cut: Cut

        public var omittedResults: Int { cut.omittedResults }
        public var warning: String? { cut.warning }
    }

    /// How many of the results a log left out to stay within the limits.
    public struct Cut: Sendable {
        /// 0 when none.
        public let omittedResults: Int
        public let totalResults: Int
        let resultLimit: Int
        let byteLimit: Int

        /// What the user must be told when results were left out, for standard error.
        public var warning: String? {
            guard omittedResults > 0 else { return nil }
            return "the SARIF report holds \(totalResults - omittedResults) of \(totalResults) results, the most severe, "
                + "to stay within GitHub's limits of \(resultLimit) results per run and \(byteLimit / 1_048_576) MB per file"
        }
    }

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        _ = writeLog(report, to: &output)
    }

    public func log(_ report: LintReport) -> Log {
        var text = ""
        let cut = writeLog(report, to: &text)
        return Log(text: text, cut: cut)
    }

    /// Writes the log to `output` as it is made, keys in order as SARIF
    /// names them, and says what it left out. Beyond the limits the most
    /// severe results are kept, in report order: the largest count that fits
    /// is found by writing the log to a byte counter, not by holding it.
    public func writeLog(_ report: LintReport, to output: inout some TextOutputStream) -> Cut {
        let files = report.files.map { file in
            let location = ArtifactLocation(path: paths.relative(file.path))
            let fingerprints = file.failure == nil ? FindingFingerprint.fingerprints(of: file, path: location.path) : []
            return (location: location, fingerprints: fingerprints)
        }
        var findings: [Finding] = []
        for (fileIndex, file) in report.files.enumerated() where file.failure == nil {
            for (index, diagnostic) in file.diagnostics.enumerated() {
                findings.append(Finding(file: fileIndex, index: index, severity: diagnostic.severity))
            }
        }
        let byPriority = findings.indices.sorted { a, b in
            findings[a].severity != findings[b].severity ? findings[a].severity > findings[b].severity : a < b
        }
        func write(keeping count: Int, to output: inout some TextOutputStream) {
            let kept = byPriority.prefix(count).sorted().map { findings[$0] }
            writeLog(report, files: files, results: kept, to: &output)
        }
        func size(keeping count: Int) -> Int {
            var counter = ByteCounter()
            write(keeping: count, to: &counter)
            return counter.count
        }
        var keep = min(findings.count, resultLimit)
        if size(keeping: keep) > byteLimit {
            var (low, high) = (0, keep - 1)
            while low < high {
                let middle = (low + high + 1) / 2
                if size(keeping: middle) <= byteLimit { low = middle } else { high = middle - 1 }
            }
            keep = low
        }
        write(keeping: keep, to: &output)
        return Cut(omittedResults: findings.count - keep, totalResults: findings.count, resultLimit: resultLimit, byteLimit: byteLimit)
    }

    /// A diagnostic of the report: its file, its place among the file's, and its severity.
    private struct Finding {
        let file: Int
        let index: Int
        let severity: Severity
    }

    /// Counts what would be written.
    private struct ByteCounter: TextOutputStream {
        var count = 0
        mutating func write(_ string: String) { count += string.utf8.count }
    }

    // MARK: The log's shape (SARIF 2.1.0 property names, in order)

    private func writeLog(
        _ report: LintReport, files: [(location: ArtifactLocation, fingerprints: [String])], results: [Finding],
        to output: inout some TextOutputStream
    ) {
        var json = JSONText(pretty: true)
        json.object { json in
            json.key("$schema")
            json.string(Self.schemaURI)
            json.key("runs")
            json.array { json in
                json.element()
                Self.writeRun(report, files: files, results: results, to: &json, flushingTo: &output)
            }
            json.key("version")
            json.string("2.1.0")
        }
        output.write(json.finished())
    }

    private static func writeRun(
        _ report: LintReport, files: [(location: ArtifactLocation, fingerprints: [String])], results: [Finding],
        to json: inout JSONText, flushingTo output: inout some TextOutputStream
    ) {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        json.object { json in
            json.key("columnKind")
            json.string("unicodeCodePoints")
            json.key("invocations")
            json.array { json in
                json.element()
                writeInvocation(report, locations: files.map(\.location), to: &json)
            }
            json.key("results")
            json.array { json in
                for finding in results {
                    json.element()
                    let diagnostic = report.files[finding.file].diagnostics[finding.index]
                    writeResult(
                        diagnostic, at: files[finding.file].location, ruleIndex: ruleIndex[diagnostic.rule],
                        fingerprint: files[finding.file].fingerprints[finding.index], to: &json)
                    json.flush(to: &output)
                }
            }
            json.key("tool")
            json.object { json in
                json.key("driver")
                writeDriver(rules: report.rules, to: &json)
            }
        }
    }

    /// The run's one invocation; a file that could not be read is a
    /// notification of it, not a result of any rule.
    private static func writeInvocation(_ report: LintReport, locations: [ArtifactLocation], to json: inout JSONText) {
        let failed = report.files.indices.filter { report.files[$0].failure != nil }
        json.object { json in
            json.key("executionSuccessful")
            json.bool(failed.isEmpty)
            if !failed.isEmpty {
                json.key("toolExecutionNotifications")
                json.array { json in
                    for index in failed {
                        json.element()
                        writeNotification(report.files[index].failure ?? "", at: locations[index], to: &json)
                    }
                }
            }
        }
    }

    private static func writeDriver(rules: [RuleDescription], to json: inout JSONText) {
        json.object { json in
            json.key("informationUri")
            json.string(LintReport.informationURI)
            json.key("name")
            json.string(LintReport.toolName)
            json.key("rules")
            json.array { json in
                for rule in rules {
                    json.element()
                    writeRule(rule, to: &json)
                }
            }
            json.key("semanticVersion")
            json.string(LintReport.toolVersion)
            json.key("version")
            json.string(LintReport.toolVersion)
        }
    }

    private static func writeRule(_ description: RuleDescription, to json: inout JSONText) {
        json.object { json in
            json.key("defaultConfiguration")
            json.object { json in
                json.key("level")
                json.string(description.defaultSeverity.sarifLevel)
            }
            json.key("fullDescription")
            writeMessage(shortened(description.rationale.isEmpty ? description.title : description.rationale, to: 1000), to: &json)
            json.key("help")
            writeMessage(RuleExplanation(description).text, to: &json)
            json.key("helpUri")
            // A rule pack may link its own documentation.
            json.string(description.link ?? LintReport.helpURI(rule: description.id))
            json.key("id")
            json.string(description.id)
            json.key("name")
            json.string(pascalCase(description.id))
            json.key("properties")
            json.object { json in
                json.key("tags")
                json.array { json in
                    json.element()
                    json.string(String(description.id.prefix { $0 != "/" }))
                }
            }
            json.key("shortDescription")
            writeMessage(description.title, to: &json)
        }
    }

    /// `numbering/paragraph-sequence` → `NumberingParagraphSequence`: SARIF
    /// validators want a rule's name in Pascal case and unlike its id.
    static func pascalCase(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// GitHub shows at most 1,000 characters of a full description.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    private static func writeNotification(_ failure: String, at location: ArtifactLocation, to json: inout JSONText) {
        json.object { json in
            json.key("level")
            json.string("error")
            json.key("locations")
            json.array { json in
                json.element()
                json.object { json in
                    json.key("physicalLocation")
                    writePhysicalLocation(location, region: nil, to: &json)
                }
            }
            json.key("message")
            writeMessage(failure, to: &json)
        }
    }

    private static func writeResult(
        _ diagnostic: Diagnostic, at location: ArtifactLocation, ruleIndex: Int?, fingerprint: String,
        to json: inout JSONText
    ) {
        json.object { json in
            json.key("level")
            json.string(diagnostic.severity.sarifLevel)
            json.key("locations")
            json.array { json in
                json.element()
                json.object { json in
                    json.key("physicalLocation")
                    writePhysicalLocation(location, region: diagnostic.range, to: &json)
                }
            }
            json.key("message")
            writeMessage(diagnostic.message, to: &json)
            json.key("partialFingerprints")
            json.object { json in
                json.key("primaryLocationLineHash")
                json.string(fingerprint)
            }
            if !diagnostic.related.isEmpty {
                json.key("relatedLocations")
                json.array { json in
                    for (index, related) in diagnostic.related.enumerated() {
                        json.element()
                        json.object { json in
                            json.key("id")
                            json.int(index + 1)
                            json.key("message")
                            writeMessage(related.message, to: &json)
                            json.key("physicalLocation")
                            writePhysicalLocation(
                                location, region: SourceRange(start: related.position, end: related.position), to: &json)
                        }
                    }
                }
            }
            json.key("ruleId")
            json.string(diagnostic.rule)
            // Absent when the rule is not among the run's rules.
            if let ruleIndex {
                json.key("ruleIndex")
                json.int(ruleIndex)
            }
        }
    }

    private static func writeMessage(_ text: String, to json: inout JSONText) {
        json.object { json in
            json.key("text")
            json.string(text)
        }
    }

    /// 1-based lines and columns; `endColumn` is the column just after the
    /// span, as in SARIF and in our own positions.
    private static func writePhysicalLocation(_ location: ArtifactLocation, region: SourceRange?, to json: inout JSONText) {
        json.object { json in
            json.key("artifactLocation")
            json.object { json in
                json.key("uri")
                json.string(location.uri)
                if let base = location.uriBaseId {
                    json.key("uriBaseId")
                    json.string(base)
                }
            }
            if let region {
                json.key("region")
                json.object { json in
                    json.key("endColumn")
                    json.int(region.end.column)
                    json.key("endLine")
                    json.int(region.end.line)
                    json.key("startColumn")
                    json.int(region.start.column)
                    json.key("startLine")
                    json.int(region.start.line)
                }
            }
        }
    }

    /// A file: a relative path becomes a URI reference against `%SRCROOT%`, the
    /// repository root; a path outside the repository an absolute `file:` URI.
    private struct ArtifactLocation {
        /// The path the URI was made from, for fingerprints.
        let path: String
        let uri: String
        let uriBaseId: String?

        init(path: String) {
            self.path = path
            let encoded = Self.percentEncoded(path)
            if path.hasPrefix("/") {
                (uri, uriBaseId) = ("file://" + encoded, nil)
            } else {
                (uri, uriBaseId) = (encoded, "%SRCROOT%")
            }
        }

        /// Every byte but RFC 3986's unreserved characters and `/` as `%XX`:
        /// spaces, `%`, `#`, `?`, `:` (which would read as a scheme) and
        /// non-ASCII letters cannot break the URI.
        static func percentEncoded(_ path: String) -> String {
            var out = ""
            for byte in path.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    let hex = String(byte, radix: 16, uppercase: true)
                    out += "%" + (hex.count == 1 ? "0" : "") + hex
                }
            }
            return out
        }
    }
}

extension Severity {
    /// SARIF's `level`: `note` for an info.
    var sarifLevel: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
