import ArgumentParser
import UNLint

extension UnlintCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every rule: id, default severity and title (built-in, rule packs and engine).")

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            let descriptions = try RuleInventory(configOptions: configOptions).all
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
