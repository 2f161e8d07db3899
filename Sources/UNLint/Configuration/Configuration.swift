import Foundation
import Yams

/// What a configuration sets a rule to: off (the rule does not run) or a severity.
public enum RuleLevel: String, Sendable, CaseIterable {
    case off
    case info
    case warning
    case error

    /// The severity the rule reports at; nil when it is off.
    public var severity: Severity? { Severity(rawValue: rawValue) }

    public init(_ severity: Severity) { self = RuleLevel(rawValue: severity.rawValue)! }
}

/// A configured value and where it came from: `default`,
/// `path/.unlint.yml:3` or `command line`.
public struct Setting<Value: Sendable>: Sendable {
    public var value: Value
    public var origin: String

    public init(_ value: Value, origin: String) {
        self.value = value
        self.origin = origin
    }
}

/// One `.unlint.yml`, read strictly, with the files it extends before it.
public struct ConfigurationFile: Sendable {
    /// One `rules:` entry: an id or a glob over ids.
    public struct RuleEntry: Sendable {
        public let pattern: String
        public let level: RuleLevel
        public let origin: String
    }

    /// The keys a file and an override share.
    public struct Section: Sendable {
        public var rules: [RuleEntry] = []
        public var language: Setting<String>?
        public var doctype: Setting<String>?
        /// The rule packs named by `packs`, read when the file was.
        public var packs: [RulePack] = []
    }

    public struct Override: Sendable {
        public let files: [String]
        public let section: Section
    }

    /// One file of the `extends` chain.
    public struct Layer: Sendable {
        /// The absolute directory of the file: globs are matched relative to it.
        public let directory: String
        public var top = Section()
        public var include: Setting<[String]>?
        public var exclude: Setting<[String]>?
        public var failOn: Setting<Severity>?
        public var overrides: [Override] = []
    }

    /// The file as named in messages.
    public let path: String
    /// The extended files first, this file last: later layers win.
    public let layers: [Layer]
}

/// The configuration that applies to one file, each value with its origin.
public struct EffectiveConfiguration: Sendable {
    /// Every rule, sorted by id.
    public var rules: [(id: String, level: Setting<RuleLevel>)]
    /// The rules of the packs the configuration names, for this file.
    public var packs: [PackRule]
    public var language: Setting<String?>
    public var doctype: Setting<String?>
    public var failOn: Setting<Severity>
    public var include: Setting<[String]>
    public var exclude: Setting<[String]>
    /// The configuration file used, if any.
    public var file: String?

    /// The levels to hand the linter.
    public var ruleLevels: [String: RuleLevel] {
        Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0.level.value) })
    }
}

/// What the command line sets; it wins over every file.
public struct CommandLineSettings: Sendable {
    public var select: [String]
    public var ignore: [String]
    public var failOn: Severity?
    public var language: String?
    public var doctype: String?

    public init(select: [String] = [], ignore: [String] = [], failOn: Severity? = nil, language: String? = nil, doctype: String? = nil) {
        self.select = select
        self.ignore = ignore
        self.failOn = failOn
        self.language = language
        self.doctype = doctype
    }
}

/// Finds, reads and applies configuration files.
public struct Configuration: Sendable {
    public static let fileName = ".unlint.yml"

    /// Rule ids with their default severities.
    public let defaults: [(id: String, severity: Severity)]
    public let languages: [String]
    public let doctypes: [String]

    public init(defaults: [(id: String, severity: Severity)], languages: [String], doctypes: [String]) {
        self.defaults = defaults.sorted { $0.id < $1.id }
        self.languages = languages
        self.doctypes = doctypes
    }

    // MARK: Discovery

    /// The nearest `.unlint.yml` from `directory` upwards, stopping after a
    /// directory that holds `.git` or at the filesystem root.
    public static func discover(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        let files = FileManager.default
        while true {
            let candidate = current.appendingPathComponent(fileName).path
            var isDirectory: ObjCBool = false
            if files.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
            if files.fileExists(atPath: current.appendingPathComponent(".git").path) { return nil }
            let parent = current.deletingLastPathComponent().standardizedFileURL
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// A path as shown in messages and origins: relative to the working
    /// directory when under it, else absolute.
    public static func display(_ absolute: String) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true).standardizedFileURL.path
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    public static func absolute(_ path: String, relativeTo directory: String? = nil) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        let base = directory ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(path).standardizedFileURL.path
    }

    // MARK: Loading

    /// Reads the file at `path` (as the user or discovery named it) and the files it extends.
    public func load(_ path: String) throws(RuleDataError) -> ConfigurationFile {
        let absolute = Self.absolute(path)
        let display = path.hasPrefix("/") ? Self.display(absolute) : path
        return ConfigurationFile(path: display, layers: try layers(absolute: absolute, display: display, visiting: []))
    }

    private func layers(absolute: String, display: String, visiting: [String]) throws(RuleDataError) -> [ConfigurationFile.Layer] {
        var known = Dictionary(uniqueKeysWithValues: defaults.map { ($0.id, "built in") })
        return try layers(absolute: absolute, display: display, visiting: visiting, known: &known)
    }

    /// `known`: the rule ids defined so far (built in, or by the packs of the
    /// files read before), with where; packs add theirs.
    private func layers(
        absolute: String, display: String, visiting: [String], known: inout [String: String]
    ) throws(RuleDataError) -> [ConfigurationFile.Layer] {
        let text: String
        do {
            text = String(decoding: try FileBytes.contents(of: absolute), as: UTF8.self)
        } catch {
            throw RuleDataError(file: display, line: 1, column: 1, message: "cannot read the file: \(error.reason)")
        }
        let reader = YAMLReader(file: display)
        let root = try reader.parse(text)
        let mapping = try reader.mapping(
            root, key: nil,
            allowedKeys: ["extends", "rules", "packs", "language", "doctype", "include", "exclude", "overrides", "fail-on"])
        let directory = URL(fileURLWithPath: absolute).deletingLastPathComponent().standardizedFileURL.path
        var result: [ConfigurationFile.Layer] = []
        if let node = mapping.optional("extends") {
            let target = try reader.string(node, key: "extends")
            let targetAbsolute = Self.absolute(target, relativeTo: directory)
            guard !(visiting + [absolute]).contains(targetAbsolute) else {
                throw reader.error("'extends' makes a cycle: '\(target)' is already being read", at: node)
            }
            guard FileManager.default.fileExists(atPath: targetAbsolute) else {
                throw reader.error("'extends' names '\(target)', which does not exist", at: node)
            }
            result = try layers(
                absolute: targetAbsolute, display: Self.display(targetAbsolute), visiting: visiting + [absolute],
                known: &known)
        }
        var layer = ConfigurationFile.Layer(directory: directory)
        layer.top = try section(mapping, reader: reader, directory: directory, known: &known)
        if let node = mapping.optional("include") { layer.include = try globs(node, key: "include", reader: reader) }
        if let node = mapping.optional("exclude") { layer.exclude = try globs(node, key: "exclude", reader: reader) }
        if let node = mapping.optional("fail-on") {
            let level: Severity = try reader.choice(
                node, key: "fail-on", from: [("error", .error), ("warning", .warning), ("info", .info)])
            layer.failOn = Setting(level, origin: origin(reader, node))
        }
        if let node = mapping.optional("overrides") {
            guard case .sequence(let items) = node else {
                throw reader.error("'overrides' must be a list, found \(reader.describe(node))", at: node)
            }
            for item in items {
                let entry = try reader.mapping(
                    item, key: "overrides", allowedKeys: ["files", "rules", "packs", "language", "doctype"])
                let files = try entry.stringList("files").map(\.value)
                layer.overrides.append(
                    .init(files: files, section: try section(entry, reader: reader, directory: directory, known: &known)))
            }
        }
        result.append(layer)
        return result
    }

    private func origin(_ reader: YAMLReader, _ node: Node) -> String {
        "\(reader.file):\(node.mark?.line ?? 1)"
    }

    private func globs(_ node: Node, key: String, reader: YAMLReader) throws(RuleDataError) -> Setting<[String]> {
        Setting(try reader.stringList(node, key: key).map(\.value), origin: origin(reader, node))
    }

    private func section(
        _ mapping: YAMLReader.Mapping, reader: YAMLReader, directory: String, known: inout [String: String]
    ) throws(RuleDataError) -> ConfigurationFile.Section {
        var section = ConfigurationFile.Section()
        // Packs first: `rules` may set the level of their rules.
        if let node = mapping.optional("packs") {
            var paths: [String] = []
            for path in try reader.stringList(node, key: "packs") {
                let absolute = Self.absolute(path.value, relativeTo: directory)
                guard FileManager.default.fileExists(atPath: absolute) else {
                    throw reader.error("'packs' names '\(path.value)', which does not exist", at: path.node)
                }
                paths.append(Self.display(absolute))
            }
            section.packs = try RulePackLoader.load(paths: paths, languages: languages, reserved: known)
            for rule in section.packs.flatMap(\.rules) { known[rule.description.id] = rule.file }
        }
        if let node = mapping.optional("language") {
            let value = try reader.string(node, key: "language")
            guard languages.contains(value) else {
                throw reader.error("unknown language '\(value)'; expected one of: \(languages.joined(separator: ", "))", at: node)
            }
            section.language = Setting(value, origin: origin(reader, node))
        }
        if let node = mapping.optional("doctype") {
            let value = try reader.string(node, key: "doctype")
            guard doctypes.contains(value) else {
                throw reader.error("unknown document type '\(value)'; expected one of: \(doctypes.joined(separator: ", "))", at: node)
            }
            section.doctype = Setting(value, origin: origin(reader, node))
        }
        if let node = mapping.optional("rules") {
            guard case .mapping(let pairs) = node else {
                throw reader.error("'rules' must be a mapping, found \(reader.describe(node))", at: node)
            }
            for (keyNode, valueNode) in pairs {
                guard case .scalar(let key) = keyNode else {
                    throw reader.error("keys in 'rules' must be rule ids, found \(reader.describe(keyNode))", at: keyNode)
                }
                let pattern = key.string
                if pattern.contains(where: { "*?[".contains($0) }) {
                    guard known.keys.contains(where: { Glob(pattern).matches($0) }) else {
                        throw reader.error("'\(pattern)' matches no rule; `unlint rules` lists them", at: keyNode)
                    }
                } else if known[pattern] == nil {
                    throw reader.error("unknown rule '\(pattern)'; `unlint rules` lists them", at: keyNode)
                }
                // `off` is a YAML 1.1 boolean: read the words as written.
                guard case .scalar(let value) = valueNode, let level = RuleLevel(rawValue: value.string) else {
                    throw reader.error(
                        "'\(pattern)' must be 'off', 'info', 'warning' or 'error', found \(reader.describe(valueNode))",
                        at: valueNode)
                }
                section.rules.append(.init(pattern: pattern, level: level, origin: origin(reader, keyNode)))
            }
        }
        return section
    }

    // MARK: Resolving

    /// Whether `selector` (an id, a family or a glob) names `id`.
    public static func selector(_ selector: String, matches id: String) -> Bool {
        selector == id || id.hasPrefix(selector + "/") || Glob(selector).matches(id)
    }

    /// The selectors that name no rule.
    public func unknownSelectors(_ selectors: [String]) -> [String] {
        selectors.filter { selector in !defaults.contains { Self.selector(selector, matches: $0.id) } }
    }

    /// The configuration for the file at `path` (absolute or relative to the
    /// working directory; nil for standard input) under `file`.
    public func resolve(for path: String?, file: ConfigurationFile?, commandLine: CommandLineSettings) -> EffectiveConfiguration {
        var levels: [String: Setting<RuleLevel>] = [:]
        for rule in defaults { levels[rule.id] = Setting(RuleLevel(rule.severity), origin: "default") }
        // The rules of the packs that apply to this file join the defaults.
        var rules = defaults
        var packs: [PackRule] = []
        var language = Setting<String?>(nil, origin: "default")
        var doctype = Setting<String?>(nil, origin: "default")
        var failOn = Setting(Severity.error, origin: "default")
        var include = Setting<[String]>([], origin: "default")
        var exclude = Setting<[String]>([], origin: "default")
        // Only overrides need the file's absolute path, and making it costs system calls.
        let absolute = file?.layers.contains { !$0.overrides.isEmpty } == true ? path.map { Self.absolute($0) } : nil

        func apply(_ section: ConfigurationFile.Section) {
            for rule in section.packs.flatMap(\.rules) where !packs.contains(where: { $0.description.id == rule.description.id }) {
                packs.append(rule)
                rules.append((rule.description.id, rule.description.defaultSeverity))
                levels[rule.description.id] = Setting(RuleLevel(rule.description.defaultSeverity), origin: rule.file)
            }
            // Within one section globs first, then exact ids: an exact id beats a glob.
            for entry in section.rules.filter({ $0.pattern.contains(where: { "*?[".contains($0) }) })
                + section.rules.filter({ !$0.pattern.contains(where: { "*?[".contains($0) }) })
            {
                for rule in rules where Self.selector(entry.pattern, matches: rule.id) {
                    levels[rule.id] = Setting(entry.level, origin: entry.origin)
                }
            }
            if let value = section.language { language = Setting(value.value, origin: value.origin) }
            if let value = section.doctype { doctype = Setting(value.value, origin: value.origin) }
        }

        for layer in file?.layers ?? [] {
            apply(layer.top)
            if let value = layer.include { include = value }
            if let value = layer.exclude { exclude = value }
            if let value = layer.failOn { failOn = value }
            guard let absolute else { continue }
            let relative = Self.relative(absolute, to: layer.directory)
            for override in layer.overrides where override.files.contains(where: { Glob($0).matchesPath(relative) }) {
                apply(override.section)
            }
        }
        // The command line last: it wins.
        if !commandLine.select.isEmpty {
            for rule in rules {
                if commandLine.select.contains(where: { Self.selector($0, matches: rule.id) }) {
                    if levels[rule.id]?.value == .off { levels[rule.id] = Setting(RuleLevel(rule.severity), origin: "command line") }
                } else {
                    levels[rule.id] = Setting(.off, origin: "command line")
                }
            }
        }
        for rule in rules where commandLine.ignore.contains(where: { Self.selector($0, matches: rule.id) }) {
            levels[rule.id] = Setting(.off, origin: "command line")
        }
        if let value = commandLine.failOn { failOn = Setting(value, origin: "command line") }
        if let value = commandLine.language { language = Setting(value, origin: "command line") }
        if let value = commandLine.doctype { doctype = Setting(value, origin: "command line") }
        return EffectiveConfiguration(
            rules: rules.sorted { $0.id < $1.id }.map { ($0.id, levels[$0.id]!) }, packs: packs, language: language,
            doctype: doctype, failOn: failOn, include: include, exclude: exclude, file: file?.path)
    }

    /// `absolute` relative to `directory`, or itself when outside it.
    public static func relative(_ absolute: String, to directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// Whether a file found in a directory is linted under `configuration`:
    /// it matches an `include` glob (when there are any) and no `exclude` glob,
    /// relative to the directory of the configuration file.
    public static func collects(_ absolute: String, configuration: EffectiveConfiguration, file: ConfigurationFile?) -> Bool {
        guard let directory = file?.layers.last?.directory else { return true }
        let relative = relative(absolute, to: directory)
        if !configuration.include.value.isEmpty, !configuration.include.value.contains(where: { Glob($0).matchesPath(relative) }) {
            return false
        }
        return !configuration.exclude.value.contains { Glob($0).matchesPath(relative) }
    }
}

/// A shell-style glob: `*` and `?` stay within one path segment, `**` spans
/// segments, `[…]` is a character class.
public struct Glob: Sendable {
    public let pattern: String
    private let regex: NSRegularExpression?

    public init(_ pattern: String) {
        self.pattern = pattern
        var expression = "^"
        var characters = Array(pattern)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    characters.removeFirst()
                    if characters.first == "/" {
                        characters.removeFirst()
                        expression += "(?:.*/)?"
                    } else {
                        expression += ".*"
                    }
                } else {
                    expression += "[^/]*"
                }
            case "?": expression += "[^/]"
            case "[":
                if let end = characters.firstIndex(of: "]") {
                    var body = String(characters[characters.startIndex..<end])
                    if body.hasPrefix("!") { body = "^" + body.dropFirst() }
                    expression += "[" + body.replacingOccurrences(of: "\\", with: "\\\\") + "]"
                    characters = characters[characters.index(after: end)...]
                } else {
                    expression += "\\["
                }
            default: expression += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        regex = try? NSRegularExpression(pattern: expression + "$")
    }

    public func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// A path match: a pattern without `/` matches the file name at any depth.
    public func matchesPath(_ path: String) -> Bool {
        if !pattern.contains("/") { return matches(String(path.split(separator: "/").last ?? "")) }
        return matches(path)
    }
}
