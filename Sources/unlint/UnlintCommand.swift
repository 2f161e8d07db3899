import ArgumentParser
import Foundation
import UNLint

@main
struct UnlintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlint",
        abstract: "Lint official United Nations documents against UN editorial conventions.",
        discussion: """
            Exit codes: 0 no diagnostic at the fail level (--fail-on, default error); 1 at least one; 2 usage error, unreadable path \
            or invalid configuration.
            """,
        version: LintReport.toolVersion,
        // Each subcommand names itself: without a `commandName`, ArgumentParser
        // derives it from the type's name on every start, a costly runtime lookup.
        subcommands: [Lint.self, Rules.self, Explain.self, TestRules.self, Merge.self, Config.self, Init.self],
        defaultSubcommand: Lint.self)

    /// Runs the command with our exit codes: ArgumentParser's usage errors
    /// (its own code is 64) become 2, like the other linters' usage errors;
    /// help and version go to standard output, errors to standard error.
    static func main() async {
        startReadingBuiltInData()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as RuleDataError {
            // A bad configuration file: `file:line:column: message`.
            printError(error.description)
            Foundation.exit(ExitCode.usage.rawValue)
        } catch let error as ValidationError {
            // Raised while running (an unknown rule or language): one line, no usage.
            printError(error.message)
            Foundation.exit(ExitCode.usage.rawValue)
        } catch {
            guard exitCode(for: error) != .success else {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitCode.usage.rawValue)
        }
    }
}

extension UnlintCommand {
    /// Reads the built-in rule data on another thread while the command line
    /// is parsed: linting needs all of it, and reading it takes about as long.
    /// The loaders keep what they read for the process, so the command finds
    /// it ready or waits for the rest; a failure is reported by the command,
    /// whose own read gets the same error. Not for the version or help, which
    /// need none of it: the thread would only compete with them.
    private static func startReadingBuiltInData() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.first != "help", !arguments.contains(where: ["--version", "--help", "-h"].contains) else { return }
        Task.detached(priority: .userInitiated) {
            _ = try? LanguageCatalog.builtIn()
            _ = try? RulePackLoader.shipped()
            _ = try? DocumentTypeCatalog.builtIn()
            _ = SymbolCatalog.shared
        }
    }
}

extension ExitCode {
    /// Usage error, unreadable path or invalid configuration.
    static let usage = ExitCode(2)
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("unlint: error: " + message + "\n").utf8))
}

/// Writes to standard error something the user should know that does not stop the run.
func printWarning(_ message: String) {
    FileHandle.standardError.write(Data(("unlint: warning: " + message + "\n").utf8))
}
