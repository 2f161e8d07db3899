import Foundation
import PCRE2
import Testing
@testable import UNLint

@Suite struct SymbolGrammarTests {
    static let grammar = SymbolCatalog.shared.grammar

    // MARK: Real symbols

    /// Symbols quoted in the UN conventions notes (DHL research guide, observed
    /// documents, undocs.org addresses) and in the corpus: all well formed.
    static let realSymbols = [
        // Organs, sessions and years
        "A/52/1", "A/9601", "S/26695", "S/PV.8782", "A/79/PV.1", "A/72/17", "A/HRC/70", "S/2024/486",
        // Resolutions
        "S/RES/955 (1994)", "A/RES/44/25", "A/RES/S-13/2", "A/RES/ES-8/2", "A/RES/217 (III)",
        "A/RES/3201 (S-VI)", "A/RES/2252 (ES-V)", "A/RES/72/279", "A/RES/46/182",
        // Nesting and modifiers
        "A/C.3/80/L.14/Rev.1", "ST/AI/189/Add.3/Rev.2", "S/INF/19/Rev.1/Add.1", "A/45/218/Add.1/Corr.1",
        "E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1", "A/AC.105/C.1/2026/CRP.17", "ISBA/31/C/CRP.1/Rev.2",
        "A/HRC/41/CRP.1", "A/INF/76/4/Rev.1", "A/BUR/53/SR.1", "A/BUR/53/1", "A/HRC/DEC/19/119*",
        "CEB/2021/1/Add.1", "CEB/2021/4", "E/2021/L.8/Rev.1", "ST/CS/SER.A/44/Rev.1", "TD/B/WP(91)/CRP.1",
        "A/54/L.74/Add.1", "A/74/L.75", "A/C.4/64/7", "A/C.4/64/SR.22", "A/C.3/57/SR.39", "A/64/115",
        "A/58/817", "A/71/100",
        // Double symbols and parts
        "E/2011/29-E/CN.17/2011/20", "E/CN.4/1995/2-E/CN.4/Sub.2/1994/56", "A/57/759-S/2003/332",
        "A/45/16 (Part I)", "ST/LIB/SER.B/A.70 (Part I)", "A/63/49 (Vol. III)", "NPT/CONF.2010/50 (Vol. I)",
        // Seen in the corpus
        "CERD/C/SVN/CO/8-11", "CRC/C/SVN/CO/3-4", "E/C.12/SVN/CO/2", "BWC/CONF.IX/9", "A/HRC/WG.6/7/SVN/2/Corr.1",
        "A/CONF.192/2024/RC/3", "TPNW/MSP/2025/WP.5", "A/AC.297/2025/CRP.2/Rev.5",
    ]

    @Test(arguments: realSymbols)
    func realSymbolIsWellFormed(_ symbol: String) throws {
        let match = try #require(Self.grammar.symbol(symbol))
        #expect(match.text == symbol)
        #expect(match.defects == [])
        #expect(match.correction == nil)
        #expect(match.unknownPrefixes == [])
    }

    @Test func doubleSymbolIsOneMatch() throws {
        let double = try #require(Self.grammar.symbol("A/46/864-S/23501"))
        #expect(double.text == "A/46/864-S/23501")
        #expect(double.isDouble)
        let single = try #require(Self.grammar.symbol("A/46/864"))
        #expect(!single.isDouble)
    }

    // MARK: Counter-examples

    struct Malformed: Sendable, CustomTestStringConvertible {
        var symbol: String
        var defects: [SymbolDefect]
        var correction: String?
        var testDescription: String { symbol }
    }

    static let malformed = [
        Malformed(symbol: "A/54/L.74/ADD.1", defects: [.wrongCase(written: "ADD.1", expected: "Add.1")],
                  correction: "A/54/L.74/Add.1"),
        Malformed(symbol: "S/INF/19/REV.1/add.1",
                  defects: [.wrongCase(written: "REV.1", expected: "Rev.1"), .wrongCase(written: "add.1", expected: "Add.1")],
                  correction: "S/INF/19/Rev.1/Add.1"),
        Malformed(symbol: "E/CN.4/SUB.2/1994/56", defects: [.wrongCase(written: "SUB.2", expected: "Sub.2")],
                  correction: "E/CN.4/Sub.2/1994/56"),
        Malformed(symbol: "A/76/Add 1", defects: [.spaceBeforeNumber(written: "Add 1", expected: "Add.1")],
                  correction: "A/76/Add.1"),
        Malformed(symbol: "A/76/Add1", defects: [.missingDot(written: "Add1", expected: "Add.1")],
                  correction: "A/76/Add.1"),
        Malformed(symbol: "A/C.3/80/L14", defects: [.missingDot(written: "L14", expected: "L.14")],
                  correction: "A/C.3/80/L.14"),
        Malformed(symbol: "A//76/1", defects: [.emptyComponent], correction: "A/76/1"),
        Malformed(symbol: "A/76/1/", defects: [.trailingSlash], correction: "A/76/1"),
        Malformed(symbol: "A/C.3/80/L.", defects: [.trailingDot(component: "L.")], correction: nil),
        Malformed(symbol: "S/RES/955(1994)", defects: [.missingSpaceBeforeParenthesis(part: "(1994)")],
                  correction: "S/RES/955 (1994)"),
        Malformed(symbol: "A/RES/217(III)", defects: [.missingSpaceBeforeParenthesis(part: "(III)")],
                  correction: "A/RES/217 (III)"),
        Malformed(symbol: "a/76/1", defects: [.lowerCaseOrgan(written: "a", expected: "A")], correction: "A/76/1"),
        Malformed(symbol: "A/HRC/WG.6/7L.14", defects: [.missingSlash(written: "7L.14", expected: "7/L.14")],
                  correction: "A/HRC/WG.6/7/L.14"),
        Malformed(symbol: "A/C.3/80/L-14", defects: [.invalidComponent("L-14")], correction: nil),
        Malformed(symbol: "s//RES/955(1994)",
                  defects: [.lowerCaseOrgan(written: "s", expected: "S"), .emptyComponent,
                            .missingSpaceBeforeParenthesis(part: "(1994)")],
                  correction: "S/RES/955 (1994)"),
        Malformed(symbol: "A/46/864-S/23501/ADD.1", defects: [.wrongCase(written: "ADD.1", expected: "Add.1")],
                  correction: "A/46/864-S/23501/Add.1"),
        // An unknown series is checked for the defects that have a fix.
        Malformed(symbol: "XYZ/2021/ADD.1", defects: [.wrongCase(written: "ADD.1", expected: "Add.1")],
                  correction: "XYZ/2021/Add.1"),
    ]

    @Test(arguments: malformed)
    func counterExampleIsMalformed(_ expected: Malformed) throws {
        let match = try #require(Self.grammar.symbol(expected.symbol))
        #expect(match.text == expected.symbol)
        #expect(match.defects == expected.defects)
        #expect(match.correction == expected.correction)
        #expect(!match.isWellFormed)
    }

    @Test func formatMessagesNameTheFix() throws {
        let text = "1. See A/54/L.74/ADD.1, A/76/Add 1, A/C.3/80/L. and A/C.3/80/L-14.\n"
        let findings = try TestSupport.lint(text, rules: [SymbolFormatRule.self]).map(Finding.init)
        #expect(findings == [
            Finding("symbol/format", 1, 8,
                    "Symbol A/54/L.74/ADD.1 is malformed: ADD.1 should be written Add.1; expected A/54/L.74/Add.1."),
            Finding("symbol/format", 1, 25,
                    "Symbol A/76/Add 1 is malformed: Add 1 has a space instead of a dot (Add.1); expected A/76/Add.1."),
            Finding("symbol/format", 1, 37, "Symbol A/C.3/80/L. is malformed: it ends with L., which lacks its number."),
            Finding("symbol/format", 1, 53, "Symbol A/C.3/80/L-14 is malformed: L-14 is not a valid component."),
        ])
    }

    @Test func unknownPrefixIsReported() throws {
        let match = try #require(Self.grammar.symbol("HRC/RES/43/1"))
        #expect(match.isWellFormed)
        #expect(match.unknownPrefixes == ["HRC"])
        let double = try #require(Self.grammar.symbol("A/46/864-XYZ/23501/1"))
        #expect(double.unknownPrefixes == ["XYZ"])
    }

    // MARK: Not symbols

    static let nonSymbols: [(String, InputFormat)] = [
        ("resolution 78/187 of 19 December 2023 and resolutions 5/1 and 16/21", .text),
        ("on 12/08/2021, a fraction 1/2 and 24/7 service", .text),
        ("https://undocs.org/en/A/72/17 and http://undocs.org/A/RES/72/279", .text),
        ("<https://undocs.org/zh/A/RES/2758(XXVI)> or www.undocs.org/fr/S/RES/2374(2017)", .text),
        ("undocs.org/en/A/72/17 and /usr/share/A/76/1 and docs/A/76/1.pdf and C:\\A\\76", .text),
        ("HIV/AIDS, and/or, he/she, N/A, OSCE/ODIHR, Il/elle", .text),
        ("PTPR/JS3 reported; President’s statement PRST/8/1 of 9 April 2008", .text),
        ("the documents A/RES/80/*, A/80/L.* and A/HRC/WG.6/… and A/80/1...", .text),
        ("people living with HIV/AIDS.36 The", .text),
        ("resolutions CM/Res.1153 (XLVIII) of 1988 and SVN/1", .text),
        ("content/uploads/2021/01/SCA-Report-December-2020-24012021-En.pdf", .text),
        ("[the report](A/76/1) and [other](https://example.org/A//76/1)", .markdown),
        ("a/2 and e/2021", .text),
    ]

    @Test(arguments: nonSymbols)
    func nonSymbolIsNotMatched(_ text: String, _ format: InputFormat) throws {
        #expect(try Self.grammar.matches(in: text, format: format).map(\.text) == [])
    }

    @Test func symbolCutAtALineEndIsNotADefect() throws {
        let matches = try Self.grammar.matches(in: "see A/HRC/WG.6/\n7/SVN/1 and A/C.3/80/L.  \n14", format: .text)
        #expect(matches.isEmpty)
    }

    @Test func markdownLinkTargetIsSkippedOnlyInMarkdown() throws {
        let text = "[report](A/76/1/)"
        #expect(try Self.grammar.matches(in: text, format: .markdown).isEmpty)
        #expect(try Self.grammar.matches(in: text, format: .text).map(\.text) == ["A/76/1/"])
    }

    // MARK: Ranges

    /// The text before `⟦` and after `⟧` is not part of the symbol; ranges are UTF-8 bytes.
    static let rangeCases = [
        "Voir le document ⟦A/80/1⟧. Il",
        "理事会⟦A/58/817⟧和Corr.1",
        "قرارها (⟦A/71/100⟧)",
        "Доклад (⟦S/RES/955 (1994)⟧), пункт 3",
        "⟦A/HRC/DEC/19/119*⟧.",
        "**⟦A/80/123⟧**",
        "document ⟦A/80/1⟧.3 The next sentence",
        "document ⟦A/80/1⟧.The next sentence",
        "(⟦A/78/476⟧, para. 19)",
        "⟦A/66/89/Corr.1⟧ and ⟦A/45/218/Add.1-3⟧",
        "  ⟦E/2011/29-E/CN.17/2011/20⟧ and ⟦A/63/49 (Vol. III)⟧",
        "ses ⟦A/HRC/43/15/Add.1⟧, 8",
    ]

    @Test(arguments: rangeCases)
    func rangeIsExact(_ marked: String) throws {
        var text = ""
        var expected: [Range<Int>] = []
        var start = 0
        for character in marked {
            switch character {
            case "⟦": start = text.utf8.count
            case "⟧": expected.append(start..<text.utf8.count)
            default: text.append(character)
            }
        }
        let matches = try Self.grammar.matches(in: text, format: .markdown)
        #expect(matches.map(\.range) == expected)
        #expect(matches.allSatisfy { $0.isWellFormed })
    }

    @Test func wholeTextIsOneSymbol() {
        #expect(Self.grammar.symbol(" CEB/2021/4 ")?.text == "CEB/2021/4")
        #expect(Self.grammar.symbol("see CEB/2021/4") == nil)
        #expect(Self.grammar.symbol("CEB/2021/4 and CEB/2021/3") == nil)
        #expect(Self.grammar.symbol("the report") == nil)
    }

    // MARK: undocs.org addresses

    @Test(arguments: [
        ("CEB/2021/4", "fr", "https://undocs.org/fr/CEB/2021/4"),
        ("**CEB/2021/1/Add.1**", "en", "https://undocs.org/en/CEB/2021/1/Add.1"),
        ("S/RES/955 (1994)", "es", "https://undocs.org/es/S/RES/955(1994)"),
        ("A/45/16 (Part I)", "ru", "https://undocs.org/ru/A/45/16(Part%20I)"),
        ("A/HRC/DEC/19/119*", "ar", "https://undocs.org/ar/A/HRC/DEC/19/119"),
        ("E/2011/29-E/CN.17/2011/20", "zh", "https://undocs.org/zh/E/2011/29"),
        ("A/54/L.74/ADD.1", "en", "https://undocs.org/en/A/54/L.74/Add.1"),
    ])
    func undocsAddress(_ text: String, _ language: String, _ address: String) {
        #expect(LinkEmptyTargetRule.address(of: text, language: language) == address)
    }

    @Test func noAddressWithoutAClearSymbol() {
        #expect(LinkEmptyTargetRule.address(of: "the report", language: "en") == nil)
        #expect(LinkEmptyTargetRule.address(of: "A/C.3/80/L-14", language: "en") == nil)
        #expect(LinkEmptyTargetRule.address(of: "CEB/2021/4 and CEB/2021/3", language: "en") == nil)
    }

    @Test func linkTextMayWrapButNotCrossABlankLine() throws {
        let text = "1. See [the\nreport](#) and [one\r\n\r\nother](#).\n"
        let findings = try TestSupport.lint(text, rules: [LinkEmptyTargetRule.self]).map(Finding.init)
        #expect(findings == [Finding("link/empty-target", 1, 8, "Link [the report] has the placeholder target #.")])
    }

    // MARK: The French CEB sample

    @Test func cebSampleHasThreeEmptyLinksAndNoMalformedSymbol() throws {
        guard let shared = TestSupport.shared else {
            print("skipped: ../shared is absent")
            return
        }
        let url = shared.appendingPathComponent("samples/CEB-2021-1-fr.md")
        let bytes = try [UInt8](Data(contentsOf: url))
        let result = try Linter(
            catalog: TestSupport.catalog,
            rules: [LinkEmptyTargetRule.self, SymbolFormatRule.self, SymbolUnknownPrefixRule.self]
        ).lint(bytes: bytes, path: "CEB-2021-1-fr.md")
        #expect(result.diagnostics.map(Finding.init) == [
            Finding("link/empty-target", 108, 63,
                    "Link [CEB/2021/4] has the placeholder target #; expected https://undocs.org/fr/CEB/2021/4."),
            Finding("link/empty-target", 108, 124,
                    "Link [CEB/2021/3] has the placeholder target #; expected https://undocs.org/fr/CEB/2021/3."),
            Finding("link/empty-target", 108, 483,
                    "Link [CEB/2021/1/Add.1] has the placeholder target #; expected https://undocs.org/fr/CEB/2021/1/Add.1."),
        ])
    }
}

@Suite struct SymbolCatalogLoaderTests {
    @Test func builtInCatalogLoads() throws {
        let catalog = try SymbolCatalog.builtIn()
        for prefix in ["A", "S", "E", "ST", "T", "CRC", "DP", "TD", "UNEP", "CAT", "CEDAW", "CCPR", "ID", "WFC",
                       "AT", "CEB", "HSP", "CAC", "JIU", "ISBA", "BWC", "CERD", "FCCC", "UNW"] {
            #expect(catalog.isKnownPrefix(prefix), "\(prefix)")
        }
        #expect(!catalog.isKnownPrefix("HRC"))
        #expect(catalog.modifiers.sorted() == ["Add", "Amend", "Corr", "Rev"])
        #expect(catalog.numberedComponents.contains("Sub"))
        #expect(catalog.finalWords == ["Summary"])
        #expect(catalog.citationPrefixes == ["PRST"])
    }

    @Test func candidatePatternCompiles() throws {
        _ = try PCRE2.Regex(SymbolGrammar.candidatePattern(modifiers: ["Add", "Rev"]), options: [.extended])
    }

    static let valid = """
        prefixes: [A, S]
        modifiers: [Add, Rev]
        numbered-components: [C, L, Sub]
        final-words: [Summary]
        citation-prefixes: [PRST]

        """

    static func replacing(_ line: String, with replacement: String) -> String {
        precondition(valid.components(separatedBy: line + "\n").count == 2)
        return valid.replacingOccurrences(of: line + "\n", with: replacement)
    }

    @Test func validCatalog() throws {
        let catalog = try SymbolCatalogLoader.load(yaml: Self.valid, file: "test.yml")
        #expect(catalog.prefixes == ["A", "S"])
        #expect(catalog.modifiers == ["Add", "Rev"])
        #expect(catalog.numberedComponents == ["C", "L", "Sub"])
    }

    @Test(arguments: [
        (replacing("prefixes: [A, S]", with: "prefix: [A, S]\n"), 1, 1,
         "unknown key 'prefix'; expected one of: citation-prefixes, final-words, modifiers, numbered-components, prefixes"),
        (replacing("final-words: [Summary]", with: ""), 1, 1, "missing key 'final-words'"),
        (replacing("prefixes: [A, S]", with: "prefixes: [A, s]\n"), 1, 15,
         "items in 'prefixes' must be 1 to 8 capital letters, found 's'"),
        (replacing("prefixes: [A, S]", with: "prefixes: [A, 1]\n"), 1, 15,
         "items in 'prefixes' must be strings, found an integer"),
        (replacing("prefixes: [A, S]", with: "prefixes: A\n"), 1, 11, "'prefixes' must be a list, found 'A'"),
        (replacing("prefixes: [A, S]", with: "prefixes: [A, S, A]\n"), 1, 18, "'prefixes' lists 'A' twice"),
        (replacing("modifiers: [Add, Rev]", with: "modifiers: [Add, REV]\n"), 2, 18,
         "items in 'modifiers' must be a capital and 1 to 11 lower-case letters, found 'REV'"),
        (replacing("numbered-components: [C, L, Sub]", with: "numbered-components: [C, L, Add]\n"), 3, 29,
         "'Add' is listed in both 'modifiers' and 'numbered-components'"),
        (replacing("numbered-components: [C, L, Sub]", with: "numbered-components: [C, L, Sub, SUB]\n"), 3, 34,
         "'SUB' is listed twice in 'numbered-components'"),
        (replacing("final-words: [Summary]", with: "final-words: []\n"), 4, 14, "'final-words' must not be empty"),
        (replacing("citation-prefixes: [PRST]", with: "citation-prefixes: [PRST, A]\n"), 5, 27,
         "'A' is listed in both 'prefixes' and 'citation-prefixes'"),
        (replacing("prefixes: [A, S]", with: "prefixes: [A, S\n"), 2, 10,
         "invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'"),
    ])
    func invalidCatalog(_ yaml: String, _ line: Int, _ column: Int, _ message: String) {
        #expect(throws: RuleDataError(file: "test.yml", line: line, column: column, message: message)) {
            try SymbolCatalogLoader.load(yaml: yaml, file: "test.yml")
        }
    }
}
