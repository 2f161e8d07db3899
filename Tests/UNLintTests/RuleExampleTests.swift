import Foundation
import Testing
@testable import UNLint

/// One rule example rendered with running text in one language.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let rule: any Rule.Type
    let index: Int
    let fillerLanguage: String

    var example: RuleExample { rule.description.examples[index] }
    var testDescription: String { "\(rule.description.id) example \(index + 1), \(fillerLanguage) text" }

    /// Running text for `§`: English, then multibyte text in four languages,
    /// so that every expected column is also checked after non-ASCII scalars.
    static let fillers: [(language: String, text: String)] = [
        ("en", "the Council considered the report"),
        ("fr", "le Conseil a examiné l’état général"),
        ("ru", "Совет рассмотрел доклад Генерального секретаря"),
        ("ar", "نظر المجلس في تقرير الأمين العام"),
        ("zh", "理事会审议了秘书长的报告"),
    ]

    static let all: [ExampleCase] = builtInRules.flatMap { rule in
        rule.description.examples.indices.flatMap { index in
            fillers.map { ExampleCase(rule: rule, index: index, fillerLanguage: $0.language) }
        }
    }
}

@Suite struct RuleExampleTests {
    @Test(arguments: ExampleCase.all)
    func exampleProducesExactlyItsMarkedFindings(_ testCase: ExampleCase) throws {
        let filler = ExampleCase.fillers.first { $0.language == testCase.fillerLanguage }!.text
        let (text, offsets) = testCase.example.rendered(filler: filler)
        let source = SourceText(text)
        let result = try Linter(catalog: TestSupport.catalog, rules: [testCase.rule])
            .lint(source, path: "example", format: testCase.example.format, language: testCase.example.language)
        let expected = zip(offsets, testCase.example.messages).map { offset, message in
            (position: source.position(atOffset: offset), message: message)
        }
        #expect(result.diagnostics.count == expected.count, "\(result.diagnostics.map { Finding($0) })")
        let severities = testCase.example.severities.isEmpty
            ? Array(repeating: testCase.rule.description.defaultSeverity, count: expected.count)
            : testCase.example.severities
        for ((diagnostic, want), severity) in zip(zip(result.diagnostics, expected), severities) {
            #expect(diagnostic.rule == testCase.rule.description.id)
            #expect(diagnostic.range.start == want.position, "\(diagnostic.message)")
            #expect(diagnostic.message == want.message)
            #expect(diagnostic.severity == severity)
        }
    }

    @Test(arguments: builtInRules.map { $0.description.id })
    func everyRuleHasTriggeringAndCleanExamples(_ id: String) throws {
        let description = try #require(builtInRules.first { $0.description.id == id }).description
        #expect(description.examples.contains { $0.triggers })
        #expect(description.examples.contains { !$0.triggers })
        #expect(!description.title.isEmpty && !description.rationale.isEmpty)
        for example in description.examples {
            #expect(example.source.filter { $0 == RuleExample.marker }.count == example.messages.count)
            #expect(example.severities.isEmpty || example.severities.count == example.messages.count)
        }
    }
}

@Suite struct RuleRegistryTests {
    @Test func registryIsSortedAndUnique() {
        let ids = builtInRules.map { $0.description.id }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /[a-z]+\/[a-z]+(-[a-z]+)*/) != nil, "\(id)")
        }
    }

    /// Every `*Rule.swift` file under Sources/UNLint/Rules declares one rule listed in the registry.
    @Test func registryMatchesTheRuleFiles() throws {
        let rulesFolder = TestSupport.repositoryRoot.appendingPathComponent("Sources/UNLint/Rules")
        let files = try #require(FileManager.default.enumerator(atPath: rulesFolder.path))
        var declared: [String] = []
        while let path = files.nextObject() as? String {
            if path.hasSuffix("Rule.swift") {
                declared.append(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
            }
        }
        #expect(declared.sorted() == builtInRules.map { String(describing: $0) }.sorted())
    }
}

@Suite struct ReadmeTests {
    /// The rule table in README.md lists exactly the registry: id, severity, title.
    @Test func readmeRuleTableMatchesTheRegistry() throws {
        let readme = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- rules-table"))
        let end = try #require(readme.range(of: "<!-- end rules-table -->"))
        let rows = readme[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0.hasPrefix("| `") }
        let expected = builtInRules.map { rule in
            let d = rule.description
            return "| `\(d.id)` | \(d.defaultSeverity.rawValue) | \(d.title) |"
        }
        #expect(rows.map(String.init) == expected)
    }
}
