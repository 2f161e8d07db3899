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
        let linter = Linter(catalog: TestSupport.catalog, rules: [testCase.rule])
        let (expected, reported) = try testCase.example.findings(of: testCase.rule.description, linter: linter, filler: filler)
        #expect(reported == expected)
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

    /// The pack-rule table lists exactly the shipped pack rules, sorted by id.
    @Test func readmePackTableMatchesTheShippedPacks() throws {
        let rows = try Self.section("<!-- pack-rules-table", "<!-- end pack-rules-table -->").split(separator: "\n")
            .filter { $0.hasPrefix("| `") }
        let expected = try RulePackLoader.shipped().map(\.description).sorted { $0.id < $1.id }.map {
            "| `\($0.id)` | \($0.defaultSeverity.rawValue) | \($0.title) |"
        }
        #expect(rows.map(String.init) == expected)
    }

    /// The pack shown in the README loads and its examples pass.
    @Test func readmePackExampleLoadsAndItsExamplesPass() throws {
        let section = try Self.section("<!-- pack-example", "\n```\n")
        let yaml = String(try #require(section.components(separatedBy: "```yaml\n").last))
        let pack = try RulePackLoader.load(yaml: yaml, file: "README.md", languages: ["en", "fr"], reserved: [:])
        let rule = try #require(pack.rules.first)
        #expect(rule.description.examples.count == 2)
        let linter = Linter(catalog: TestSupport.catalog, rules: [], packs: [rule])
        for example in rule.description.examples {
            let (expected, reported) = try example.findings(of: rule.description, linter: linter)
            #expect(reported == expected)
        }
    }

    static func section(_ start: String, _ end: String) throws -> String {
        let readme = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let from = try #require(readme.range(of: start))
        let to = try #require(readme.range(of: end, range: from.upperBound..<readme.endIndex))
        return String(readme[from.upperBound..<to.lowerBound])
    }
}
