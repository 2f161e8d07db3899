import ArgumentParser
import Foundation
import UNLint

extension UnlintCommand {
    struct TestRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test-rules",
            abstract: "Run the examples of rule packs and report those whose findings differ.",
            discussion: """
                With no PATH: the shipped packs and those the configuration of the working directory names. \
                With PATHs (pack files or folders): those packs. Exit codes: 0 every example passed; 1 at least one \
                failed; 2 a pack could not be read.
                """)

        @Argument(help: "Rule pack files or folders.")
        var paths: [String] = []

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            let rules: [PackRule]
            let catalog = try LanguageCatalog.builtIn()
            if paths.isEmpty {
                let inventory = try RuleInventory(configOptions: configOptions)
                rules = inventory.shipped + inventory.configured
            } else {
                let shipped = try RulePackLoader.shipped()
                let reserved = Dictionary(
                    uniqueKeysWithValues: builtInRules.map { ($0.description.id, "built in") }
                        + shipped.map { ($0.description.id, $0.file) })
                rules = try RulePackLoader.load(
                    paths: paths, languages: catalog.entries.map(\.profile.code).sorted(), reserved: reserved
                ).flatMap(\.rules)
            }
            let run = PackExampleRun(rules: rules, linter: { Linter(catalog: catalog, rules: [], packs: [$0]) })
            print(run.text, terminator: "")
            if run.failed > 0 { throw ExitCode(1) }
        }
    }
}

/// The outcome of every example of some pack rules, printed like a test run.
struct PackExampleRun {
    private(set) var text = ""
    private(set) var failed = 0

    init(rules: [PackRule], linter: (PackRule) -> Linter) {
        var examples = 0
        for rule in rules {
            let description = rule.description
            guard !description.examples.isEmpty else {
                text += "none  \(description.id) (\(rule.file)): no examples\n"
                continue
            }
            var failures: [String] = []
            for (index, example) in description.examples.enumerated() {
                examples += 1
                do {
                    let (expected, reported) = try example.findings(of: description, linter: linter(rule))
                    guard expected != reported else { continue }
                    failures.append("  example \(index + 1):\n"
                        + expected.map { "    expected \($0)\n" }.joined()
                        + reported.map { "    reported \($0)\n" }.joined()
                        + (reported.isEmpty ? "    reported nothing\n" : ""))
                } catch {
                    failures.append("  example \(index + 1): \(error)\n")
                }
            }
            failed += failures.count
            text += failures.isEmpty
                ? "ok    \(description.id) (\(description.examples.count) examples)\n"
                : "FAIL  \(description.id) (\(rule.file))\n" + failures.joined()
        }
        text += "\(rules.count) rules, \(examples) examples: \(examples - failed) passed, \(failed) failed\n"
    }
}
