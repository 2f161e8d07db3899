import ArgumentParser
import Foundation
import UNLint

@main
struct UnlintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlint",
        abstract: "Lint official United Nations documents against UN editorial conventions.",
        discussion: """
            Exit codes: 0 no error-level diagnostic; 1 at least one; 2 usage error, unreadable path \
            or invalid configuration.
            """,
        version: LintReport.toolVersion,
        subcommands: [Lint.self, Rules.self, Explain.self],
        defaultSubcommand: Lint.self)

    /// Runs the command with our exit codes: ArgumentParser's usage errors
    /// (its own code is 64) become 2, like the other linters' usage errors.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .validationFailure || (error as? ExitCode) == nil {
                let message = fullMessage(for: error)
                if !message.isEmpty {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
            }
            Foundation.exit(code == .validationFailure ? ExitCode.usage.rawValue : code.rawValue)
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
