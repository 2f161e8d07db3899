import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import UNLint

/// Paths, messages and document text holding everything a consumer could
/// choke on: every report stays valid for its consumer and reads back as the
/// same text (less what XML 1.0 cannot carry).
@Suite struct HostileContentTests {
    /// Markup, quotes, a CDATA end, escapes of each format, separators, line
    /// breaks, a tab, control characters, a non-character, right-to-left text and emoji.
    static let hostile = "<b>&amp; \"q\" 'a' ]]> 100% %0A a,b c:d ::error\ttab\r\nCRLF\nLF \u{1}\u{B}\u{FFFE} مرحبا \u{200F}עברית 😀👩🏽‍⚖️ |x| **y**"

    static let path = "docs/<a&b> \"q\" ]]> 100%,x:y\ttab\r\nline \u{1}\u{B}\u{FFFE} مرحبا 😀.md"

    /// A document with the hostile text in a paragraph and in a link's text
    /// (which the message quotes), CR LF line endings, and paragraph 2 missing.
    static let document = FixtureDocuments.header + """
        # I. Introduction\r
        \r
        1. The text holds <tags> & "quotes" ]]> 100%, a:b,\ttabs, \u{1}\u{B}\u{FFFE}, مرحبا, \u{200F}עברית and 😀 \
        ([<b>&"%,:\u{1}\u{B}\u{FFFE} مرحبا 😀](#)).\r
        \r
        3. The session ended.\r

        """

    static let linkMessage = "Link [<b>&\"%,:\u{1}\u{B}\u{FFFE} مرحبا 😀] has the placeholder target #."

    /// The document linted under the hostile path, with one more finding whose
    /// message is the whole hostile text, and an unreadable file whose path and reason are hostile.
    static func report() throws -> LintReport {
        let linted = try Linter(catalog: TestSupport.catalog).lint(bytes: Array(document.utf8), path: path)
        let planted = Diagnostic(
            rule: "structure/heading-level", severity: .warning, message: hostile,
            range: SourceRange(start: SourcePosition(line: 12, column: 3, offset: 0), end: SourcePosition(line: 12, column: 9, offset: 0)))
        let file = FileResult(
            path: path, language: linted.language, source: SourceText(document),
            diagnostics: Diagnostic.sortedForOutput(linted.diagnostics + [planted]), doctype: linted.doctype)
        return LintReport(
            files: [file, FileResult(path: path + "2", failure: "cannot read: " + hostile)], rules: TestSupport.allRules)
    }

    static let messages = [linkMessage, "Paragraph 3 follows paragraph 1; expected 2.", hostile]

    @Test func theDocumentsFindingsQuoteTheHostileText() throws {
        let report = try Self.report()
        #expect(report.files[0].diagnostics.map(\.rule) == ["structure/heading-level", "link/empty-target", "numbering/paragraph-sequence"])
        #expect(Set(report.files[0].diagnostics.map(\.message)) == Set(Self.messages))
    }

    /// What XML 1.0 can carry of a string.
    static func xml(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLEscaping.isAllowed)))
    }

    // MARK: XML

    @Test(arguments: [JUnitReporter.Granularity.document, .diagnostic])
    func junitParsesAndKeepsEveryValue(_ granularity: JUnitReporter.Granularity) throws {
        let xml = JUnitReporter(granularity: granularity).report(try Self.report())
        let parsed = try XMLElements(parsing: xml)
        let suites = parsed.elements.filter { $0.name == "testsuite" }
        #expect(suites.map { $0.attributes["name"] } == [Self.xml(Self.path), Self.xml(Self.path + "2")])
        #expect(suites.map { $0.attributes["file"] } == suites.map { $0.attributes["name"] })
        let cases = parsed.elements.filter { $0.name == "testcase" }
        #expect(cases.allSatisfy { $0.attributes["classname"] == Self.xml(Self.path) || $0.attributes["classname"] == Self.xml(Self.path + "2") })
        let failures = parsed.elements.filter { $0.name == "failure" }
        #expect(failures.map { $0.attributes["message"] } == ["Paragraph 3 follows paragraph 1; expected 2."])
        let outputs = parsed.elements.filter { $0.name == "system-out" }.map(\.text)
        #expect(Set(outputs) == Set(["12:3 warning " + Self.xml(Self.hostile), "14:84 warning " + Self.xml(Self.linkMessage)]))
        let errors = parsed.elements.filter { $0.name == "error" }
        #expect(errors.map { $0.attributes["message"] } == [Self.xml("cannot read: " + Self.hostile)])
    }

    @Test(.enabled(if: ExternalValidators.canValidateJUnit, "\(ExternalValidators.missingJUnit)"), arguments: [JUnitReporter.Granularity.document, .diagnostic])
    func junitIsValidAgainstTheSchema(_ granularity: JUnitReporter.Granularity) throws {
        #expect(try ExternalValidators.junitProblems(JUnitReporter(granularity: granularity).report(try Self.report())) == nil)
    }

    @Test func checkstyleParsesAndKeepsEveryValue() throws {
        let parsed = try XMLElements(parsing: CheckstyleReporter().report(try Self.report()))
        #expect(parsed.elements.filter { $0.name == "file" }.map { $0.attributes["name"] } == [Self.xml(Self.path), Self.xml(Self.path + "2")])
        let errors = parsed.elements.filter { $0.name == "error" }
        #expect(errors.map { $0.attributes["message"] } == (Self.messagesInOrder() + ["cannot read: " + Self.hostile]).map(Self.xml))
        #expect(errors.compactMap { $0.attributes["line"] } == ["12", "14", "16"])
    }

    static func messagesInOrder() -> [String] {
        (try? report().files[0].diagnostics.map(\.message)) ?? []
    }

    // MARK: JSON

    @Test func jsonAndJSONLinesParseAndKeepEveryValue() throws {
        let report = try Self.report()
        let json = try JSONSerialization.jsonObject(with: Data(JSONReporter().report(report).utf8)) as? [String: Any]
        let files = try #require(json?["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == [Self.path, Self.path + "2"])
        #expect((files[0]["diagnostics"] as? [[String: Any]])?.map { $0["message"] as? String } == Self.messagesInOrder())
        #expect(try ReportSchemaTests.validator().validate(try JSONValue(parsing: JSONReporter().report(report))) == [])

        let text = JSONLinesReporter().report(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3, "a line per diagnostic: no line break in a value survives unescaped")
        for (line, message) in zip(lines, Self.messagesInOrder()) {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["message"] as? String == message)
            #expect(object?["path"] as? String == Self.path)
            #expect(try ReportSchemaTests.validator().validate(try JSONValue(parsing: String(line)), against: "#/$defs/line") == [])
        }
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control characters are escaped")
    }

    @Test func gitLabParsesAndKeepsEveryValue() throws {
        let issues = try JSONSerialization.jsonObject(with: Data(GitLabCodeQualityReporter().report(try Self.report()).utf8)) as? [[String: Any]]
        #expect(issues?.map { $0["description"] as? String } == Self.messagesInOrder())
        #expect(issues?.map { ($0["location"] as? [String: Any])?["path"] as? String } == Array(repeating: Self.path, count: 3))
    }

    @Test func sarifParsesWithValidURIsAndKeepsEveryValue() throws {
        let text = SARIFReporter().report(try Self.report())
        let log = try JSONValue(parsing: text)
        let results = try #require(log["runs"]?[0]?["results"]?.arrayValue)
        #expect(results.map { $0["message"]?["text"] } == Self.messagesInOrder().map(JSONValue.string))
        let uri = try #require(results[0]["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue)
        #expect(uri.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && !"<>\"{}|\\^` ,:#?[]@!$&'()*+;=".unicodeScalars.contains($0) || $0 == "%" })
        #expect(uri.removingPercentEncoding == Self.path)
        #expect(URL(string: uri) != nil)
        let notification = log["runs"]?[0]?["invocations"]?[0]?["toolExecutionNotifications"]?[0]
        #expect(notification?["message"]?["text"] == .string("cannot read: " + Self.hostile))
    }

    @Test(.enabled(if: ExternalValidators.canValidateSARIF, "\(ExternalValidators.missingSARIF)"))
    func sarifIsValidAgainstTheSchema() throws {
        #expect(try ExternalValidators.sarifProblems(SARIFReporter().report(try Self.report())) == nil)
    }

    // MARK: GitHub

    @Test func gitHubCommandsStayOneLineEachAndUnescapeToTheOriginal() throws {
        let output = GitHubAnnotationsReporter().report(try Self.report())
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4, "three findings and the unreadable file")
        #expect(!output.contains("\r"))
        var messages: [String] = []
        var paths: [String] = []
        for line in lines {
            // `::command properties::message`: the first `::` after the properties ends them.
            let body = line.drop { $0 != " " }.dropFirst()
            let separator = try #require(body.range(of: "::"))
            let properties = body[..<separator.lowerBound].split(separator: ",").map { String($0) }
            #expect(properties.allSatisfy { $0.split(separator: "=", maxSplits: 1).count == 2 }, "\(properties)")
            let file = try #require(properties.first { $0.hasPrefix("file=") }).dropFirst(5)
            paths.append(Self.unescape(String(file)))
            messages.append(Self.unescape(String(body[separator.upperBound...])))
        }
        #expect(messages == Self.messagesInOrder() + ["cannot read: " + Self.hostile])
        #expect(paths == Array(repeating: Self.path, count: 3) + [Self.path + "2"])
    }

    /// The runner's decoding of a workflow command value.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
            .replacingOccurrences(of: "%25", with: "%")
    }

    @Test func theStepSummaryTableKeepsOneRowPerFinding() throws {
        let summary = GitHubAnnotationsReporter().stepSummary(try Self.report())
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == 2 + 4, "the header, the separator, three findings and the unreadable file")
        // Every row has its four cells: no `|` from the text ends one.
        #expect(rows.allSatisfy { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 5 })
        #expect(!summary.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    // MARK: Through the command

    @Test func theCommandWritesValidReportsOfAFileWithAHostileName() throws {
        let fixture = try CLITests.Fixture()
        // A file name may hold anything but `/` and NUL.
        let name = "<a&b> \"q\" ]]> 100%,x:y\ttab\nline \u{1}\u{B} مرحبا 😀.md"
        try fixture.write(name, Self.document)
        var arguments = ["--format", "github", name]
        for format in ReportFormat.allCases {
            arguments += ["--report", "\(format.rawValue)=out/report.\(format.rawValue)"]
        }
        let result = try fixture.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr == "")
        // The two findings of the library's report, and `100%` in running text (style/en-per-cent).
        #expect(result.stdout.split(separator: "\n").count == 3)
        func written(_ format: ReportFormat) throws -> String {
            try String(contentsOf: fixture.url("out/report.\(format.rawValue)"), encoding: .utf8)
        }
        let junit = try XMLElements(parsing: try written(.junit))
        #expect(junit.elements.first { $0.name == "testsuite" }?.attributes["name"] == Self.xml(name))
        #expect(try XMLElements(parsing: try written(.checkstyle)).elements.first { $0.name == "file" }?.attributes["name"] == Self.xml(name))
        for format in [ReportFormat.json, .sarif, .gitlab] {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(try written(format).utf8)) }
        }
        #expect(try written(.jsonl).split(separator: "\n").count == 3)
        if ExternalValidators.canValidateJUnit {
            #expect(try ExternalValidators.junitProblems(try written(.junit)) == nil)
        }
        if ExternalValidators.canValidateSARIF {
            #expect(try ExternalValidators.sarifProblems(try written(.sarif)) == nil)
        }
    }
}

/// Every element of an XML document with its attributes and text, as
/// Foundation's parser reads them; parsing fails on a malformed document.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    init(parsing xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw ParseError(description: "line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }
}
