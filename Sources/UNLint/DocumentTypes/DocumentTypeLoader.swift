import Yams

/// Reads document types from YAML (`Rules/doctypes/<id>.yml`).
///
/// Reading is strict, as for language profiles: an unknown key, a missing
/// key, a value of the wrong type, a language that has no profile or a
/// pattern that PCRE2 rejects is a ``RuleDataError`` naming the file, line
/// and column. Every pattern is compiled here, once.
///
/// ```yaml
/// id: ceb-summary                      # the file name without .yml
/// name: CEB summary of deliberations   # English, read after "a" in messages
/// priority: 20                         # detection tries higher priorities first
/// original-line: required              # or absent
/// detection:                           # at least one of symbols and titles
///   symbols: ['(?:^|\s{2})CEB/\d{4}/[12]$']
///   titles:
///     fr: ['^Résumé des délibérations$']
///   exclude: ['/L\.\d+$']               # optional: header lines that rule the type out
/// required-chapters:                   # may be []
///   - name: Other matters              # English, for messages
///     position: last                   # first, last, or no key
///     titles:
///       fr: {name: Autres questions, patterns: ['^Autres questions']}
/// ```
public enum DocumentTypeLoader {
    /// Reads one type; `file` is the name used in errors. Title languages must
    /// be those of the built-in language profiles.
    public static func load(yaml: String, file: String) throws(RuleDataError) -> DocumentType {
        try load(yaml: yaml, file: file, languages: builtInLanguages)
    }

    /// Reads one type whose title languages must be among `languages` (profile codes).
    public static func load(yaml: String, file: String, languages: [String]) throws(RuleDataError) -> DocumentType {
        try read(yaml: yaml, file: file, expectedID: nil, languages: languages).type
    }

    /// The types embedded from `Rules/doctypes/`, from the highest priority down.
    public static func builtIn() throws(RuleDataError) -> [DocumentType] {
        try load(
            files: EmbeddedRules.files.filter { $0.path.hasPrefix(directory) }, languages: builtInLanguages,
            isBuiltIn: true)
    }

    private static let directory = "Rules/doctypes/"

    /// The codes of the embedded language profiles, read from their file names.
    static var builtInLanguages: [String] {
        let languages = "Rules/languages/"
        return EmbeddedRules.files.compactMap { file in
            guard file.path.hasPrefix(languages), file.path.hasSuffix(".yml") else { return nil }
            let name = file.path.dropFirst(languages.count).dropLast(".yml".count)
            return name.contains("/") ? nil : String(name)
        }.sorted()
    }

    /// Reads files named `<directory>/<id>.yml`: each id must match its file
    /// name and no two types may share a priority (detection order would
    /// depend on file names). `isBuiltIn`: the files are embedded (see
    /// ``YAMLReader/isBuiltIn``). Internal for tests.
    static func load(
        files: [(path: String, text: String)], languages: [String], isBuiltIn: Bool = false
    ) throws(RuleDataError) -> [DocumentType] {
        var loaded: [Loaded] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard file.path.hasSuffix(".yml") else { continue }
            let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
            let id = String(name.dropLast(".yml".count))
            let type = try read(
                yaml: file.text, file: file.path, expectedID: id, languages: languages, isBuiltIn: isBuiltIn)
            if let other = loaded.first(where: { $0.type.priority == type.type.priority }) {
                throw type.reader.error(
                    "priority \(type.type.priority) is already the priority of '\(other.type.id)'; priorities must differ",
                    at: type.priorityNode)
            }
            loaded.append(type)
        }
        return DocumentTypeCatalog.ordered(loaded.map(\.type))
    }

    /// A type with what later checks across files need.
    struct Loaded {
        let type: DocumentType
        let reader: YAMLReader
        let priorityNode: Node
    }

    private static let topKeys = [
        "id", "name", "priority", "original-line", "detection", "required-chapters", "issued-after-meeting",
    ]

    static func read(
        yaml: String, file: String, expectedID: String?, languages: [String], isBuiltIn: Bool = false
    ) throws(RuleDataError) -> Loaded {
        let reader = YAMLReader(file: file, isBuiltIn: isBuiltIn)
        let top = try reader.mapping(reader.parse(yaml), key: nil, allowedKeys: topKeys)
        let idNode = try top.required("id")
        let id = try reader.string(idNode, key: "id")
        guard !id.isEmpty, id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy({ part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        }) else {
            throw reader.error("id '\(id)' must be lower-case words joined by hyphens", at: idNode)
        }
        if let expectedID, id != expectedID {
            throw reader.error("id '\(id)' does not match the file name '\(expectedID).yml'", at: idNode)
        }
        let name = try top.string("name")
        let priorityNode = try top.required("priority")
        let priority = try reader.integer(priorityNode, key: "priority")
        let originalLine = try reader.choice(
            top.required("original-line"), key: "original-line",
            from: DocumentType.OriginalLine.allCases.map { ($0.rawValue, $0) })
        let (symbols, titles, exclusions) = try detection(top.required("detection"), reader: reader, languages: languages)
        let chapters = try requiredChapters(top.required("required-chapters"), reader: reader, languages: languages)
        let issuedAfterMeeting = try top.optional("issued-after-meeting").map { node throws(RuleDataError) in
            try reader.bool(node, key: "issued-after-meeting")
        } ?? false
        let type = DocumentType(
            id: id, name: name, priority: priority, originalLine: originalLine,
            symbolPatterns: symbols, titlePatterns: titles, exclusionPatterns: exclusions,
            requiredChapters: chapters, issuedAfterMeeting: issuedAfterMeeting)
        return Loaded(type: type, reader: reader, priorityNode: priorityNode)
    }

    private static func detection(
        _ node: Node, reader: YAMLReader, languages: [String]
    ) throws(RuleDataError) -> ([CompiledPattern], [String: [CompiledPattern]], [CompiledPattern]) {
        let detection = try reader.mapping(node, key: "detection", allowedKeys: ["symbols", "titles", "exclude"])
        guard detection.optional("symbols") != nil || detection.optional("titles") != nil else {
            throw reader.error("missing key 'symbols' or 'titles' in detection", at: node)
        }
        var symbols: [CompiledPattern] = []
        if let node = detection.optional("symbols") {
            symbols = try compile(reader.stringList(node, key: "symbols"), in: "symbols", reader: reader)
        }
        var titles: [String: [CompiledPattern]] = [:]
        if let node = detection.optional("titles") {
            let byLanguage = try languageMapping(node, key: "titles", reader: reader, languages: languages)
            for (code, list) in byLanguage {
                titles[code] = try compile(reader.stringList(list, key: code), in: "titles", reader: reader)
            }
        }
        var exclusions: [CompiledPattern] = []
        if let node = detection.optional("exclude") {
            exclusions = try compile(reader.stringList(node, key: "exclude"), in: "exclude", reader: reader)
        }
        return (symbols, titles, exclusions)
    }

    private static func requiredChapters(
        _ node: Node, reader: YAMLReader, languages: [String]
    ) throws(RuleDataError) -> [DocumentType.RequiredChapter] {
        let key = "required-chapters"
        guard case .sequence(let items) = node else {
            throw reader.error("'\(key)' must be a list, found \(reader.describe(node))", at: node)
        }
        var chapters: [DocumentType.RequiredChapter] = []
        for (index, item) in items.enumerated() {
            let chapter = try reader.mapping(item, key: key, allowedKeys: ["name", "position", "titles"])
            let nameNode = try chapter.required("name")
            let name = try reader.string(nameNode, key: "name")
            if chapters.contains(where: { $0.name == name }) {
                throw reader.error("'\(key)' lists '\(name)' twice", at: nameNode)
            }
            var position: DocumentType.RequiredChapter.Position?
            if let node = chapter.optional("position") {
                let chosen = try reader.choice(
                    node, key: "position", from: DocumentType.RequiredChapter.Position.allCases.map { ($0.rawValue, $0) })
                // Positions must agree with the list order, or the order check would contradict them.
                switch chosen {
                case .first where index != 0:
                    throw reader.error("only the first required chapter can have position 'first'", at: node)
                case .last where index != items.count - 1:
                    throw reader.error("only the last required chapter can have position 'last'", at: node)
                default:
                    position = chosen
                }
            }
            var titles: [String: DocumentType.RequiredChapter.Title] = [:]
            for (code, titleNode) in try languageMapping(chapter.required("titles"), key: "titles", reader: reader, languages: languages) {
                let title = try reader.mapping(titleNode, key: code, allowedKeys: ["name", "patterns"])
                titles[code] = DocumentType.RequiredChapter.Title(
                    name: try title.string("name"),
                    patterns: try compile(title.stringList("patterns"), in: key, reader: reader))
            }
            chapters.append(DocumentType.RequiredChapter(name: name, position: position, titles: titles))
        }
        return chapters
    }

    /// A non-empty mapping from language codes (those of `languages`) to values, in file order.
    private static func languageMapping(
        _ node: Node, key: String, reader: YAMLReader, languages: [String]
    ) throws(RuleDataError) -> [(String, Node)] {
        _ = try reader.mapping(node, key: key, allowedKeys: languages)
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            throw reader.error("'\(key)' must not be empty", at: node)
        }
        return mapping.map { pair in (pair.key.string ?? "", pair.value) }
    }

    /// Each pattern of a list, compiled (see ``YAMLReader/compiledPattern(_:in:)``).
    private static func compile(
        _ patterns: [YAMLReader.LocatedString], in key: String, reader: YAMLReader
    ) throws(RuleDataError) -> [CompiledPattern] {
        var compiled: [CompiledPattern] = []
        for pattern in patterns {
            compiled.append(try reader.compiledPattern(pattern, in: key))
        }
        return compiled
    }
}

extension YAMLReader {
    /// An integer written in decimal (`20`, `-1`); a quoted number is a string and refused.
    fileprivate func integer(_ node: Node, key: String) throws(RuleDataError) -> Int {
        if case .scalar(let scalar) = node, resolvedTag(of: node) == .int {
            guard let value = Int(scalar.string) else {
                throw error("'\(key)' must be a decimal integer, found '\(scalar.string)'", at: node)
            }
            return value
        }
        throw error("'\(key)' must be an integer, found \(describe(node))", at: node)
    }
}
