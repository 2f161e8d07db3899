import Foundation
import Testing
@testable import UNLint

/// The JSON report against its published schema, `Reports/schemas/unlint-report.schema.json`,
/// checked by a small validator that is itself tested here.
@Suite struct ReportSchemaTests {
    static let schemaURL = TestSupport.repositoryRoot.appendingPathComponent("Reports/schemas/unlint-report.schema.json")

    static func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schemaAt: schemaURL)
    }

    /// Lints each (path, bytes) with the built-in rules and writes the JSON report.
    static func jsonReport(_ files: [(path: String, bytes: [UInt8])], extra: [FileResult] = []) throws -> JSONValue {
        let linter = Linter(catalog: try LanguageCatalog.builtIn(), packs: try RulePackLoader.shipped())
        let results = try files.map { try linter.lint(bytes: $0.bytes, path: $0.path) } + extra
        return try JSONValue(parsing: JSONReporter().report(LintReport(files: results)))
    }

    // MARK: Fixtures

    static let header = FixtureDocuments.header
    static let clean = FixtureDocuments.clean

    /// Paragraph 3 missing (an error with a related place) and an emphasised heading (a warning).
    static let findings = FixtureDocuments.findings

    /// `Café` then a lone 0xFF byte on line 3.
    static let undecodable: [UInt8] = Array("# I. Introduction\n\n1. Café ".utf8) + [0xFF] + Array(" here.\n".utf8)

    // MARK: The real report validates

    @Test func schemaIsDraft2020_12AndUsesOnlyKeywordsTheValidatorChecks() throws {
        let schema = try JSONValue(parsing: Data(contentsOf: Self.schemaURL))
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        // The initializer rejects any keyword it would not check.
        _ = try JSONSchemaValidator(schema: schema)
    }

    @Test func cleanDocumentReportValidates() throws {
        let report = try Self.jsonReport([("A-HRC-55-1.md", Array(Self.clean.utf8))])
        #expect(report["files"]?[0]?["diagnostics"] == .array([]))
        #expect(report["files"]?[0]?["language"] == .string("en"))
        #expect(try Self.validator().validate(report) == [])
    }

    @Test func reportWithFindingsAndRelatedPlacesValidates() throws {
        let report = try Self.jsonReport([("A-HRC-55-1.md", Array(Self.findings.utf8))])
        let diagnostics = try #require(report["files"]?[0]?["diagnostics"]?.arrayValue)
        #expect(diagnostics.map { $0["rule"] } == [.string("numbering/paragraph-sequence"), .string("structure/heading-emphasis")])
        #expect(diagnostics[0]["related"] == .array([
            .object(["message": .string("paragraph 2 is here"), "line": .integer(16), "column": .integer(1), "offset": .integer(254)])
        ]))
        #expect(diagnostics[1]["related"] == nil)
        #expect(try Self.validator().validate(report) == [])
    }

    @Test func undecodableFileReportValidates() throws {
        let report = try Self.jsonReport([("broken.md", Self.undecodable)])
        let file = try #require(report["files"]?[0])
        #expect(file["language"] == .null)
        #expect(file["diagnostics"]?[0]?["rule"] == .string("parse/encoding"))
        #expect(file["diagnostics"]?[0]?["offset"] == .integer(28))
        #expect(try Self.validator().validate(report) == [])
    }

    @Test func unreadableFileReportValidates() throws {
        let report = try Self.jsonReport([], extra: [FileResult(path: "locked.md", failure: "cannot read file")])
        #expect(report["files"]?[0] == .object([
            "path": .string("locked.md"), "language": .null, "error": .string("cannot read file"), "diagnostics": .array([]),
        ]))
        #expect(try Self.validator().validate(report) == [])
    }

    @Test func reportOfManyKindsOfFileValidates() throws {
        let report = try Self.jsonReport(
            [("b.md", Array(Self.findings.utf8)), ("a.md", Array(Self.clean.utf8)), ("c.txt", Self.undecodable)],
            extra: [FileResult(path: "d.md", failure: "cannot read file")])
        #expect(report["files"]?.arrayValue?.map { $0["path"] } == ["a.md", "b.md", "c.txt", "d.md"].map(JSONValue.string))
        #expect(report["summary"] == .object(["files": .integer(4), "errors": .integer(2), "warnings": .integer(1), "infos": .integer(0)]))
        #expect(try Self.validator().validate(report) == [])
    }

    // MARK: JSON Lines

    /// Each line of the `jsonl` report, parsed.
    static func jsonLines(_ files: [(path: String, bytes: [UInt8])]) throws -> [JSONValue] {
        let linter = Linter(catalog: try LanguageCatalog.builtIn())
        let report = LintReport(files: try files.map { try linter.lint(bytes: $0.bytes, path: $0.path) })
        let text = JSONLinesReporter().report(report)
        #expect(text.hasSuffix("\n"))
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { try JSONValue(parsing: String($0)) }
    }

    @Test func jsonLinesAreTheDiagnosticsWithTheirPathAndValidate() throws {
        let lines = try Self.jsonLines([("b.md", Array(Self.findings.utf8)), ("a.md", Array(Self.clean.utf8)), ("c.txt", Self.undecodable)])
        let report = try Self.jsonReport([("b.md", Array(Self.findings.utf8)), ("c.txt", Self.undecodable)])
        // The JSON report's diagnostics in order, each with its path: nothing for the clean file.
        var expected: [JSONValue] = []
        for file in report["files"]?.arrayValue ?? [] {
            for case .object(var members) in file["diagnostics"]?.arrayValue ?? [] {
                members["path"] = file["path"]
                expected.append(.object(members))
            }
        }
        #expect(expected.count == 3)
        #expect(lines == expected)
        #expect(lines.map { $0["rule"] } == ["numbering/paragraph-sequence", "structure/heading-emphasis", "parse/encoding"].map(JSONValue.string))
        for line in lines {
            #expect(try Self.validator().validate(line, against: "#/$defs/line") == [])
        }
    }

    @Test func jsonLinesAreCompactWithSortedKeys() throws {
        let linter = Linter(catalog: try LanguageCatalog.builtIn())
        let text = JSONLinesReporter().report(LintReport(files: [try linter.lint(bytes: Array(Self.findings.utf8), path: "docs/a.md")]))
        let offset = try #require(CLITests.Documents.utf8Offset(of: "4. The session", in: Self.findings))
        let related = try #require(CLITests.Documents.utf8Offset(of: "2. The session", in: Self.findings))
        #expect(text.split(separator: "\n").first == """
            {"column":1,"endColumn":3,"endLine":22,"endOffset":\(offset + 2),"line":22,"message":"Paragraph 4 follows paragraph 2; expected 3.",\
            "offset":\(offset),"path":"docs/a.md","related":[{"column":1,"line":16,"message":"paragraph 2 is here","offset":\(related)}],\
            "rule":"numbering/paragraph-sequence","severity":"error"}
            """)
    }

    @Test func theLineSchemaHasTheDiagnosticFieldsAndPath() throws {
        let schema = try JSONValue(parsing: Data(contentsOf: Self.schemaURL))
        let diagnostic = try #require(schema["$defs"]?["diagnostic"])
        let line = try #require(schema["$defs"]?["line"])
        let fields = Set(try #require(diagnostic["properties"]?.objectValue).keys)
        #expect(Set(try #require(line["properties"]?.objectValue).keys) == fields.union(["path"]))
        #expect(line["required"]?.arrayValue == [.string("path")] + (diagnostic["required"]?.arrayValue ?? []))
        #expect(schema["properties"]?["files"]?["items"]?["properties"]?["diagnostics"]?["items"] == .object(["$ref": .string("#/$defs/diagnostic")]))
    }

    @Test(arguments: [
        BrokenReport("a line without path", at: "/path", becomes: nil, errors: [#"(root): required property "path" is missing"#]),
        BrokenReport("a line with a file's language", at: "/language", becomes: .string("en"), errors: [#"(root): property "language" is not allowed"#]),
        BrokenReport("a line with line 0", at: "/line", becomes: .integer(0), errors: ["/line: 0 is less than the minimum 1"]),
        BrokenReport(
            "a line with a related place without offset", at: "/related/0/offset", becomes: nil,
            errors: [#"/related/0: required property "offset" is missing"#]),
    ])
    func brokenLineIsRejected(_ broken: BrokenReport) throws {
        let line = try #require(try Self.jsonLines([("A-HRC-55-1.md", Array(Self.findings.utf8))]).first)
        #expect(try Self.validator().validate(line, against: "#/$defs/line") == [])
        #expect(try Self.validator().validate(line.replacing(broken.pointer, with: broken.value), against: "#/$defs/line") == broken.errors)
    }

    // MARK: Broken reports are rejected

    @Test(arguments: [
        BrokenReport(
            "a diagnostic without endOffset", at: "/files/0/diagnostics/0/endOffset", becomes: nil,
            errors: [#"/files/0/diagnostics/0: required property "endOffset" is missing"#]),
        BrokenReport(
            "a file without diagnostics", at: "/files/0/diagnostics", becomes: nil,
            errors: [#"/files/0: required property "diagnostics" is missing"#]),
        BrokenReport(
            "no summary", at: "/summary", becomes: nil,
            errors: [#"(root): required property "summary" is missing"#]),
        BrokenReport(
            "an extra summary count", at: "/summary/fatals", becomes: .integer(0),
            errors: [#"/summary: property "fatals" is not allowed"#]),
        BrokenReport(
            "an extra key in a related place", at: "/files/0/diagnostics/0/related/0/endLine", becomes: .integer(15),
            errors: [#"/files/0/diagnostics/0/related/0: property "endLine" is not allowed"#]),
        BrokenReport(
            "an unknown severity", at: "/files/0/diagnostics/0/severity", becomes: .string("fatal"),
            errors: [#"/files/0/diagnostics/0/severity: "fatal" is not one of: "error", "warning", "info""#]),
        BrokenReport(
            "a capitalised severity", at: "/files/0/diagnostics/1/severity", becomes: .string("Warning"),
            errors: [#"/files/0/diagnostics/1/severity: "Warning" is not one of: "error", "warning", "info""#]),
        BrokenReport(
            "a rule id without family", at: "/files/0/diagnostics/0/rule", becomes: .string("paragraph-sequence"),
            errors: [#"/files/0/diagnostics/0/rule: "paragraph-sequence" does not match the pattern ^[a-z]+/[a-z]+(-[a-z]+)*$"#]),
        BrokenReport(
            "column 0", at: "/files/0/diagnostics/0/column", becomes: .integer(0),
            errors: ["/files/0/diagnostics/0/column: 0 is less than the minimum 1"]),
        BrokenReport(
            "a negative offset", at: "/files/0/diagnostics/0/related/0/offset", becomes: .integer(-1),
            errors: ["/files/0/diagnostics/0/related/0/offset: -1 is less than the minimum 0"]),
        BrokenReport(
            "a fractional line", at: "/files/0/diagnostics/0/line", becomes: .number(1.5),
            errors: ["/files/0/diagnostics/0/line: expected integer, found number 1.5"]),
        BrokenReport(
            "a line as a string", at: "/files/0/diagnostics/0/line", becomes: .string("20"),
            errors: [#"/files/0/diagnostics/0/line: expected integer, found string "20""#]),
        BrokenReport(
            "a three-letter language", at: "/files/0/language", becomes: .string("eng"),
            errors: [#"/files/0/language: "eng" does not match the pattern ^[a-z]{2}$"#]),
        BrokenReport(
            "a language as a number", at: "/files/0/language", becomes: .integer(1),
            errors: ["/files/0/language: expected one of string, null, found integer 1"]),
        BrokenReport(
            "another tool", at: "/tool/name", becomes: .string("eslint"),
            errors: [#"/tool/name: expected "unlint", found "eslint""#]),
        BrokenReport(
            "diagnostics as an object", at: "/files/0/diagnostics", becomes: .object([:]),
            errors: ["/files/0/diagnostics: expected array, found object {}"]),
        BrokenReport(
            "an error that is not a string", at: "/files/0/error", becomes: .bool(true),
            errors: ["/files/0/error: expected string, found boolean true"]),
    ])
    func brokenReportIsRejected(_ broken: BrokenReport) throws {
        let report = try Self.jsonReport([("A-HRC-55-1.md", Array(Self.findings.utf8))])
        #expect(try Self.validator().validate(report) == [], "the unbroken report must validate")
        #expect(try Self.validator().validate(report.replacing(broken.pointer, with: broken.value)) == broken.errors)
    }

    @Test func everyErrorIsReportedNotJustTheFirst() throws {
        let report = try Self.jsonReport([("A-HRC-55-1.md", Array(Self.findings.utf8))])
            .replacing("/files/0/diagnostics/0/severity", with: .string("fatal"))
            .replacing("/files/0/diagnostics/1/endLine", with: nil)
            .replacing("/tool/build", with: .string("debug"))
        #expect(try Self.validator().validate(report) == [
            #"/files/0/diagnostics/0/severity: "fatal" is not one of: "error", "warning", "info""#,
            #"/files/0/diagnostics/1: required property "endLine" is missing"#,
            #"/tool: property "build" is not allowed"#,
        ])
    }

    // MARK: The validator on its own

    @Test func validatorChecksEachKeyword() throws {
        let schema = try JSONValue(parsing: #"""
            {
              "type": "object",
              "properties": {
                "id": {"type": "string", "pattern": "^[a-z]+$"},
                "kind": {"enum": ["a", "b", 3]},
                "fixed": {"const": {"x": [1, null]}},
                "count": {"type": "integer", "minimum": 2},
                "maybe": {"type": ["integer", "null"]},
                "list": {"type": "array", "items": {"type": "number", "minimum": 0.5}}
              },
              "required": ["id"],
              "additionalProperties": false
            }
            """#)
        let validator = try JSONSchemaValidator(schema: schema)
        func errors(_ json: String) throws -> [String] { validator.validate(try JSONValue(parsing: json)) }

        #expect(try errors(#"{"id": "abc", "kind": 3, "fixed": {"x": [1.0, null]}, "count": 2.0, "maybe": null, "list": [0.5, 7]}"#) == [])
        #expect(try errors(#"{"id": "abc", "maybe": 4}"#) == [])
        #expect(try errors("[]") == ["(root): expected object, found array []"])
        #expect(try errors(#"{}"#) == [#"(root): required property "id" is missing"#])
        #expect(try errors(#"{"id": "aBc"}"#) == [#"/id: "aBc" does not match the pattern ^[a-z]+$"#])
        #expect(try errors(#"{"id": 5}"#) == ["/id: expected string, found integer 5"])
        #expect(try errors(#"{"id": "a", "kind": "c"}"#) == [#"/kind: "c" is not one of: "a", "b", 3"#])
        #expect(try errors(#"{"id": "a", "fixed": {"x": [1]}}"#) == [#"/fixed: expected {"x":[1,null]}, found {"x":[1]}"#])
        #expect(try errors(#"{"id": "a", "count": 1}"#) == ["/count: 1 is less than the minimum 2"])
        #expect(try errors(#"{"id": "a", "count": true}"#) == ["/count: expected integer, found boolean true"])
        #expect(try errors(#"{"id": "a", "maybe": "x"}"#) == [#"/maybe: expected one of integer, null, found string "x""#])
        #expect(try errors(#"{"id": "a", "list": [1, "2", 0.25]}"#) == [
            #"/list/1: expected number, found string "2""#, "/list/2: 0.25 is less than the minimum 0.5",
        ])
        #expect(try errors(#"{"id": "a", "a/b~c": 1}"#) == [#"(root): property "a/b~c" is not allowed"#])
    }

    @Test func referencesAreFollowedAndErrorsNamedWhereTheInstanceIs() throws {
        let validator = try JSONSchemaValidator(schema: JSONValue(parsing: ##"""
            {
              "type": "array",
              "items": {"$ref": "#/$defs/point"},
              "$defs": {
                "point": {
                  "type": "object",
                  "properties": {"x": {"$ref": "#/$defs/coordinate"}, "y": {"$ref": "#/$defs/point/properties/x"}},
                  "required": ["x", "y"],
                  "additionalProperties": false
                },
                "coordinate": {"type": "integer", "minimum": 0}
              }
            }
            """##))
        #expect(validator.validate(try JSONValue(parsing: #"[{"x": 1, "y": 2}]"#)) == [])
        #expect(validator.validate(try JSONValue(parsing: #"[{"x": -1, "y": "2"}, {"x": 0}]"#)) == [
            "/0/x: -1 is less than the minimum 0", #"/0/y: expected integer, found string "2""#,
            #"/1: required property "y" is missing"#,
        ])
        #expect(try validator.validate(.integer(-3), against: "#/$defs/coordinate") == ["(root): -3 is less than the minimum 0"])
        #expect(throws: JSONSchemaValidator.SchemaError.self) { try validator.validate(.null, against: "#/$defs/nothing") }
    }

    @Test func patternMatchesAnywhereUnlessAnchored() throws {
        let validator = try JSONSchemaValidator(schema: JSONValue(parsing: #"{"pattern": "b+"}"#))
        #expect(validator.validate(.string("abba")) == [])
        #expect(validator.validate(.string("acca")) == [#"(root): "acca" does not match the pattern b+"#])
        #expect(validator.validate(.integer(7)) == [], "pattern applies to strings only")
    }

    @Test func pointersEscapeTildeAndSlash() throws {
        let validator = try JSONSchemaValidator(schema: JSONValue(parsing: #"{"properties": {"a/b~c": {"type": "null"}}}"#))
        #expect(validator.validate(.object(["a/b~c": .integer(1)])) == ["/a~1b~0c: expected null, found integer 1"])
    }

    @Test(arguments: [
        (#"{"properties": {"a": {"minLength": 1}}}"#, #"/properties/a/minLength: unsupported keyword "minLength""#),
        (##"{"$ref": "#/$defs/x"}"##, ##"/$ref: "#/$defs/x" does not name a schema in this document"##),
        (#"{"$ref": "https://example.org/report.json"}"#, #"/$ref: only references within the schema (#/…) are supported, not "https://example.org/report.json""#),
        (#"{"$defs": {"x": {"format": "uri"}}}"#, #"/$defs/x/format: unsupported keyword "format""#),
        (#"{"additionalProperties": {"type": "string"}}"#, #"/additionalProperties: only "additionalProperties": false is supported"#),
        (#"{"type": "float"}"#, #"/type: "type" must be a type name or an array of them, not "float""#),
        (#"{"pattern": "("}"#, #"/pattern: "pattern" must be a valid regular expression, not "(""#),
        (#"{"items": true}"#, "/items: a schema must be an object, not true"),
    ])
    func validatorRejectsSchemasItCannotCheck(schema: String, expected: String) throws {
        #expect(throws: JSONSchemaValidator.SchemaError.self) { try JSONSchemaValidator(schema: JSONValue(parsing: schema)) }
        do {
            _ = try JSONSchemaValidator(schema: JSONValue(parsing: schema))
        } catch let error as JSONSchemaValidator.SchemaError {
            #expect(error.description == expected)
        }
    }
}

extension ReportSchemaTests {
    /// A report broken in one place, and the exact errors the validator must give.
    struct BrokenReport: Sendable, CustomTestStringConvertible {
        let name: String
        let pointer: String
        /// The new value at `pointer`, or nil to remove the key.
        let value: JSONValue?
        let errors: [String]

        init(_ name: String, at pointer: String, becomes value: JSONValue?, errors: [String]) {
            self.name = name
            self.pointer = pointer
            self.value = value
            self.errors = errors
        }

        var testDescription: String { name }
    }
}

extension JSONValue {
    /// A copy with the value at a JSON pointer set (an object member may be
    /// new) or, with nil, removed. Array elements are addressed by index.
    func replacing(_ pointer: String, with value: JSONValue?) -> JSONValue {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        return replacing(tokens[...], with: value)
    }

    private func replacing(_ tokens: ArraySlice<String>, with value: JSONValue?) -> JSONValue {
        guard let token = tokens.first else { return value ?? .null }
        let rest = tokens.dropFirst()
        switch self {
        case .object(var members):
            if rest.isEmpty && value == nil {
                members[token] = nil
            } else {
                members[token] = (members[token] ?? .null).replacing(rest, with: value)
            }
            return .object(members)
        case .array(var elements):
            let index = Int(token)!
            if rest.isEmpty && value == nil {
                elements.remove(at: index)
            } else {
                elements[index] = elements[index].replacing(rest, with: value)
            }
            return .array(elements)
        default:
            preconditionFailure("no member \(token) in \(self)")
        }
    }
}
