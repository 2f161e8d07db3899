import Yams

/// Strict reading of rule data written in YAML: every key must be known and
/// every value of the expected type, and each failure is a ``RuleDataError``
/// naming the file, line and column of the offending node.
///
/// Loaders walk the composed node tree with these helpers rather than use
/// `Codable`, whose errors carry a coding path but no position.
struct YAMLReader {
    /// The file named in every error.
    let file: String
    /// True for a file embedded from `Rules/`. Its plain scalars are read as
    /// strings, booleans and decimal integers without YAML's tag resolution
    /// (a regular expression per scalar, most of the cost of reading), and
    /// its patterns are compiled when first used. The tests read every
    /// embedded file strictly too, and compare (`BuiltInDataTests`), so this
    /// accepts nothing the strict reading would refuse.
    let isBuiltIn: Bool

    init(file: String, isBuiltIn: Bool = false) {
        self.file = file
        self.isBuiltIn = isBuiltIn
    }

    /// A string read from YAML with its node, for checks made after reading
    /// (a pattern that does not compile, a lookalike that is too long).
    struct LocatedString {
        let value: String
        let node: Node
    }

    /// A mapping whose keys have been checked against the allowed ones.
    struct Mapping {
        let reader: YAMLReader
        let node: Node
        /// The key whose value this mapping is; nil for the whole file.
        let key: String?
        let values: [String: Node]

        func required(_ key: String) throws(RuleDataError) -> Node {
            guard let value = values[key] else {
                throw reader.error("missing key '\(key)'\(reader.inMapping(self.key))", at: node)
            }
            return value
        }

        func optional(_ key: String) -> Node? { values[key] }

        func string(_ key: String) throws(RuleDataError) -> String {
            try reader.string(required(key), key: key)
        }

        func bool(_ key: String) throws(RuleDataError) -> Bool {
            try reader.bool(required(key), key: key)
        }

        func stringList(_ key: String) throws(RuleDataError) -> [LocatedString] {
            try reader.stringList(required(key), key: key)
        }
    }

    /// Composes the single document in `yaml`; an empty file is an error.
    func parse(_ yaml: String) throws(RuleDataError) -> Node {
        let root: Node?
        do {
            // UTF-8 explicitly: the default can be switched by an environment variable.
            root = try Yams.compose(yaml: yaml, isBuiltIn ? .basic : .default, Constructor.default, .utf8)
        } catch let error as YamlError {
            throw self.error(from: error, in: yaml)
        } catch {
            throw RuleDataError(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
        guard let root else {
            throw RuleDataError(file: file, line: 1, column: 1, message: "the file is empty")
        }
        return root
    }

    func error(_ message: String, at node: Node) -> RuleDataError {
        RuleDataError(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                      message: message)
    }

    /// Reads a mapping; `key` names it in messages (nil for the whole file).
    func mapping(_ node: Node, key: String?, allowedKeys: [String]) throws(RuleDataError) -> Mapping {
        guard case .mapping(let mapping) = node else {
            let subject = key.map { "'\($0)'" } ?? "the file"
            throw error("\(subject) must be a mapping, found \(describe(node))", at: node)
        }
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                throw error("keys must be strings, found \(describe(keyNode))", at: keyNode)
            }
            guard allowedKeys.contains(scalar.string) else {
                let expected = allowedKeys.sorted().joined(separator: ", ")
                throw error("unknown key '\(scalar.string)'\(inMapping(key)); expected one of: \(expected)",
                            at: keyNode)
            }
            // Yams rejects most duplicates itself; this catches keys it sees as
            // different (`true` and `"true"`) that read as the same text.
            guard values[scalar.string] == nil else {
                throw error("duplicate key '\(scalar.string)'", at: keyNode)
            }
            values[scalar.string] = value
        }
        return Mapping(reader: self, node: node, key: key, values: values)
    }

    func string(_ node: Node, key: String) throws(RuleDataError) -> String {
        guard case .scalar(let scalar) = node, resolvedTag(of: node) == .str else {
            throw error("'\(key)' must be a string, found \(describe(node))", at: node)
        }
        return scalar.string
    }

    /// Only `true` and `false` (in any case): `yes`, `on` and quoted forms are refused.
    func bool(_ node: Node, key: String) throws(RuleDataError) -> Bool {
        if case .scalar(let scalar) = node {
            switch (resolvedTag(of: node), scalar.string.lowercased()) {
            case (.bool, "true"): return true
            case (.bool, "false"): return false
            default: throw error("'\(key)' must be true or false, found '\(scalar.string)'", at: node)
            }
        }
        throw error("'\(key)' must be true or false, found \(describe(node))", at: node)
    }

    /// A non-empty list of distinct, non-empty strings.
    func stringList(_ node: Node, key: String) throws(RuleDataError) -> [LocatedString] {
        guard case .sequence(let sequence) = node else {
            throw error("'\(key)' must be a list, found \(describe(node))", at: node)
        }
        guard !sequence.isEmpty else { throw error("'\(key)' must not be empty", at: node) }
        var items: [LocatedString] = []
        for item in sequence {
            guard case .scalar(let scalar) = item, resolvedTag(of: item) == .str else {
                throw error("items in '\(key)' must be strings, found \(describe(item))", at: item)
            }
            guard !scalar.string.isEmpty else {
                throw error("items in '\(key)' must not be empty", at: item)
            }
            guard !items.contains(where: { $0.value == scalar.string }) else {
                throw error("'\(key)' lists '\(scalar.string)' twice", at: item)
            }
            items.append(LocatedString(value: scalar.string, node: item))
        }
        return items
    }

    /// A mapping from strings to strings, in file order; it may be empty.
    func stringMap(_ node: Node, key: String) throws(RuleDataError)
        -> [(key: LocatedString, value: LocatedString)]
    {
        guard case .mapping(let mapping) = node else {
            throw error("'\(key)' must be a mapping, found \(describe(node))", at: node)
        }
        var pairs: [(key: LocatedString, value: LocatedString)] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode, resolvedTag(of: keyNode) == .str else {
                throw error("keys in '\(key)' must be strings, found \(describe(keyNode))", at: keyNode)
            }
            guard case .scalar(let valueScalar) = valueNode, resolvedTag(of: valueNode) == .str else {
                throw error("values in '\(key)' must be strings, found \(describe(valueNode))",
                            at: valueNode)
            }
            pairs.append((LocatedString(value: keyScalar.string, node: keyNode),
                          LocatedString(value: valueScalar.string, node: valueNode)))
        }
        return pairs
    }

    /// One of a fixed set of words; `alternative` names a further accepted
    /// form (such as a list) that the caller has already ruled out.
    func choice<Value>(_ node: Node, key: String, from choices: [(String, Value)],
                       alternative: String? = nil) throws(RuleDataError) -> Value {
        if case .scalar(let scalar) = node, resolvedTag(of: node) == .str,
           let match = choices.first(where: { $0.0 == scalar.string }) {
            return match.1
        }
        let forms = choices.map { "'\($0.0)'" } + (alternative.map { [$0] } ?? [])
        let expected = forms.count > 1
            ? forms.dropLast().joined(separator: ", ") + " or " + forms[forms.count - 1]
            : forms.joined()
        throw error("'\(key)' must be \(expected), found \(describe(node))", at: node)
    }

    /// How a node reads in a message: a string as its quoted text, anything else by its kind.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch resolvedTag(of: node) {
            case .null: return "nothing"
            case .bool: return "a boolean"
            case .int: return "an integer"
            case .float: return "a number"
            case .timestamp: return "a date"
            default: return "'\(scalar.string)'"
            }
        }
    }

    /// A node's resolved tag: `str`, `int`, `bool`… for a plain scalar as
    /// written, `str` for a quoted one. (`Tag.name` itself is internal to Yams.)
    /// Built-in data, parsed without tag resolution, holds no plain scalar
    /// but strings, `true`, `false` and decimal integers.
    func resolvedTag(of node: Node) -> Tag.Name {
        if isBuiltIn, case .scalar(let scalar) = node, scalar.style == .plain {
            if ["true", "false"].contains(scalar.string.lowercased()) { return .bool }
            return Int(scalar.string) == nil ? .str : .int
        }
        return Tag.Name(rawValue: node.tag.rawValue)
    }

    /// ` in labels` for a nested mapping, nothing for the whole file.
    fileprivate func inMapping(_ key: String?) -> String {
        key.map { " in \($0)" } ?? ""
    }

    private func error(from error: YamlError, in yaml: String) -> RuleDataError {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // libyaml's context reads as a lead-in: "while scanning a simple key".
            let lead = context.map { "\($0.text), " } ?? ""
            return RuleDataError(file: file, line: mark.line, column: mark.column,
                                 message: "invalid YAML: \(lead)\(problem)")
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            return RuleDataError(file: file, line: line, column: column,
                                 message: "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first occurrence of the first duplicated key.
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return RuleDataError(file: file, line: context.mark.line, column: context.mark.column,
                                 message: "duplicate key\(duplicates.count > 1 ? "s" : "") \(keys)")
        default:
            return RuleDataError(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
    }

    /// Line and column, counted as libyaml counts them (columns in scalars),
    /// of the character at `offset`.
    private func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
