import ArgumentParser
import Foundation
import UNLint

/// The rules `rules`, `explain` and `test-rules` know: built-in, shipped
/// packs, the packs of the configuration that applies in the working
/// directory, and the engine's own.
struct RuleInventory {
    let builtIn: [RuleDescription]
    let shipped: [PackRule]
    /// The packs named by the configuration found from the working directory.
    let configured: [PackRule]

    init(configOptions: ConfigOptions) throws {
        builtIn = builtInRules.map { $0.description }
        shipped = try RulePackLoader.shipped()
        let resolver = try ConfigResolver(
            options: configOptions, language: nil, doctype: nil, catalog: try LanguageCatalog.builtIn(),
            doctypes: try DocumentTypeCatalog.builtIn(), shippedPacks: shipped)
        configured = try resolver.resolve(for: nil).0.packs
    }

    /// Every rule, sorted by id.
    var all: [RuleDescription] {
        (builtIn + (shipped + configured).map(\.description) + EngineDiagnostics.all).sorted { $0.id < $1.id }
    }
}
