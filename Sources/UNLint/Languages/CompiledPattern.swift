import PCRE2

/// A PCRE2 pattern read from a data file, compiled once when the file is
/// loaded and shared by every document of the run.
public struct CompiledPattern: Sendable, Equatable {
    /// The pattern as written in the file.
    public let source: String
    public let regex: Regex

    public init(_ source: String) throws(PCRE2Error) {
        self.source = source
        self.regex = try Regex(source)
    }

    /// Two patterns are equal when they are written alike.
    public static func == (lhs: CompiledPattern, rhs: CompiledPattern) -> Bool {
        lhs.source == rhs.source
    }
}
