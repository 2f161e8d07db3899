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
        /// Results left out to stay within the limits, 0 when none.
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
        output.write(log(report).text)
    }

    public func log(_ report: LintReport) -> Log {
        let rules = report.rules.map(Rule.init)
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        var results: [(severity: Severity, result: Result)] = []
        var notifications: [Notification] = []
        for file in report.files {
            let location = ArtifactLocation(path: paths.relative(file.path))
            if let failure = file.failure {
                notifications.append(Notification(
                    level: "error", message: Message(text: failure),
                    locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: location, region: nil))]))
                continue
            }
            let fingerprints = FindingFingerprint.fingerprints(of: file, path: location.path)
            for (diagnostic, fingerprint) in zip(file.diagnostics, fingerprints) {
                results.append((diagnostic.severity, Result(diagnostic, location: location, ruleIndex: ruleIndex[diagnostic.rule], fingerprint: fingerprint)))
            }
        }
        // The most severe first when some must go; the kept ones stay in report order.
        let byPriority = results.indices.sorted { a, b in
            results[a].severity != results[b].severity ? results[a].severity > results[b].severity : a < b
        }
        func encoded(keeping count: Int) -> String {
            let kept = Set(byPriority.prefix(count))
            let run = Run(
                tool: Tool(driver: Driver(rules: rules)),
                invocations: [Invocation(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications.isEmpty ? nil : notifications)],
                results: results.indices.filter(kept.contains).map { results[$0].result })
            return ReportText.prettyJSON(SARIFLog(runs: [run]))
        }
        var keep = min(results.count, resultLimit)
        var text = encoded(keeping: keep)
        if text.utf8.count > byteLimit {
            // The largest count that fits: a binary search over re-encodings.
            var (low, high) = (0, keep - 1)
            while low < high {
                let middle = (low + high + 1) / 2
                if encoded(keeping: middle).utf8.count <= byteLimit { low = middle } else { high = middle - 1 }
            }
            keep = low
            text = encoded(keeping: keep)
        }
        return Log(text: text, omittedResults: results.count - keep, totalResults: results.count, resultLimit: resultLimit, byteLimit: byteLimit)
    }

    // MARK: The log's shape (SARIF 2.1.0 property names)

    private struct SARIFLog: Encodable {
        let schema = SARIFReporter.schemaURI
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    private struct Run: Encodable {
        let tool: Tool
        let invocations: [Invocation]
        let results: [Result]
        let columnKind = "unicodeCodePoints"
    }

    private struct Tool: Encodable {
        let driver: Driver
    }

    private struct Driver: Encodable {
        let name = LintReport.toolName
        let version = LintReport.toolVersion
        let semanticVersion = LintReport.toolVersion
        let informationUri = LintReport.informationURI
        let rules: [Rule]
    }

    private struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Message
        let helpUri: String
        let defaultConfiguration: Configuration
        let properties: Properties

        struct Configuration: Encodable {
            let level: String
        }
        struct Properties: Encodable {
            let tags: [String]
        }

        init(_ description: RuleDescription) {
            id = description.id
            name = Self.pascalCase(description.id)
            shortDescription = Message(text: description.title)
            fullDescription = Message(text: Self.shortened(description.rationale.isEmpty ? description.title : description.rationale, to: 1000))
            help = Message(text: RuleExplanation(description).text)
            // A rule pack may link its own documentation.
            helpUri = description.link ?? LintReport.helpURI(rule: description.id)
            defaultConfiguration = Configuration(level: description.defaultSeverity.sarifLevel)
            properties = Properties(tags: [String(description.id.prefix { $0 != "/" })])
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
    }

    private struct Invocation: Encodable {
        let executionSuccessful: Bool
        let toolExecutionNotifications: [Notification]?
    }

    /// A file that could not be read: not a result of any rule.
    private struct Notification: Encodable {
        let level: String
        let message: Message
        let locations: [Location]
    }

    private struct Result: Encodable {
        let ruleId: String
        /// Absent when the rule is not among the run's rules.
        let ruleIndex: Int?
        let level: String
        let message: Message
        let locations: [Location]
        let relatedLocations: [RelatedLocation]?
        let partialFingerprints: [String: String]

        init(_ diagnostic: Diagnostic, location: ArtifactLocation, ruleIndex: Int?, fingerprint: String) {
            ruleId = diagnostic.rule
            self.ruleIndex = ruleIndex
            level = diagnostic.severity.sarifLevel
            message = Message(text: diagnostic.message)
            locations = [Location(physicalLocation: PhysicalLocation(artifactLocation: location, region: Region(diagnostic.range)))]
            relatedLocations = diagnostic.related.isEmpty ? nil : diagnostic.related.enumerated().map { index, related in
                RelatedLocation(
                    id: index + 1, message: Message(text: related.message),
                    physicalLocation: PhysicalLocation(
                        artifactLocation: location, region: Region(SourceRange(start: related.position, end: related.position))))
            }
            partialFingerprints = ["primaryLocationLineHash": fingerprint]
        }
    }

    private struct Message: Encodable {
        let text: String
    }

    private struct Location: Encodable {
        let physicalLocation: PhysicalLocation
    }

    private struct RelatedLocation: Encodable {
        let id: Int
        let message: Message
        let physicalLocation: PhysicalLocation
    }

    private struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    /// A file: a relative path becomes a URI reference against `%SRCROOT%`, the
    /// repository root; a path outside the repository an absolute `file:` URI.
    private struct ArtifactLocation: Encodable {
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

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(uri, forKey: .uri)
            try container.encodeIfPresent(uriBaseId, forKey: .uriBaseId)
        }
        enum CodingKeys: String, CodingKey { case uri, uriBaseId }

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

    /// 1-based lines and columns; `endColumn` is the column just after the
    /// span, as in SARIF and in our own positions.
    private struct Region: Encodable {
        let startLine, startColumn, endLine, endColumn: Int

        init(_ range: SourceRange) {
            startLine = range.start.line
            startColumn = range.start.column
            endLine = range.end.line
            endColumn = range.end.column
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
