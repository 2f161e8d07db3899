import Foundation
import Testing
@testable import UNLint

/// Every real document under `../shared/corpus` is linted without a crash and
/// with a plausible paragraph count.
@Suite struct CorpusTests {
    static let corpus = TestSupport.shared?.appendingPathComponent("corpus")

    /// The document texts: `.md` and `.txt` files as they are, and the `text`
    /// field of the JSON records (the pipeline's derived fields are not documents).
    static func documents() throws -> [(path: String, text: [UInt8], format: InputFormat)] {
        guard let corpus else { return [] }
        let walker = try #require(FileManager.default.enumerator(atPath: corpus.path))
        var found: [(String, [UInt8], InputFormat)] = []
        while let relative = walker.nextObject() as? String {
            let url = corpus.appendingPathComponent(relative)
            // The corpus's own notes are not UN documents.
            if ["PROVENANCE.md", "NOTES.md"].contains(relative) { continue }
            switch url.pathExtension {
            case "md", "txt":
                found.append((relative, try [UInt8](Data(contentsOf: url)), InputFormat(path: relative)))
            case "json":
                let record = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
                if let text = record?["text"] as? String {
                    found.append((relative, Array(text.utf8), .text))
                }
            default:
                break
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    @Test(.enabled(if: corpus != nil, "../shared/corpus is absent (a fresh clone has no ../shared); CI has it"))
    func everyDocumentLintsWithPlausibleParagraphs() throws {
        let documents = try Self.documents()
        #expect(documents.count >= 150)
        let parser = DocumentParser(catalog: TestSupport.catalog)
        let linter = Linter(catalog: TestSupport.catalog, packs: try RulePackLoader.shipped())
        var withParagraphs = 0
        for document in documents {
            let result = try linter.lint(bytes: document.text, path: document.path, options: .init(format: document.format))
            #expect(result.failure == nil)
            let source = try SourceText(bytes: document.text)
            let parsed = try parser.parse(source, format: document.format)
            // A paragraph needs a line that starts with its number.
            let numberedLines = source.lines.filter { ParagraphNumber.read($0.text.trimmingWhitespace()[...], style: .dot) != nil }.count
            #expect(parsed.paragraphs.count <= numberedLines, "\(document.path)")
            // Parsed paragraphs lie inside the document, in order.
            #expect(zip(parsed.paragraphs, parsed.paragraphs.dropFirst()).allSatisfy { $0.lines.upperBound < $1.lines.lowerBound }, "\(document.path)")
            if !parsed.paragraphs.isEmpty { withParagraphs += 1 }
            // Most numbered lines of a document with numbered paragraphs are read as paragraphs.
            if numberedLines >= 20 {
                #expect(parsed.paragraphs.count * 2 >= numberedLines, "\(document.path): \(parsed.paragraphs.count) of \(numberedLines)")
            }
        }
        #expect(withParagraphs * 10 >= documents.count * 8)
    }
}

/// Every error-level finding of the UN-convention rules (header, symbol,
/// date, link, section order) on the corpus, listed in
/// `Tests/Expectations/corpus-un-conventions.txt`, each checked by hand to be
/// a real defect of its document. The test fails when the list changes:
/// a new finding must be checked, a lost one explained.
/// `UNLINT_UPDATE_CORPUS=1` rewrites the file (and still fails, so that an
/// unchecked list is never committed by accident).
@Suite struct CorpusExpectationTests {
    static let expectationFile = TestSupport.repositoryRoot.appendingPathComponent("Tests/Expectations/corpus-un-conventions.txt")
    static let families = ["header/", "symbol/", "date/", "link/", "structure/section-order"]

    @Test(.enabled(if: CorpusTests.corpus != nil, "../shared/corpus is absent (a fresh clone has no ../shared); CI has it"))
    func errorFindingsAreTheCheckedOnes() throws {
        let linter = Linter(catalog: TestSupport.catalog, packs: try RulePackLoader.shipped())
        var lines: [String] = []
        for document in try CorpusTests.documents() {
            let result = try linter.lint(bytes: document.text, path: document.path, options: .init(format: document.format))
            for diagnostic in result.diagnostics
            where diagnostic.severity == .error && Self.families.contains(where: { diagnostic.rule.hasPrefix($0) }) {
                lines.append("\(document.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column) \(diagnostic.rule) \(diagnostic.message)")
            }
        }
        let actual = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["UNLINT_UPDATE_CORPUS"] == "1" {
            let header = try String(contentsOf: Self.expectationFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .prefix { $0.hasPrefix("#") }.joined(separator: "\n")
            try (header + "\n" + actual).write(to: Self.expectationFile, atomically: true, encoding: .utf8)
            Issue.record("corpus expectations rewritten; check each new line by hand, then re-run without UNLINT_UPDATE_CORPUS")
            return
        }
        let expected = try String(contentsOf: Self.expectationFile, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n") + "\n"
        #expect(actual == expected)
    }
}
