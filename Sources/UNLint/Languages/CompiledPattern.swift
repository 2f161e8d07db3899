import PCRE2

/// A PCRE2 pattern read from a data file, compiled once and shared by every
/// document of the run: when the file is loaded, so that a bad pattern is
/// reported with its place in the file, or, for the built-in data (which the
/// tests load and compile), when a document first needs it.
///
/// Compiled for PCRE2's interpreter, not its JIT: these patterns are matched
/// against a document's header lines and headings, a few short lines, and
/// JIT-compiling one costs more than it saves there.
public struct CompiledPattern: Sendable, Equatable {
    /// The pattern as written in the file.
    public let source: String
    private let compiled: Deferred<Regex>

    public var regex: Regex { compiled.value }

    public init(_ source: String) throws(PCRE2Error) {
        self.source = source
        compiled = Deferred(made: try Regex(source, options: [], useJIT: false))
    }

    /// A pattern of the built-in data, compiled when first matched.
    init(builtIn source: String) {
        self.source = source
        compiled = Deferred { Regex.builtIn(source, useJIT: false) }
    }

    /// Two patterns are equal when they are written alike.
    public static func == (lhs: CompiledPattern, rhs: CompiledPattern) -> Bool {
        lhs.source == rhs.source
    }
}
