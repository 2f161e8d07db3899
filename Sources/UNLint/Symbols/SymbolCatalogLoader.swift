/// Reads the symbol catalog from YAML (`Rules/symbols.yml`).
///
/// Reading is strict, as for language profiles: an unknown key, a missing
/// key, a value of the wrong type, a word of the wrong shape or a word listed
/// under two keys is a ``RuleDataError`` naming the file, line and column.
public enum SymbolCatalogLoader {
    /// Reads one catalog; `file` is the name used in errors.
    public static func load(yaml: String, file: String) throws(RuleDataError) -> SymbolCatalog {
        try load(yaml: yaml, file: file, isBuiltIn: false)
    }

    /// `isBuiltIn`: the file is embedded (see ``YAMLReader/isBuiltIn``).
    static func load(yaml: String, file: String, isBuiltIn: Bool) throws(RuleDataError) -> SymbolCatalog {
        let reader = YAMLReader(file: file, isBuiltIn: isBuiltIn)
        let root = try reader.mapping(reader.parse(yaml), key: nil, allowedKeys: [
            "prefixes", "modifiers", "numbered-components", "final-words", "citation-prefixes",
        ])
        let prefixes = try words(root, "prefixes", shape: .capitals, reader: reader)
        let modifiers = try words(root, "modifiers", shape: .oneCapital, reader: reader)
        let numbered = try words(root, "numbered-components", shape: .either, reader: reader)
        let finals = try words(root, "final-words", shape: .oneCapital, reader: reader)
        let citations = try words(root, "citation-prefixes", shape: .capitals, reader: reader)
        for word in citations where prefixes.contains(where: { $0.value == word.value }) {
            throw reader.error("'\(word.value)' is listed in both 'prefixes' and 'citation-prefixes'", at: word.node)
        }
        // A word read two ways would make a component ambiguous (is `Add.1` a
        // modifier or a numbered component?).
        var seen: [String: String] = [:]
        for (key, list) in [("modifiers", modifiers), ("numbered-components", numbered), ("final-words", finals)] {
            for word in list {
                let folded = word.value.uppercased()
                if let first = seen[folded] {
                    let place = first == key ? "twice in '\(key)'" : "in both '\(first)' and '\(key)'"
                    throw reader.error("'\(word.value)' is listed \(place)", at: word.node)
                }
                seen[folded] = key
            }
        }
        return SymbolCatalog(
            prefixes: prefixes.map(\.value), modifiers: modifiers.map(\.value),
            numberedComponents: numbered.map(\.value), finalWords: finals.map(\.value),
            citationPrefixes: citations.map(\.value))
    }

    /// How the words of one list are written.
    private enum Shape {
        /// `CEB`: 1 to 8 capital letters.
        case capitals
        /// `Add`: a capital and 1 to 11 lower-case letters.
        case oneCapital
        /// Either form (`CN`, `Sub`).
        case either

        var description: String {
            switch self {
            case .capitals: "1 to 8 capital letters"
            case .oneCapital: "a capital and 1 to 11 lower-case letters"
            case .either: "1 to 8 capital letters, or a capital and 1 to 11 lower-case letters"
            }
        }

        func admits(_ word: String) -> Bool {
            let capitals = !word.isEmpty && word.utf8.count <= 8 && word.utf8.allSatisfy(SymbolText.isUpper)
            let oneCapital = (2...12).contains(word.utf8.count) && SymbolText.isUpper(word.utf8.first!)
                && word.utf8.dropFirst().allSatisfy(SymbolText.isLower)
            switch self {
            case .capitals: return capitals
            case .oneCapital: return oneCapital
            case .either: return capitals || oneCapital
            }
        }
    }

    private static func words(
        _ mapping: YAMLReader.Mapping, _ key: String, shape: Shape, reader: YAMLReader
    ) throws(RuleDataError) -> [YAMLReader.LocatedString] {
        let list = try mapping.stringList(key)
        for word in list where !shape.admits(word.value) {
            throw reader.error("items in '\(key)' must be \(shape.description), found '\(word.value)'", at: word.node)
        }
        return list
    }
}
