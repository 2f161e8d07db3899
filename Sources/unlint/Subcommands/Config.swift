import ArgumentParser
import Foundation
import UNLint

extension UnlintCommand {
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Print the effective configuration for a file, with where each value comes from.")

        @Argument(help: "The file whose configuration to print.")
        var path: String

        @Option(help: ArgumentHelp("Document language, as for lint.", valueName: "code"))
        var language: String?

        @Option(help: ArgumentHelp("Document type, as for lint.", valueName: "id"))
        var doctype: String?

        @OptionGroup var configOptions: ConfigOptions

        func run() async throws {
            let catalog = try LanguageCatalog.builtIn()
            let doctypes = try DocumentTypeCatalog.builtIn()
            if let language, catalog.entry(code: language) == nil {
                throw ValidationError(
                    "unknown language '\(language)'; expected one of: \(catalog.entries.map(\.profile.code).joined(separator: ", "))")
            }
            if let doctype, doctypes.type(id: doctype) == nil {
                throw ValidationError("unknown document type '\(doctype)'; expected one of: \(doctypes.ids.joined(separator: ", "))")
            }
            let resolver = try ConfigResolver(
                options: configOptions, language: language, doctype: doctype, catalog: catalog, doctypes: doctypes,
                shippedPacks: try RulePackLoader.shipped())
            let (effective, _) = try resolver.resolve(for: path)
            try resolver.checkSelectors()
            print(Self.render(effective), terminator: "")
        }

        /// YAML that could be a configuration file, each value followed by its origin as a comment.
        static func render(_ effective: EffectiveConfiguration) -> String {
            func list(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }
            var lines = ["# configuration file: \(effective.file ?? "none")"]
            lines.append("language: \(effective.language.value ?? "detect")  # \(effective.language.origin)")
            lines.append("doctype: \(effective.doctype.value ?? "detect")  # \(effective.doctype.origin)")
            lines.append("fail-on: \(effective.failOn.value.rawValue)  # \(effective.failOn.origin)")
            lines.append("include: \(list(effective.include.value))  # \(effective.include.origin)")
            lines.append("exclude: \(list(effective.exclude.value))  # \(effective.exclude.origin)")
            lines.append("rules:")
            for rule in effective.rules {
                lines.append("  \(rule.id): \(rule.level.value.rawValue)  # \(rule.level.origin)")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a commented starter .unlint.yml in the current directory.")

        static let starter = """
            # unlint configuration. unlint reads the nearest .unlint.yml from each
            # document's folder upwards (stopping at the repository root).
            # The command line wins over this file; see `unlint config FILE`.

            # Include another configuration; this file overrides its values.
            # extends: ../.unlint.yml

            # Rules by id or family glob: off, info, warning or error.
            # An exact id beats a glob. `unlint rules` lists the ids.
            rules:
              numbering/split-paragraph: info
              # structure/*: warning
              # header/order: off

            # The language and document type, instead of detecting them from the header.
            # language: en
            # doctype: report

            # Which documents to lint when a folder is given (globs relative to this file).
            # include: ["**/*.md"]
            # exclude: ["drafts/**"]

            # Settings for some files only; later entries win.
            # overrides:
            #   - files: ["*-fr.md"]
            #     language: fr

            # The lowest severity that makes unlint exit with code 1: error, warning or info.
            fail-on: error

            """

        func run() throws {
            let path = Configuration.fileName
            guard !FileManager.default.fileExists(atPath: path) else {
                printError("\(path) already exists; not overwriting it")
                throw ExitCode.usage
            }
            guard FileManager.default.createFile(atPath: path, contents: Data(Self.starter.utf8)) else {
                printError("cannot write \(path)")
                throw ExitCode.usage
            }
            print("wrote \(path)")
        }
    }
}
