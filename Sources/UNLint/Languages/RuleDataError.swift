/// A problem in a rule-data file (a language profile, a rule pack, a
/// configuration), with the place it was found.
public struct RuleDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it, or its path under `Rules/` when built in.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (as libyaml counts them).
    public var column: Int
    /// A short lower-case message without a trailing period.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and terminals link to.
    public var description: String {
        "\(file):\(line):\(column): \(message)"
    }
}
