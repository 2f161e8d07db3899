import PCRE2

extension Regex {
    /// Compiles a pattern of the built-in data. The tests load every embedded
    /// file strictly, compiling each of its patterns, so this cannot fail in a
    /// built binary; if it does, the build is defective and the run stops.
    static func builtIn(_ pattern: String, useJIT: Bool = true) -> Regex {
        do {
            return try Regex(pattern, options: [], useJIT: useJIT)
        } catch {
            preconditionFailure("built-in pattern \(pattern): \(error.message)")
        }
    }
}
