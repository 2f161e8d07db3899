import Foundation

/// A JSON value as parsed, keeping integers apart from other numbers so that
/// the schema keyword `"type": "integer"` can be checked exactly.
enum JSONValue: Sendable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses a JSON document.
    init(parsing data: Data) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }

    init(parsing text: String) throws {
        try self.init(parsing: Data(text.utf8))
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
        return nil
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var intValue: Int? {
        switch self {
        case .integer(let value): value
        case .number(let value) where value.rounded() == value && abs(value) < 1e18: Int(value)
        default: nil
        }
    }

    var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// Compact JSON, keys sorted: for messages.
    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .string(let value): Self.quoted(value)
        case .array(let elements): "[" + elements.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.keys.sorted().map { Self.quoted($0) + ":" + members[$0]!.description }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension JSONValue: Equatable {
    /// JSON equality, as `const` and `enum` use it: 1 equals 1.0, object key order does not matter.
    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)): Double(a) == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a == b
        default: false
        }
    }
}

/// A JSON Schema (draft 2020-12) validator for exactly the keywords the report
/// schema uses: `type` (a name or an array of names, `null` included),
/// `properties`, `required`, `additionalProperties: false`, `items`, `enum`,
/// `const`, `pattern`, `minimum`, and `$ref` to a JSON pointer in the same
/// document (`#/$defs/…`), with `$defs` holding the schemas it names. The
/// annotations `$schema`, `$id`, `title` and `description` are accepted and
/// ignored; any other keyword makes the schema itself invalid, so a schema
/// cannot silently rely on a keyword this validator would skip.
struct JSONSchemaValidator {
    static let assertions: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern", "minimum", "$ref", "$defs",
    ]
    static let annotations: Set<String> = ["$schema", "$id", "title", "description"]
    static let typeNames: Set<String> = ["null", "boolean", "object", "array", "number", "string", "integer"]

    /// Why a schema cannot be used, with the JSON pointer of the offending subschema.
    struct SchemaError: Error, Equatable, CustomStringConvertible {
        let pointer: String
        let message: String
        var description: String { "\(pointer.isEmpty ? "(root)" : pointer): \(message)" }
    }

    let schema: JSONValue

    init(schema: JSONValue) throws(SchemaError) {
        try Self.check(schema, at: "", root: schema)
        self.schema = schema
    }

    init(schemaAt url: URL) throws {
        try self.init(schema: JSONValue(parsing: Data(contentsOf: url)))
    }

    /// The ways `instance` breaks the schema, each `pointer: message` (the
    /// pointer is `(root)` for the whole document); empty when it is valid.
    func validate(_ instance: JSONValue) -> [String] {
        var errors: [String] = []
        Self.validate(instance, against: schema, at: "", root: schema, into: &errors)
        return errors
    }

    /// The same, against the subschema at `reference` (`#/$defs/line`).
    func validate(_ instance: JSONValue, against reference: String) throws(SchemaError) -> [String] {
        guard let subschema = Self.resolve(reference, in: schema) else {
            throw SchemaError(pointer: "", message: "\(reference) does not name a schema")
        }
        var errors: [String] = []
        Self.validate(instance, against: subschema, at: "", root: schema, into: &errors)
        return errors
    }

    /// The value a local reference (`#` then a JSON pointer) names, nil when it names nothing.
    static func resolve(_ reference: String, in root: JSONValue) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var value = root
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let name = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let next = value[name] {
                value = next
            } else if let index = Int(name), let next = value[index] {
                value = next
            } else {
                return nil
            }
        }
        return value
    }

    // MARK: - Checking the schema

    private static func check(_ schema: JSONValue, at pointer: String, root: JSONValue) throws(SchemaError) {
        guard case .object(let keywords) = schema else {
            // Boolean schemas are valid JSON Schema but not used by the report schema.
            throw SchemaError(pointer: pointer, message: "a schema must be an object, not \(schema)")
        }
        for (keyword, value) in keywords.sorted(by: { $0.key < $1.key }) {
            let here = pointer + "/" + escape(keyword)
            if annotations.contains(keyword) { continue }
            guard assertions.contains(keyword) else {
                throw SchemaError(pointer: here, message: "unsupported keyword \"\(keyword)\"")
            }
            switch keyword {
            case "type":
                let names: [JSONValue] = value.arrayValue ?? [value]
                guard !names.isEmpty, names.allSatisfy({ $0.stringValue.map(typeNames.contains) == true }) else {
                    throw SchemaError(pointer: here, message: "\"type\" must be a type name or an array of them, not \(value)")
                }
            case "properties":
                guard let properties = value.objectValue else {
                    throw SchemaError(pointer: here, message: "\"properties\" must be an object")
                }
                for (name, subschema) in properties.sorted(by: { $0.key < $1.key }) {
                    try check(subschema, at: here + "/" + escape(name), root: root)
                }
            case "$defs":
                guard let definitions = value.objectValue else {
                    throw SchemaError(pointer: here, message: "\"$defs\" must be an object")
                }
                for (name, subschema) in definitions.sorted(by: { $0.key < $1.key }) {
                    try check(subschema, at: here + "/" + escape(name), root: root)
                }
            case "$ref":
                guard let reference = value.stringValue, reference.hasPrefix("#") else {
                    throw SchemaError(pointer: here, message: "only references within the schema (#/…) are supported, not \(value)")
                }
                guard case .object? = resolve(reference, in: root) else {
                    throw SchemaError(pointer: here, message: "\(value) does not name a schema in this document")
                }
            case "required":
                guard let names = value.arrayValue, names.allSatisfy({ $0.stringValue != nil }) else {
                    throw SchemaError(pointer: here, message: "\"required\" must be an array of strings")
                }
            case "additionalProperties":
                guard value == .bool(false) else {
                    throw SchemaError(pointer: here, message: "only \"additionalProperties\": false is supported")
                }
            case "items":
                try check(value, at: here, root: root)
            case "enum":
                guard value.arrayValue != nil else {
                    throw SchemaError(pointer: here, message: "\"enum\" must be an array")
                }
            case "const":
                break
            case "pattern":
                guard let pattern = value.stringValue, (try? Regex(pattern)) != nil else {
                    throw SchemaError(pointer: here, message: "\"pattern\" must be a valid regular expression, not \(value)")
                }
            case "minimum":
                guard number(value) != nil else {
                    throw SchemaError(pointer: here, message: "\"minimum\" must be a number")
                }
            default:
                break
            }
        }
    }

    // MARK: - Validating an instance

    private static func validate(
        _ instance: JSONValue, against schema: JSONValue, at pointer: String, root: JSONValue, into errors: inout [String]
    ) {
        guard case .object(let keywords) = schema else { return }
        func fail(_ message: String, at location: String = pointer) {
            errors.append("\(location.isEmpty ? "(root)" : location): \(message)")
        }
        // Checked when the schema was loaded: the reference names a schema.
        if let reference = keywords["$ref"]?.stringValue, let target = resolve(reference, in: root) {
            validate(instance, against: target, at: pointer, root: root, into: &errors)
        }

        if let type = keywords["type"] {
            let names = (type.arrayValue ?? [type]).compactMap(\.stringValue)
            if !names.contains(where: { matches(instance, type: $0) }) {
                let expected = names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
                fail("expected \(expected), found \(typeName(of: instance)) \(instance)")
                return  // the other keywords would only repeat the mismatch
            }
        }
        if let constant = keywords["const"], instance != constant {
            fail("expected \(constant), found \(instance)")
        }
        if let allowed = keywords["enum"]?.arrayValue, !allowed.contains(instance) {
            fail("\(instance) is not one of: \(allowed.map(\.description).joined(separator: ", "))")
        }
        if let pattern = keywords["pattern"]?.stringValue, case .string(let string) = instance {
            // A JSON Schema pattern matches anywhere in the string unless anchored.
            let regex = try! Regex(pattern)
            if string.firstMatch(of: regex) == nil {
                fail("\(instance) does not match the pattern \(pattern)")
            }
        }
        if let minimum = keywords["minimum"], let bound = number(minimum), let value = number(instance), value < bound {
            fail("\(instance) is less than the minimum \(minimum)")
        }
        if case .object(let members) = instance {
            for case .string(let name) in keywords["required"]?.arrayValue ?? [] where members[name] == nil {
                fail("required property \"\(name)\" is missing")
            }
            let properties = keywords["properties"]?.objectValue ?? [:]
            for name in members.keys.sorted() {
                let here = pointer + "/" + escape(name)
                if let subschema = properties[name] {
                    validate(members[name]!, against: subschema, at: here, root: root, into: &errors)
                } else if keywords["additionalProperties"] == .bool(false) {
                    fail("property \"\(name)\" is not allowed", at: pointer)
                }
            }
        }
        if case .array(let elements) = instance, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                validate(element, against: items, at: pointer + "/" + String(index), root: root, into: &errors)
            }
        }
    }

    private static func matches(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): true
        case ("number", .integer), ("number", .number), ("integer", .integer): true
        // Draft 2020-12: a number with a zero fractional part is an integer.
        case ("integer", .number(let value)): value.rounded() == value
        default: false
        }
    }

    private static func typeName(of instance: JSONValue) -> String {
        switch instance {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// A JSON pointer reference token (RFC 6901): `~` → `~0`, `/` → `~1`.
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
