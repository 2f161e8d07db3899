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
    private var discoveries: [String: String?] = [:]
    private var explicit: ConfigurationFile?

    /// Validates the command-line part; a bad value is a `ValidationError`, a bad file a `RuleDataError`.
    init(
        options: ConfigOptions, language: String?, doctype: String?, catalog: LanguageCatalog,
        doctypes: DocumentTypeCatalog, shippedPacks: [PackRule]
    ) throws {
        configuration = Configuration(
            defaults: (builtInRules.map { $0.description } + shippedPacks.map(\.description)).map { ($0.id, $0.defaultSeverity) },
            languages: catalog.entries.map(\.profile.code).sorted(), doctypes: doctypes.ids)
        self.options = options
        commandLine = CommandLineSettings(
            select: options.select, ignore: options.ignore, failOn: options.failOn, language: language, doctype: doctype)
        if options.config != nil && options.noConfig {
            throw ValidationError("--config and --no-config cannot be used together")
        }
        if let path = options.config {
            explicit = try configuration.load(path)
        }
    }

    /// Refuses a `--select` or `--ignore` that names no rule: neither a
    /// built-in or shipped one nor one of the packs the configurations read
    /// so far define (call it once every file is resolved).
    func checkSelectors() throws {
        let packRules = (Array(loaded.values) + (explicit.map { [$0] } ?? []))
            .flatMap { $0.layers.flatMap { [$0.top] + $0.overrides.map(\.section) } }
            .flatMap { $0.packs.flatMap(\.rules) }.map(\.description.id)
        for (name, values) in [("--select", options.select), ("--ignore", options.ignore)] {
            for selector in values where !packRules.contains(where: { Configuration.selector(selector, matches: $0) }) {
                guard configuration.unknownSelectors([selector]).isEmpty else {
                    throw ValidationError("\(name): unknown rule or family '\(selector)'; `unlint rules` lists them")
                }
            }
        }
    }

    /// The configuration file for `path` (nil: standard input, discovered from the working directory).
    func file(for path: String?) throws(RuleDataError) -> ConfigurationFile? {
        if options.noConfig { return nil }
        if options.config != nil { return explicit }
        let directory = path.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path }
            ?? FileManager.default.currentDirectoryPath
        // Files of one folder share their discovery: it costs a few system calls per parent folder.
        let discovered = discoveries[directory] ?? Configuration.discover(from: directory)
        discoveries[directory] = .some(discovered)
        guard let found = discovered else { return nil }
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
