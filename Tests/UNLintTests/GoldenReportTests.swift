import Foundation
import Testing
@testable import UNLint

/// The reports of `unlint Examples/` in every format, run from the repository
/// root with `SOURCE_DATE_EPOCH=0` (so JUnit times are zero and timestamps
/// fixed), compared byte for byte with `Reports/examples/`: once linted
/// through the library with the same paths and rules as the command, once by
/// the command itself as `make reports` runs it.
///
/// After a deliberate change to the examples, a rule or a reporter, run
/// `make reports` (or the tests once with `UNLINT_UPDATE_GOLDEN=1`) to rewrite
/// the golden files, then the tests, and review the diff before committing.
@Suite struct GoldenReportTests {
    /// The repository root, found from this file's path (`Tests/UNLintTests/…`).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Examples")
    static let golden = root.appendingPathComponent("Reports/examples")

    /// The extensions the command searches a directory for.
    static let documentExtensions: Set<String> = ["md", "markdown", "txt"]

    /// Every document under Examples/, named as the command names them, sorted by path.
    static func inputs() throws -> [LintInput] {
        let files = FileManager.default
        guard let walker = files.enumerator(atPath: examples.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: examples.path])
        }
        var relatives: [String] = []
        while let relative = walker.nextObject() as? String {
            if documentExtensions.contains((relative as NSString).pathExtension.lowercased()) {
                relatives.append(relative)
            }
        }
        return relatives.sorted().map {
            LintInput(path: "Examples/" + $0, content: .file(examples.appendingPathComponent($0).path))
        }
    }

    /// Each golden file and the format it is in.
    static let goldenFiles: [(name: String, format: ReportFormat)] = [
        ("examples.txt", .text), ("examples.json", .json), ("examples.jsonl", .jsonl), ("examples.sarif", .sarif),
        ("examples.junit.xml", .junit), ("examples.checkstyle.xml", .checkstyle), ("examples.github.txt", .github),
        ("examples.gitlab.json", .gitlab),
    ]

    /// The environment of `make reports`.
    static let reproducible = ["SOURCE_DATE_EPOCH": "0"]

    static func lintExamples() async throws -> LintReport {
        let inputs = try inputs()
        #expect(!inputs.isEmpty, "no documents found in \(examples.path)")
        // As the command runs: built-in rules and the shipped packs.
        let results = await Linter(catalog: try LanguageCatalog.builtIn(), packs: try RulePackLoader.shipped()).lint(inputs)
        let epoch = try RunTiming.sourceDateEpoch(in: reproducible)
        return LintReport(
            files: results, rules: TestSupport.allRules, timing: RunTiming(start: Date(), durations: [:], sourceDateEpoch: epoch))
    }

    @Test func reportsMatchTheGoldenFiles() async throws {
        let report = try await Self.lintExamples()
        let options = ReportFormat.Options(paths: RepositoryPaths(root: Self.root.path, workingDirectory: Self.root.path))
        let outputs = Self.goldenFiles.map { golden in
            var text = ""
            _ = golden.format.render(report, options: options, to: &text)
            return (golden.name, text)
        }
        if ProcessInfo.processInfo.environment["UNLINT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            for (name, output) in outputs {
                try Data(output.utf8).write(to: Self.golden.appendingPathComponent(name))
            }
            Issue.record("golden files updated; re-run without UNLINT_UPDATE_GOLDEN")
            return
        }
        for (name, output) in outputs {
            let url = Self.golden.appendingPathComponent(name)
            let expected = try Data(contentsOf: url)
            // Bytes, not String ==, which would equate canonically equivalent text.
            if [UInt8](expected) != Array(output.utf8) {
                Issue.record(
                    """
                    Reports/examples/\(name) differs from the report of Examples/: \
                    \(Self.firstDifference(String(decoding: expected, as: UTF8.self), output)). \
                    If the change is intended, run the tests with UNLINT_UPDATE_GOLDEN=1 and review the diff.
                    """)
            }
        }
    }

    @Test func theCommandWritesTheGoldenFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = ["Examples/", "--output", folder.appendingPathComponent("examples.txt").path]
        for (name, format) in Self.goldenFiles where format != .text {
            arguments += ["--report", "\(format.rawValue)=\(folder.appendingPathComponent(name).path)"]
        }
        let result = try CLITests.CLI.run(arguments, in: Self.root, environment: Self.reproducible)
        #expect(result.status == 1, "the examples have error findings")
        #expect(result.stdout == "")
        #expect(result.stderr == "")
        for (name, _) in Self.goldenFiles {
            let written = try Data(contentsOf: folder.appendingPathComponent(name))
            let expected = try Data(contentsOf: Self.golden.appendingPathComponent(name))
            #expect(written == expected, "\(name) as the command writes it differs from Reports/examples/\(name); run make reports")
        }
    }

    @Test func everyRuleFiresInTheExamples() async throws {
        let report = try await Self.lintExamples()
        let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().report(report).utf8))
        let files = try #require((json as? [String: Any])?["files"] as? [[String: Any]])
        var fired: Set<String> = []
        for file in files {
            #expect(file["error"] == nil, "\(file["path"] ?? "?") could not be read")
            for diagnostic in file["diagnostics"] as? [[String: Any]] ?? [] {
                if let rule = diagnostic["rule"] as? String { fired.insert(rule) }
            }
        }
        let ids = Set(builtInRules.map { $0.description.id } + (try RulePackLoader.shipped()).map(\.description.id))
        for id in ids.sorted() {
            #expect(fired.contains(id), "no example document triggers \(id)")
        }
        // Only the rules fire: no encoding or match-limit diagnostics from the engine.
        #expect(fired.subtracting(ids).isEmpty, "unexpected diagnostics: \(fired.subtracting(ids).sorted())")
    }

    @Test func exampleLanguagesAreDetected() async throws {
        let report = try await Self.lintExamples()
        let languages = Dictionary(uniqueKeysWithValues: report.files.map { ($0.path, $0.language) })
        #expect(languages["Examples/ceb-summary-en.md"] == "en")
        #expect(languages["Examples/ceb-summary-fr.md"] == "fr")
        #expect(languages["Examples/report-en.txt"] == "en")
    }

    /// `line N: expected "…", got "…"`, for the first line where the texts differ.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let left = index < want.count ? String(want[index]) : nil
            let right = index < got.count ? String(got[index]) : nil
            if left.map({ Array($0.utf8) }) != right.map({ Array($0.utf8) }) {
                return "line \(index + 1): expected \(left.map { "\"\($0)\"" } ?? "end of file"), got \(right.map { "\"\($0)\"" } ?? "end of file")"
            }
        }
        return "the texts differ"
    }
}
