import ArgumentParser
import UNLint

extension UnlintCommand {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explain a rule: its title, rationale and examples with their expected findings.")

        @Argument(help: "A rule id, such as numbering/paragraph-sequence.")
        var rule: String

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            guard let description = try RuleInventory(configOptions: configOptions).all.first(where: { $0.id == rule }) else {
                throw ValidationError("unknown rule '\(rule)'; `unlint rules` lists them")
            }
            print(RuleExplanation(description).text, terminator: "")
        }
    }
}
