import ArgumentParser
import UNLint

extension UnlintCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List every rule: id, default severity and title (built-in, rule packs and engine).")

        @OptionGroup var configOptions: ConfigOptions

        @Flag(help: "Print each rule-pack pattern instead, as `id<TAB>pattern` (for pcre2grep -f, or to debug a pack).")
        var patterns = false

        func run() throws {
            let inventory = try RuleInventory(configOptions: configOptions)
            if patterns {
                for rule in inventory.shipped + inventory.configured {
                    for pattern in rule.patterns { print("\(rule.description.id)\t\(pattern)") }
                }
                return
            }
            let descriptions = inventory.all
            let width = descriptions.map(\.id.count).max() ?? 0
            var out = ""
            for rule in descriptions {
                let id = rule.id.padding(toLength: width + 2)
                let severity = rule.defaultSeverity.rawValue.padding(toLength: 9)
                out += "\(id)\(severity)\(rule.title)\n"
            }
            print(out, terminator: "")
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
