import PCRE2

extension YAMLReader {
    /// Compiles a pattern now, so that a bad one is reported with its place
    /// in the file (`key` names its list in the message); a pattern of the
    /// built-in data is compiled when first used.
    func compiledPattern(_ pattern: LocatedString, in key: String) throws(RuleDataError) -> CompiledPattern {
        guard !isBuiltIn else { return CompiledPattern(builtIn: pattern.value) }
        do {
            return try CompiledPattern(pattern.value)
        } catch {
            let offset = error.patternScalarOffset.map { " at pattern offset \($0)" } ?? ""
            throw self.error("invalid pattern in \(key): \(error.message)\(offset)", at: pattern.node)
        }
    }
}
