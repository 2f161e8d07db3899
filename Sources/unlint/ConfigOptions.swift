import ArgumentParser
import Foundation
import UNLint

extension Severity: ExpressibleByArgument {}

/// The options that choose and adjust the configuration, shared by `lint` and `config`.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Use this configuration FILE instead of discovering .unlint.yml files.", valueName: "file"))
    var config: String?

    @Flag(help: "Ignore configuration files.")
    var noConfig = false

    @Option(help: ArgumentHelp("Run only this rule or family (repeatable).", valueName: "id|family"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Do not run this rule or family (repeatable).", valueName: "id|family"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("Exit with code 1 when a finding reaches this severity (error, warning, info; default error).", valueName: "severity"))
    var failOn: Severity?
}

/// Finds and loads the configuration of each file once per run.
final class ConfigResolver {
    let configuration: Configuration
    let options: ConfigOptions
    let commandLine: CommandLineSettings
    private var loaded: [String: ConfigurationFile] = [:]
    private var explicit: ConfigurationFile?

    /// Validates the command-line part; a bad value is a `ValidationError`, a bad file a `RuleDataError`.
    init(options: ConfigOptions, language: String?, doctype: String?, catalog: LanguageCatalog, doctypes: DocumentTypeCatalog) throws {
        configuration = Configuration(
            defaults: builtInRules.map { ($0.description.id, $0.description.defaultSeverity) },
            languages: catalog.entries.map(\.profile.code).sorted(), doctypes: doctypes.ids)
        self.options = options
        commandLine = CommandLineSettings(
            select: options.select, ignore: options.ignore, failOn: options.failOn, language: language, doctype: doctype)
        if options.config != nil && options.noConfig {
            throw ValidationError("--config and --no-config cannot be used together")
        }
        for (name, values) in [("--select", options.select), ("--ignore", options.ignore)] {
            if let unknown = configuration.unknownSelectors(values).first {
                throw ValidationError("\(name): unknown rule or family '\(unknown)'; `unlint rules` lists them")
            }
        }
        if let path = options.config {
            explicit = try configuration.load(path)
        }
    }

    /// The configuration file for `path` (nil: standard input, discovered from the working directory).
    func file(for path: String?) throws(RuleDataError) -> ConfigurationFile? {
        if options.noConfig { return nil }
        if options.config != nil { return explicit }
        let directory = path.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path }
            ?? FileManager.default.currentDirectoryPath
        guard let found = Configuration.discover(from: directory) else { return nil }
        if let cached = loaded[found] { return cached }
        let file = try configuration.load(Configuration.display(found))
        loaded[found] = file
        return file
    }

    func resolve(for path: String?) throws(RuleDataError) -> (EffectiveConfiguration, ConfigurationFile?) {
        let file = try file(for: path)
        return (configuration.resolve(for: path, file: file, commandLine: commandLine), file)
    }
}
