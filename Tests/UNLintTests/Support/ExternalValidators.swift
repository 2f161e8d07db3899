import Foundation

/// The public validators `.ci/run` installs (Debian `libxml2-utils` and
/// `python3-jsonschema`) and the reference schemas in `../shared/schemas`:
/// tests that need them skip with a message when one is missing.
enum ExternalValidators {
    static let junitSchema = TestSupport.shared?.appendingPathComponent("schemas/junit-10.xsd")
    static let sarifSchema = TestSupport.shared?.appendingPathComponent("schemas/sarif-schema-2.1.0.json")

    static let xmllint: URL? = ["/usr/bin/xmllint", "/bin/xmllint"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The system Python when it has the jsonschema module (pyenv's Python may not).
    static let python: URL? = {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path),
            (try? run(python, ["-c", "import jsonschema"]))?.status == 0
        else { return nil }
        return python
    }()

    static var canValidateJUnit: Bool { xmllint != nil && junitSchema != nil }
    static var canValidateSARIF: Bool { python != nil && sarifSchema != nil }

    static let missingJUnit = "needs xmllint (Debian libxml2-utils) and ../shared/schemas/junit-10.xsd"
    static let missingSARIF = "needs /usr/bin/python3 with jsonschema (Debian python3-jsonschema) and ../shared/schemas/sarif-schema-2.1.0.json"

    /// `xmllint --schema junit-10.xsd`: nil when valid, else what it said.
    static func junitProblems(_ xml: String) throws -> String? {
        let file = try temporaryFile(xml, suffix: ".xml")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(xmllint!, ["--noout", "--schema", junitSchema!.path, file.path])
        return result.status == 0 ? nil : result.output
    }

    /// The SARIF log against the OASIS schema with jsonschema (formats
    /// checked where the module can): nil when valid, else what it said.
    static func sarifProblems(_ log: String) throws -> String? {
        let file = try temporaryFile(log, suffix: ".sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            log = json.load(open(sys.argv[2], encoding="utf-8"))
            validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
            errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
            print("\\n".join(errors))
            sys.exit(1 if errors else 0)
            """
        let result = try run(python!, ["-c", script, sarifSchema!.path, file.path])
        return result.status == 0 ? nil : result.output
    }

    private static func temporaryFile(_ text: String, suffix: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unlint-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: file)
        return file
    }

    private static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
