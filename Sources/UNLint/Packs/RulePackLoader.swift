import Foundation
import PCRE2
import Yams

/// The rules of one pack file.
public struct RulePack: Sendable {
    /// The file as named in messages (`Rules/packs/…` when shipped).
    public let file: String
    public let rules: [PackRule]
}

/// Reads rule packs strictly: an unknown key, a missing field, a value of the
/// wrong type, a pattern PCRE2 rejects, a placeholder that names nothing, a
/// duplicate id or an example whose expected finding is off its text is a
/// ``RuleDataError`` naming the file, line and column.
public enum RulePackLoader {
    /// The ids a rule id must be (`family/name`, lower case).
    static let idPattern = try! Regex("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")

    /// Reads one pack. `reserved` holds the ids already taken (by built-in
    /// rules and packs read before), with where each was defined;
    /// `languages` the language codes a rule may name.
    public static func load(
        yaml: String, file: String, languages: [String], reserved: [String: String]
    ) throws(RuleDataError) -> RulePack {
        try load(yaml: yaml, file: file, languages: languages, reserved: reserved, isBuiltIn: false)
    }

    /// `isBuiltIn`: the pack is embedded (see ``YAMLReader/isBuiltIn``).
    static func load(
        yaml: String, file: String, languages: [String], reserved: [String: String], isBuiltIn: Bool
    ) throws(RuleDataError) -> RulePack {
        let reader = YAMLReader(file: file, isBuiltIn: isBuiltIn)
        let root = try reader.mapping(reader.parse(yaml), key: nil, allowedKeys: ["rules"])
        let list = try root.required("rules")
        guard case .sequence(let items) = list else {
            throw reader.error("'rules' must be a list, found \(reader.describe(list))", at: list)
        }
        guard !items.isEmpty else { throw reader.error("'rules' must not be empty", at: list) }
        var taken = reserved
        var rules: [PackRule] = []
        for item in items {
            let rule = try RuleReader(reader: reader, languages: languages).rule(item, taken: taken)
            taken[rule.description.id] = "\(file):\(item.mark?.line ?? 1)"
            rules.append(rule)
        }
        return RulePack(file: file, rules: rules)
    }

    /// Reads the pack files at `paths` (files, or folders whose `*.yml` and
    /// `*.yaml` files are read in name order), in order; ids must be unique
    /// across them and `reserved`. Paths are shown as given.
    public static func load(
        paths: [String], languages: [String], reserved: [String: String]
    ) throws(RuleDataError) -> [RulePack] {
        var taken = reserved
        var packs: [RulePack] = []
        for file in try files(at: paths) {
            let text: String
            do {
                text = String(decoding: try FileBytes.contents(of: file), as: UTF8.self)
            } catch {
                throw RuleDataError(file: file, line: 1, column: 1, message: "cannot read the rule pack: \(error.reason)")
            }
            let pack = try load(yaml: text, file: file, languages: languages, reserved: taken)
            for rule in pack.rules { taken[rule.description.id] = file }
            packs.append(pack)
        }
        return packs
    }

    /// The pack files a list of paths names.
    static func files(at paths: [String]) throws(RuleDataError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw RuleDataError(file: path, line: 1, column: 1, message: "no such rule pack file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            let packs = names.filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.hasPrefix(".") }.sorted()
            guard !packs.isEmpty else {
                throw RuleDataError(file: path, line: 1, column: 1, message: "the folder holds no rule pack (*.yml, *.yaml)")
            }
            let folder = path.hasSuffix("/") ? path : path + "/"
            files += packs.map { folder + $0 }
        }
        return files
    }

    /// The packs shipped in `Rules/packs/`, read once per process.
    public static func shipped() throws(RuleDataError) -> [PackRule] {
        try shippedPacks.get().flatMap(\.rules)
    }

    private static let shippedPacks = Result { () throws(RuleDataError) -> [RulePack] in
        let reserved = Dictionary(uniqueKeysWithValues: builtInRules.map { ($0.description.id, "built in") })
        var taken = reserved
        var packs: [RulePack] = []
        for file in EmbeddedRules.files where file.path.hasPrefix("Rules/packs/") {
            let pack = try load(
                yaml: file.text, file: file.path, languages: DocumentTypeLoader.builtInLanguages, reserved: taken,
                isBuiltIn: true)
            for rule in pack.rules { taken[rule.description.id] = file.path }
            packs.append(pack)
        }
        return packs
    }
}

/// Reads one rule of a pack.
private struct RuleReader {
    let reader: YAMLReader
    let languages: [String]

    static let keys = [
        "id", "title", "message", "severity", "kind", "pattern", "patterns", "swap", "either", "min", "max",
        "languages", "scope", "exceptions", "link", "rationale", "examples",
    ]
    /// The keys only some kinds take.
    static let kindKeys: [String: [String]] = [
        "existence": ["pattern", "patterns"], "substitution": ["swap"], "occurrence": ["pattern", "patterns", "min", "max"],
        "consistency": ["either"],
    ]

    func rule(_ node: Node, taken: [String: String]) throws(RuleDataError) -> PackRule {
        let mapping = try reader.mapping(node, key: "rules", allowedKeys: Self.keys)
        let idNode = try mapping.required("id")
        let id = try reader.string(idNode, key: "id")
        guard (try? RulePackLoader.idPattern.isMatch(id)) == true else {
            throw reader.error("rule id '\(id)' must be 'family/name' in lower case (letters, digits, hyphens)", at: idNode)
        }
        if let other = taken[id] {
            throw reader.error("duplicate rule id '\(id)': already defined (\(other))", at: idNode)
        }
        let title = try nonEmpty(mapping, "title")
        let kindNode = try mapping.required("kind")
        let kindName: String = try reader.choice(
            kindNode, key: "kind", from: ["existence", "substitution", "occurrence", "consistency"].map { ($0, $0) })
        for key in Self.kindKeys.values.joined() where mapping.values[key] != nil && !Self.kindKeys[kindName]!.contains(key) {
            let owners = Self.kindKeys.filter { $0.value.contains(key) }.keys.sorted().joined(separator: " and ")
            throw reader.error("'\(key)' belongs to kind \(owners), not \(kindName)", at: mapping.values[key]!)
        }
        let (kind, groups) = try self.kind(kindName, mapping)
        let names = switch kind {
        case .existence: ["match"]
        case .substitution, .consistency: ["match", "suggestion"]
        case .occurrence: ["match", "count", "min", "max"]
        }
        let messageNode = try mapping.required("message")
        let message = try template(try nonEmpty(mapping, "message"), node: messageNode, key: "message", names: names, groups: groups)
        let severity: Severity = try mapping.optional("severity").map { node throws(RuleDataError) in
            try reader.choice(node, key: "severity", from: [("error", .error), ("warning", .warning), ("info", .info)])
        } ?? .warning
        let scope: TextScope = try mapping.optional("scope").map { node throws(RuleDataError) in
            try reader.choice(node, key: "scope", from: TextScope.allCases.map { ($0.rawValue, $0) })
        } ?? .paragraph
        var ruleLanguages: [String]?
        if let node = mapping.optional("languages") {
            let codes = try reader.stringList(node, key: "languages")
            for code in codes where !languages.contains(code.value) {
                throw reader.error("unknown language '\(code.value)'; expected one of: \(languages.joined(separator: ", "))", at: code.node)
            }
            ruleLanguages = codes.map(\.value)
        }
        let exceptions = try mapping.optional("exceptions").map { node throws(RuleDataError) in try self.exceptions(node) } ?? []
        let link = try mapping.optional("link").map { node throws(RuleDataError) in try reader.string(node, key: "link") }
        let rationale = try mapping.optional("rationale").map { node throws(RuleDataError) in try reader.string(node, key: "rationale") } ?? ""
        let examples = try mapping.optional("examples").map { node throws(RuleDataError) in
            try self.examples(node, defaultLanguage: ruleLanguages?.first)
        } ?? []
        let description = RuleDescription(
            id: id, title: title, rationale: rationale, defaultSeverity: severity, examples: examples, link: link)
        return PackRule(
            description: description, kind: kind, scope: scope, languages: ruleLanguages, exceptions: exceptions,
            message: message, file: reader.file)
    }

    /// The kind with its patterns, and the most capture groups any of them has.
    private func kind(_ name: String, _ mapping: YAMLReader.Mapping) throws(RuleDataError) -> (PackRule.Kind, Int) {
        switch name {
        case "existence", "occurrence":
            let patterns = try self.patterns(mapping)
            let groups = patterns.map(\.captureCount).max() ?? 0
            guard name == "occurrence" else { return (.existence(patterns), groups) }
            let min = try mapping.optional("min").map { node throws(RuleDataError) in try count(node, key: "min") }
            let max = try mapping.optional("max").map { node throws(RuleDataError) in try count(node, key: "max") }
            guard min != nil || max != nil else {
                throw reader.error("an occurrence rule needs 'min', 'max' or both", at: mapping.node)
            }
            if let min, let max, min > max {
                throw reader.error("'min' (\(min)) is greater than 'max' (\(max))", at: mapping.values["min"]!)
            }
            return (.occurrence(patterns, min: min, max: max), groups)
        case "substitution":
            let pairs = try reader.stringMap(try mapping.required("swap"), key: "swap")
            guard !pairs.isEmpty else { throw reader.error("'swap' must not be empty", at: mapping.values["swap"]!) }
            var swaps: [PackRule.Swap] = []
            for pair in pairs {
                let pattern = try compile(pair.key, in: "swap")
                let replacement = try template(
                    pair.value.value, node: pair.value.node, key: "swap", names: ["match"], groups: pattern.captureCount)
                swaps.append(PackRule.Swap(pattern: pattern, replacement: replacement))
            }
            return (.substitution(swaps), swaps.map(\.pattern.captureCount).max() ?? 0)
        default:
            let pairs = try reader.stringMap(try mapping.required("either"), key: "either")
            guard !pairs.isEmpty else { throw reader.error("'either' must not be empty", at: mapping.values["either"]!) }
            var compiled: [(first: Regex, second: Regex)] = []
            for pair in pairs {
                compiled.append((try compile(pair.key, in: "either"), try compile(pair.value, in: "either")))
            }
            let groups = compiled.flatMap { [$0.first.captureCount, $0.second.captureCount] }.max() ?? 0
            return (.consistency(compiled), groups)
        }
    }

    private func patterns(_ mapping: YAMLReader.Mapping) throws(RuleDataError) -> [Regex] {
        switch (mapping.values["pattern"], mapping.values["patterns"]) {
        case (let node?, nil):
            return [try compile(YAMLReader.LocatedString(value: try reader.string(node, key: "pattern"), node: node), in: "pattern")]
        case (nil, let node?):
            var compiled: [Regex] = []
            for pattern in try reader.stringList(node, key: "patterns") { compiled.append(try compile(pattern, in: "patterns")) }
            return compiled
        case (_?, let node?):
            throw reader.error("give 'pattern' or 'patterns', not both", at: node)
        case (nil, nil):
            throw reader.error("missing key 'pattern' (or 'patterns')", at: mapping.node)
        }
    }

    /// Compiles a pattern once, when the pack is read; a pattern that matches
    /// the empty string would report every position, so it is refused.
    private func compile(_ pattern: YAMLReader.LocatedString, in key: String) throws(RuleDataError) -> Regex {
        let regex: Regex
        do {
            regex = try Regex(pattern.value)
        } catch {
            let offset = error.patternScalarOffset.map { " at pattern offset \($0)" } ?? ""
            throw reader.error("invalid pattern in '\(key)': \(error.message)\(offset)", at: pattern.node)
        }
        if (try? regex.isMatch("")) == true {
            throw reader.error("the pattern in '\(key)' matches the empty string, so it would report every position", at: pattern.node)
        }
        return regex
    }

    private func template(
        _ text: String, node: Node, key: String, names: [String], groups: Int
    ) throws(RuleDataError) -> MessageTemplate {
        do {
            return try MessageTemplate(text, names: names, groups: groups)
        } catch {
            throw reader.error("in '\(key)' at offset \(error.offset): \(error.message)", at: node)
        }
    }

    private func nonEmpty(_ mapping: YAMLReader.Mapping, _ key: String) throws(RuleDataError) -> String {
        let value = try mapping.string(key)
        guard !value.isBlank else {
            throw reader.error("'\(key)' must not be empty", at: mapping.values[key]!)
        }
        return value
    }

    private func count(_ node: Node, key: String) throws(RuleDataError) -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string), value >= 0, scalar.style == .plain else {
            throw reader.error("'\(key)' must be a whole number of 0 or more, found \(reader.describe(node))", at: node)
        }
        return value
    }

    /// Exceptions: a string is a pattern; `{literal: text}` is text as written.
    private func exceptions(_ node: Node) throws(RuleDataError) -> [Regex] {
        guard case .sequence(let items) = node, !items.isEmpty else {
            throw reader.error("'exceptions' must be a non-empty list, found \(reader.describe(node))", at: node)
        }
        var compiled: [Regex] = []
        for item in items {
            if case .mapping = item {
                let literal = try reader.mapping(item, key: "exceptions", allowedKeys: ["literal"])
                let text = try nonEmpty(literal, "literal")
                compiled.append(try compile(.init(value: "\\Q" + text.replacingOccurrences(of: "\\E", with: "\\E\\\\E\\Q") + "\\E", node: item), in: "exceptions"))
            } else {
                compiled.append(try compile(.init(value: try reader.string(item, key: "exceptions"), node: item), in: "exceptions"))
            }
        }
        return compiled
    }

    /// Examples: `text`, and `expect` as `LINE:COLUMN message` lines.
    private func examples(_ node: Node, defaultLanguage: String?) throws(RuleDataError) -> [RuleExample] {
        guard case .sequence(let items) = node, !items.isEmpty else {
            throw reader.error("'examples' must be a non-empty list, found \(reader.describe(node))", at: node)
        }
        var examples: [RuleExample] = []
        for item in items {
            let example = try reader.mapping(item, key: "examples", allowedKeys: ["text", "expect", "language", "format"])
            let text = try example.string("text")
            var language = defaultLanguage
            if let node = example.optional("language") {
                let code = try reader.string(node, key: "language")
                guard languages.contains(code) else {
                    throw reader.error("unknown language '\(code)'; expected one of: \(languages.joined(separator: ", "))", at: node)
                }
                language = code
            }
            let format: InputFormat = try example.optional("format").map { node throws(RuleDataError) in
                try reader.choice(node, key: "format", from: InputFormat.allCases.map { ($0.rawValue, $0) })
            } ?? .markdown
            let source = SourceText(text)
            var offsets: [Int] = []
            var messages: [String] = []
            if let node = example.optional("expect") {
                guard case .sequence(let expectations) = node else {
                    throw reader.error("'expect' must be a list, found \(reader.describe(node))", at: node)
                }
                for expectation in expectations {
                    let (offset, message) = try self.expectation(expectation, in: source)
                    offsets.append(offset)
                    messages.append(message)
                }
            }
            examples.append(RuleExample(text: text, findingOffsets: offsets, messages: messages, language: language, format: format))
        }
        return examples
    }

    /// `LINE:COLUMN message`: the UTF-8 offset of that place in `source`, and the message.
    private func expectation(_ node: Node, in source: SourceText) throws(RuleDataError) -> (Int, String) {
        // Read as written: a bare `1:5` would otherwise resolve as a YAML 1.1 number.
        guard case .scalar(let scalar) = node else {
            throw reader.error("expected findings are 'LINE:COLUMN message', found \(reader.describe(node))", at: node)
        }
        let parts = scalar.string.split(separator: " ", maxSplits: 1)
        let place = parts.first?.split(separator: ":") ?? []
        guard parts.count == 2, place.count == 2, let line = Int(place[0]), let column = Int(place[1]),
              !parts[1].isBlank
        else {
            throw reader.error("expected findings are 'LINE:COLUMN message', found '\(scalar.string)'", at: node)
        }
        guard (1...source.lines.count).contains(line) else {
            throw reader.error("line \(line) is not in the example text (\(source.lines.count) lines)", at: node)
        }
        let sourceLine = source.lines[line - 1]
        let scalars = sourceLine.text.unicodeScalars
        guard (1...scalars.count + 1).contains(column) else {
            throw reader.error("column \(column) is not on line \(line) of the example text (\(scalars.count) characters)", at: node)
        }
        let byte = scalars.prefix(column - 1).reduce(0) { $0 + UTF8.width($1) }
        return (sourceLine.startOffset - source.baseOffset + byte, String(parts[1]))
    }
}

extension StringProtocol {
    /// Empty or only `CharacterSet.whitespaces` (tabs and spaces), tested
    /// scalar by scalar: `trimmingCharacters(in:)` gives the same answer
    /// through `NSString`, whose set-up costs a millisecond at start.
    fileprivate var isBlank: Bool {
        unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains)
    }
}
