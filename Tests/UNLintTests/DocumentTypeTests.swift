import Foundation
import Testing
@testable import UNLint

/// Document types: the built-in data, strict loading, detection from the
/// header block, the `--doctype` override, and `structure/section-order`
/// beyond its examples.
@Suite struct DocumentTypeTests {
    // MARK: Built-in types

    @Test func builtInTypesLoadInDetectionOrder() throws {
        let catalog = try DocumentTypeCatalog.builtIn()
        #expect(catalog.types.map(\.id) == ["resolution", "summary-record", "ceb-summary", "report"])
        #expect(catalog.types.map(\.priority) == [40, 30, 20, 10])
        #expect(catalog.ids == ["ceb-summary", "report", "resolution", "summary-record"])
        #expect(DocumentTypeCatalog.standard.types.map(\.id) == catalog.types.map(\.id))
    }

    @Test func originalLineIsDataForTheHeaderRules() throws {
        let catalog = try DocumentTypeCatalog.builtIn()
        #expect(catalog.type(id: "resolution")?.originalLine == .absent)
        #expect(catalog.type(id: "report")?.originalLine == .required)
        #expect(catalog.type(id: "summary-record")?.originalLine == .required)
        #expect(catalog.type(id: "ceb-summary")?.originalLine == .required)
    }

    @Test func onlyTheCEBSummaryRequiresChapters() throws {
        let catalog = try DocumentTypeCatalog.builtIn()
        let ceb = try #require(catalog.type(id: "ceb-summary"))
        #expect(ceb.name == "CEB summary of deliberations")
        #expect(ceb.requiredChapters.map(\.name) == ["Introduction", "Other matters"])
        #expect(ceb.requiredChapters.map(\.position) == [.first, .last])
        #expect(ceb.requiredChapters[1].titles["fr"]?.name == "Autres questions")
        #expect(ceb.requiredChapters[1].titles["es"]?.name == "Otros asuntos")
        // Every language has a (possibly unconfirmed, permissive) form.
        #expect(Set(ceb.requiredChapters[1].titles.keys) == ["ar", "en", "es", "fr", "ru", "zh"])
        for id in ["report", "resolution", "summary-record"] {
            #expect(catalog.type(id: id)?.requiredChapters == [], "\(id)")
        }
    }

    @Test(arguments: [
        ("Autres questions", true), ("AUTRES QUESTIONS", true), ("Other matters", true), ("Otros asuntos", true),
        ("Прочие вопросы", true), ("其他事项", true), ("مسائل أخرى", true), ("Other matters*", true),
        ("Autres débats", false), ("Other mattersome", false), ("Premier débat – autres questions", false),
    ])
    func otherMattersTitles(title: String, matches: Bool) throws {
        let ceb = try #require(DocumentTypeCatalog.standard.type(id: "ceb-summary"))
        #expect(try ceb.requiredChapters[1].matches(title: title) == matches)
    }

    // MARK: Loading errors

    static let valid = """
        id: test
        name: test document
        priority: 5
        original-line: required
        detection:
          symbols: ['^T/\\d+$']
          titles:
            en: ['^Test title$']
        required-chapters:
          - name: Introduction
            position: first
            titles:
              en: {name: Introduction, patterns: ['^Introduction']}

        """

    static func replacing(_ old: String, with new: String) -> String {
        precondition(valid.contains(old), old)
        return valid.replacingOccurrences(of: old + "\n", with: new)
    }

    static func error(_ line: Int, _ column: Int, _ message: String) -> RuleDataError {
        RuleDataError(file: "test.yml", line: line, column: column, message: message)
    }

    @Test func validFileLoads() throws {
        let type = try DocumentTypeLoader.load(yaml: Self.valid, file: "test.yml")
        #expect(type.id == "test")
        #expect(type.name == "test document")
        #expect(type.priority == 5)
        #expect(type.originalLine == .required)
        #expect(type.symbolPatterns.map(\.source) == [#"^T/\d+$"#])
        #expect(type.titlePatterns.mapValues { $0.map(\.source) } == ["en": ["^Test title$"]])
        #expect(type.exclusionPatterns.isEmpty)
        #expect(type.requiredChapters.count == 1)
        #expect(type.requiredChapters[0].position == .first)
        #expect(type.requiredChapters[0].titles["en"]?.name == "Introduction")
    }

    @Test(arguments: [
        // Unknown and missing keys
        (replacing("name: test document", with: "nme: test document\n"),
         error(2, 1, "unknown key 'nme'; expected one of: detection, id, issued-after-meeting, name, original-line, priority, required-chapters")),
        (replacing("priority: 5", with: ""), error(1, 1, "missing key 'priority'")),
        (replacing("original-line: required", with: "original-line: required\nissued-after-meeting: often\n"),
         error(5, 23, "'issued-after-meeting' must be true or false, found 'often'")),
        (replacing("required-chapters:", with: "chapters:\n"),
         error(9, 1, "unknown key 'chapters'; expected one of: detection, id, issued-after-meeting, name, original-line, priority, required-chapters")),
        (replacing("  symbols: ['^T/\\d+$']", with: "  symbol: ['^T/\\d+$']\n"),
         error(6, 3, "unknown key 'symbol' in detection; expected one of: exclude, symbols, titles")),
        ("id: test\nname: test\npriority: 5\noriginal-line: absent\ndetection: {}\nrequired-chapters: []\n",
         error(5, 12, "missing key 'symbols' or 'titles' in detection")),
        (replacing("      en: {name: Introduction, patterns: ['^Introduction']}", with: "      en: {patterns: ['^Introduction']}\n"),
         error(13, 11, "missing key 'name' in en")),
        (replacing("    position: first", with: "    place: first\n"),
         error(11, 5, "unknown key 'place' in required-chapters; expected one of: name, position, titles")),
        // Languages must have a profile
        (replacing("    en: ['^Test title$']", with: "    xx: ['^Test title$']\n"),
         error(8, 5, "unknown key 'xx' in titles; expected one of: ar, en, es, fr, ru, zh")),
        (replacing("      en: {name: Introduction, patterns: ['^Introduction']}", with: "      EN: {name: Introduction, patterns: ['^Introduction']}\n"),
         error(13, 7, "unknown key 'EN' in titles; expected one of: ar, en, es, fr, ru, zh")),
        (replacing("    en: ['^Test title$']", with: "    {}\n"), error(8, 5, "'titles' must not be empty")),
        // Wrong types and values
        (replacing("id: test", with: "id: Test\n"), error(1, 5, "id 'Test' must be lower-case words joined by hyphens")),
        (replacing("priority: 5", with: "priority: '5'\n"), error(3, 11, "'priority' must be an integer, found '5'")),
        (replacing("priority: 5", with: "priority: 0x10\n"), error(3, 11, "'priority' must be a decimal integer, found '0x10'")),
        (replacing("priority: 5", with: "priority: 5.5\n"), error(3, 11, "'priority' must be an integer, found a number")),
        (replacing("original-line: required", with: "original-line: optional\n"),
         error(4, 16, "'original-line' must be 'required' or 'absent', found 'optional'")),
        (replacing("    position: first", with: "    position: middle\n"),
         error(11, 15, "'position' must be 'first' or 'last', found 'middle'")),
        ("id: test\nname: test\npriority: 5\noriginal-line: absent\ndetection:\n  symbols: ['^T$']\nrequired-chapters: {}\n",
         error(7, 20, "'required-chapters' must be a list, found a mapping")),
        (replacing("  symbols: ['^T/\\d+$']", with: "  symbols: []\n"), error(6, 12, "'symbols' must not be empty")),
        // Positions must agree with the list order
        (replacing("    position: first", with: "    position: last\n") + "  - name: Other matters\n    titles:\n      en: {name: Other matters, patterns: ['^Other']}\n",
         error(11, 15, "only the last required chapter can have position 'last'")),
        (valid + "  - name: Other matters\n    position: first\n    titles:\n      en: {name: Other matters, patterns: ['^Other']}\n",
         error(15, 15, "only the first required chapter can have position 'first'")),
        (valid + "  - name: Introduction\n    titles:\n      en: {name: Introduction, patterns: ['^Intro']}\n",
         error(14, 11, "'required-chapters' lists 'Introduction' twice")),
        // Patterns PCRE2 rejects: the offset counts scalars, not bytes
        (replacing("  symbols: ['^T/\\d+$']", with: "  symbols: ['^T/(\\d+$']\n"),
         error(6, 13, "invalid pattern in symbols: missing closing parenthesis at pattern offset 8")),
        (replacing("    en: ['^Test title$']", with: "    fr: ['^Résumé (des']\n"),
         error(8, 10, "invalid pattern in titles: missing closing parenthesis at pattern offset 12")),
        (replacing("      en: {name: Introduction, patterns: ['^Introduction']}", with: "      en: {name: Introduction, patterns: ['^Intro[']}\n"),
         error(13, 43, "invalid pattern in required-chapters: missing terminating ] for character class at pattern offset 7")),
        (replacing("  symbols: ['^T/\\d+$']", with: "  symbols: ['^T/\\d+$']\n  exclude: ['*']\n"),
         error(7, 13, "invalid pattern in exclude: quantifier does not follow a repeatable item at pattern offset 0")),
        // YAML syntax
        ("# nothing\n", error(1, 1, "the file is empty")),
        (replacing("name: test document", with: "name: test\nname: again\n"), error(2, 1, "duplicate key 'name'")),
    ])
    func loadError(yaml: String, expected: RuleDataError) {
        #expect(throws: expected) { try DocumentTypeLoader.load(yaml: yaml, file: "test.yml") }
    }

    @Test func titleLanguagesAreThoseGiven() throws {
        #expect(throws: RuleDataError(file: "t.yml", line: 8, column: 5, message: "unknown key 'en' in titles; expected one of: fr")) {
            try DocumentTypeLoader.load(yaml: Self.valid, file: "t.yml", languages: ["fr"])
        }
    }

    @Test func builtInFileMustBeNamedAfterItsId() {
        #expect(throws: RuleDataError(file: "Rules/doctypes/report.yml", line: 1, column: 5,
                                      message: "id 'test' does not match the file name 'report.yml'")) {
            try DocumentTypeLoader.load(files: [("Rules/doctypes/report.yml", Self.valid)], languages: ["en"])
        }
    }

    @Test func twoTypesCannotShareAPriority() {
        let other = Self.valid.replacingOccurrences(of: "id: test", with: "id: other")
        #expect(throws: RuleDataError(file: "Rules/doctypes/test.yml", line: 3, column: 11,
                                      message: "priority 5 is already the priority of 'other'; priorities must differ")) {
            try DocumentTypeLoader.load(
                files: [("Rules/doctypes/test.yml", Self.valid), ("Rules/doctypes/other.yml", other)], languages: ["en"])
        }
    }

    @Test func errorDescriptionNamesFileLineAndColumn() {
        #expect(Self.error(3, 11, "'priority' must be an integer, found '5'").description
            == "test.yml:3:11: 'priority' must be an integer, found '5'")
    }

    // MARK: Detection

    static func parse(_ text: String, format: InputFormat = .markdown, language: String? = nil, doctype: String? = nil) throws -> Document {
        try DocumentParser(catalog: TestSupport.catalog).parse(SourceText(text), format: format, language: language, doctype: doctype)
    }

    struct Detection: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let format: InputFormat
        let type: String?
        let evidence: DocumentTypeEvidence?

        init(_ name: String, _ text: String, format: InputFormat = .markdown, _ type: String?, _ evidence: DocumentTypeEvidence?) {
            self.name = name
            self.text = text
            self.format = format
            self.type = type
            self.evidence = evidence
        }

        var testDescription: String { name }
    }

    @Test(arguments: [
        // CEB summaries: the symbol, else the title, in several languages
        Detection("ceb symbol", "CEB/2025/2\n\nDistr.: General\n\n## Summary of deliberations\n\n# I. Introduction\n", "ceb-summary", .symbolLine(1)),
        Detection("ceb title en", "Distr.: General\n\n## Summary of deliberations\n\n# I. Introduction\n", "ceb-summary", .titleLine(3)),
        Detection("ceb title fr (the sample's symbol lost)",
                  "# Conseil des chefs de secrétariat pour la coordination\n\nDistr. générale\nFrançais\nOriginal : anglais\n\n## Résumé des délibérations\n\n### I. Introduction\n",
                  "ceb-summary", .titleLine(7)),
        Detection("ceb title es", "Distr. general\n\nResumen de las deliberaciones\n\nI. Introducción\n", format: .text, "ceb-summary", .titleLine(3)),
        Detection("ceb symbol in two columns",
                  "United Nations System                                        CEB/2021/1\nChief Executives Board for Coordination     Distr.: General\n",
                  format: .text, "ceb-summary", .symbolLine(1)),
        Detection("another CEB document is not a summary",
                  "CEB/2021/4\n\nReport of the High-level Committee on Programmes at its forty-first session\n\n# I. Introduction\n",
                  "report", .titleLine(3)),
        Detection("a CEB addendum is not a summary", "CEB/2021/1/Add.1\n\nDistr.: General\n\n1. Text.\n", nil, nil),
        // Resolutions
        Detection("resolution symbol", "United Nations\nA/RES/80/3\nGeneral Assembly\nDistr.: General\n\n1. Decides.\n", format: .text, "resolution", .symbolLine(2)),
        Detection("resolution title", "United Nations\nGeneral Assembly Distr.: General\nResolution adopted by the General Assembly on 19 September 2025\n\n1. Decides.\n",
                  "resolution", .titleLine(3)),
        Detection("resolution title fr, 1994",
                  "NATIONS\nUNIES\nAssemblée générale\nDistr.\nGENERALE\nRESOLUTION ADOPTEE PAR L’ASSEMBLEE GENERALE\n\n1. Décide.\n",
                  format: .text, "resolution", .titleLine(6)),
        Detection("old resolution symbol", "A/RES/217 (III)\n\n1. Text.\n", format: .text, "resolution", .symbolLine(1)),
        Detection("a resolution's symbol outranks the report it cites",
                  "A/RES/80/12\n\nReport of the Secretary-General\n\n1. Takes note.\n", format: .text, "resolution", .symbolLine(1)),
        Detection("an HRC resolution is not this type (it carries an Original line)", "A/HRC/RES/35/3\n\nDistr.: General\n\n1. Text.\n", format: .text, nil, nil),
        // Summary records
        Detection("summary record symbol", "United Nations                A/C.4/64/SR.22\nGeneral Assembly\n\nSummary record of the 22nd meeting\n\n1. Mr. X said.\n",
                  format: .text, "summary-record", .symbolLine(1)),
        Detection("summary record title ru", "CERD\nRUSSIAN\nOriginal: ENGLISH\n\nКРАТКИЙ ОТЧЕТ О 1523-м ЗАСЕДАНИИ\n\n1. Текст.\n",
                  format: .text, "summary-record", .titleLine(5)),
        Detection("summary record title en", "Summary record (partial) of the 3rd meeting\n\n1. Text.\n", format: .text, "summary-record", .titleLine(1)),
        // Reports
        Detection("report title en", "A/78/123\n\nDistr.: General\n\nReport of the Secretary-General\n\n# I. Background\n", "report", .titleLine(5)),
        Detection("report title fr", "Distr. générale\n\nRapport national présenté conformément au\nparagraphe 15 a)\n\nI. Méthodologie\n",
                  format: .text, "report", .titleLine(3)),
        Detection("report title ru", "Russian\nOriginal: English\n\nДоклад Генерального секретаря\n\nI. Введение\n", format: .text, "report", .titleLine(4)),
        Detection("a draft's agenda item is not a report title",
                  "A/C.6/80/L.8\nGeneral Assembly\nDistr.: Limited\nAgenda item 78\nReport of the United Nations Commission on International\nTrade Law\n\nThe General Assembly,\n\n1. Takes note.\n",
                  format: .text, nil, nil),
        Detection("a preamble line starting in lower case is not a title",
                  "Distr.: Limited\n\nThe General Assembly,\n\nNoting the annual\nreport of the Special Committee,\n\n1. Decides.\n", format: .text, nil, nil),
        // No known type
        Detection("no type", FixtureDocuments.clean, nil, nil),
        Detection("empty document", "", nil, nil),
    ])
    func detection(_ detection: Detection) throws {
        let document = try Self.parse(detection.text, format: detection.format)
        #expect(document.documentType?.id == detection.type)
        #expect(document.documentTypeEvidence == detection.evidence)
    }

    @Test func optionOverridesDetection() throws {
        let document = try Self.parse("A/RES/80/3\n\n1. Decides.\n", doctype: "report")
        #expect(document.documentType?.id == "report")
        #expect(document.documentTypeEvidence == .option)
        let untyped = try Self.parse(FixtureDocuments.clean, doctype: "ceb-summary")
        #expect(untyped.documentType?.id == "ceb-summary")
    }

    @Test func unknownOptionIsAnError() throws {
        let known = ["ceb-summary", "report", "resolution", "summary-record"]
        #expect(throws: DocumentTypeCatalogError.unknownDocumentType("memo", known: known)) {
            try Self.parse("1. Text.\n", doctype: "memo")
        }
        #expect(DocumentTypeCatalogError.unknownDocumentType("memo", known: known).description
            == "unknown document type 'memo'; expected one of: ceb-summary, report, resolution, summary-record")
        let linter = Linter(catalog: TestSupport.catalog)
        #expect(throws: LintOptionError.documentType(.unknownDocumentType("memo", known: known))) {
            try linter.lint(bytes: Array("1. Text.\n".utf8), path: "a.md", options: .init(doctype: "memo"))
        }
        #expect(throws: LintOptionError.language(.unknownLanguage("xx", known: ["ar", "en", "es", "fr", "ru", "zh"]))) {
            try linter.lint(bytes: Array("1. Text.\n".utf8), path: "a.md", options: .init(language: "xx", doctype: "memo"))
        }
    }

    @Test func linterReportsTheTypeAndAnUnknownOneAsAFailure() async throws {
        let linter = Linter(catalog: TestSupport.catalog)
        let detected = try linter.lint(bytes: Array("A/RES/80/3\n\n1. Decides.\n".utf8), path: "a.md")
        #expect(detected.doctype == "resolution")
        let none = try linter.lint(bytes: Array(FixtureDocuments.clean.utf8), path: "a.md")
        #expect(none.doctype == nil)
        let results = await linter.lint([LintInput(path: "a.md", content: .bytes(Array("1. Text.\n".utf8)))], options: .init(doctype: "memo"))
        #expect(results.map(\.failure) == ["unknown document type 'memo'; expected one of: ceb-summary, report, resolution, summary-record"])
    }

    // MARK: structure/section-order beyond the examples

    static func sectionOrder(
        _ text: String, format: InputFormat = .markdown, language: String? = nil, doctype: String? = nil,
        doctypes: DocumentTypeCatalog = .standard
    ) throws -> [Finding] {
        try Linter(catalog: TestSupport.catalog, doctypes: doctypes, rules: [SectionOrderRule.self])
            .lint(SourceText(text), path: "a.md", format: format, language: language, doctype: doctype)
            .diagnostics.map(Finding.init)
    }

    @Test func aDocumentWithoutChaptersIsNotChecked() throws {
        #expect(try Self.sectionOrder("Summary of deliberations\n\n1. Text.\n\n2. Text.\n") == [])
    }

    @Test func theOptionMakesAnyDocumentATypeToCheck() throws {
        #expect(try Self.sectionOrder(FixtureDocuments.clean) == [])
        #expect(try Self.sectionOrder(FixtureDocuments.clean, doctype: "ceb-summary") == [
            Finding("structure/section-order", 18, 3,
                    #"The document has no chapter "Other matters"; a CEB summary of deliberations ends with it."#)
        ])
        #expect(try Self.sectionOrder(FixtureDocuments.clean, doctype: "report") == [])
    }

    @Test func titlesAreRecognisedInAnyLanguage() throws {
        // A French summary whose header lines were lost is read as English; its chapters are still recognised.
        let text = "Résumé des délibérations\n\n# I. Introduction\n\n1. Texte.\n\n# II. Autres questions\n\n2. Texte.\n"
        #expect(try Self.parse(text).language.code == "en")
        #expect(try Self.sectionOrder(text) == [])
        // Russian, Chinese and Arabic forms are unconfirmed and permissive.
        #expect(try Self.sectionOrder("# I. Введение\n\n1. Текст.\n\n# II. Прочие вопросы\n\n2. Текст.\n", language: "ru", doctype: "ceb-summary") == [])
        #expect(try Self.sectionOrder("# 一. 导言\n\n1. 案文。\n\n# 二. 其他事项\n\n2. 案文。\n", language: "zh", doctype: "ceb-summary") == [])
    }

    @Test func relatedPlaceOfAChapterOutOfPlace() throws {
        let text = "Summary of deliberations\n\n# I. Introduction\n\n1. Text.\n\n# II. Other matters\n\n2. Text.\n\n# III. Segment\n\n3. Text.\n"
        let result = try Linter(catalog: TestSupport.catalog, rules: [SectionOrderRule.self])
            .lint(SourceText(text), path: "a.md", format: .markdown, language: nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(Finding(diagnostic) == Finding("structure/section-order", 7, 3,
            #"Chapter II, "Other matters", is not the last chapter; a CEB summary of deliberations ends with it."#))
        #expect(diagnostic.range.end.column == 5)
        #expect(diagnostic.related.map(\.message) == ["the last chapter is here"])
        #expect(diagnostic.related.map(\.position.line) == [11])
    }

    @Test func aLanguageWithoutATitleIsNotCheckedAndUnpositionedChaptersKeepTheirOrder() throws {
        let yaml = """
            id: minutes
            name: minutes
            priority: 1
            original-line: required
            detection:
              titles:
                en: ['^Minutes$']
            required-chapters:
              - name: Opening
                titles:
                  en: {name: Opening, patterns: ['^Opening']}
              - name: Decisions
                titles:
                  en: {name: Decisions, patterns: ['^Decisions']}
                  fr: {name: Décisions, patterns: ['^Décisions']}

            """
        let catalog = DocumentTypeCatalog(types: [try DocumentTypeLoader.load(yaml: yaml, file: "minutes.yml")])
        let swapped = "Minutes\n\n# I. Decisions\n\n1. Text.\n\n# II. Opening\n\n2. Text.\n"
        #expect(try Self.sectionOrder(swapped, doctypes: catalog) == [
            Finding("structure/section-order", 3, 3, #"Chapter I, "Decisions", comes before chapter "Opening"; a minutes has it after."#)
        ])
        #expect(try Self.sectionOrder("Minutes\n\n# I. Opening\n\n1. Text.\n\n# II. Other\n\n2. Text.\n", doctypes: catalog) == [
            Finding("structure/section-order", 3, 3, #"The document has no chapter "Decisions"; a minutes has it after chapter "Opening"."#)
        ])
        #expect(try Self.sectionOrder("Minutes\n\n# I. Other\n\n1. Text.\n\n# II. Decisions\n\n2. Text.\n", doctypes: catalog) == [
            Finding("structure/section-order", 7, 3, #"The document has no chapter "Opening"; a minutes has it before chapter "Decisions"."#)
        ])
        // French has no form for "Opening": only "Decisions" is checked.
        #expect(try Self.sectionOrder("Minutes\n\n# I. Autre\n\n1. Texte.\n\n# II. Décisions\n\n2. Texte.\n", language: "fr", doctypes: catalog) == [])
    }

    // MARK: Real documents

    @Test(.enabled(if: TestSupport.shared != nil, "../shared is absent"))
    func theCEBSampleIsASummaryInPlace() throws {
        let url = try #require(TestSupport.shared).appendingPathComponent("samples/CEB-2021-1-fr.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = try Self.parse(text)
        #expect(document.documentType?.id == "ceb-summary")
        #expect(document.documentTypeEvidence == .titleLine(16), "its symbol line was lost; the title names the type")
        #expect(try Self.sectionOrder(text) == [])
    }

    @Test(.enabled(if: CorpusTests.corpus != nil, "../shared/corpus is absent"))
    func theCorpusHasNoSectionOrderFinding() throws {
        // The corpus holds no CEB summary; a finding there would be a false one.
        let linter = Linter(catalog: TestSupport.catalog, rules: [SectionOrderRule.self])
        for document in try CorpusTests.documents() {
            let result = try linter.lint(bytes: document.text, path: document.path, options: .init(format: document.format))
            #expect(result.diagnostics.map(Finding.init) == [], "\(document.path)")
        }
    }

    // MARK: Command line

    @Test func doctypeOptionOverridesDetectionOnTheCommandLine() throws {
        let fixture = try CLITests.Fixture()
        try fixture.write("A-HRC-55-1.md", FixtureDocuments.clean)
        let detected = try JSONValue(parsing: try fixture.run(["--format", "json", "A-HRC-55-1.md"]).stdout)
        #expect(detected["files"]?[0]?["doctype"] == nil, "no known type: no key")
        let report = try fixture.run(["--format", "json", "--doctype", "report", "A-HRC-55-1.md"])
        let chosen = try JSONValue(parsing: report.stdout)
        #expect(chosen["files"]?[0]?["doctype"] == .string("report"))
        #expect(try ReportSchemaTests.validator().validate(chosen) == [])
        let ceb = try fixture.run(["-q", "--doctype", "ceb-summary", "A-HRC-55-1.md"])
        #expect(ceb.status == 1)
        #expect(ceb.stdout.contains(
            #"A-HRC-55-1.md:18:3: error: The document has no chapter "Other matters"; a CEB summary of deliberations ends with it. [structure/section-order]"#))
    }

    @Test func unknownDoctypeIsAUsageError() throws {
        let fixture = try CLITests.Fixture()
        try fixture.write("doc.md", FixtureDocuments.clean)
        let result = try fixture.run(["--doctype", "memo", "doc.md"])
        #expect(result.status == 2)
        #expect(result.stdout == "", "nothing is linted on a usage error")
        #expect(result.stderr == "unlint: error: unknown document type 'memo'; expected one of: ceb-summary, report, resolution, summary-record\n")
    }
}

@Suite struct IssuedAfterMeetingTests {
    @Test func recordsOfMeetingsAreIssuedAfterThemAndReportsAreNot() throws {
        let catalog = try DocumentTypeCatalog.builtIn()
        #expect(catalog.types.filter(\.issuedAfterMeeting).map(\.id).sorted() == ["ceb-summary", "summary-record"])
    }
}
