import Testing
@testable import UNLint

/// Inputs the fuzz targets in `Fuzz/` (`make fuzz`) found to crash, hang or
/// break a position promise, minimised, with the exact result each must now give.
/// Each input is linted both ways, as the lint target does: as Markdown and as plain text.
@Suite struct FuzzRegressionTests {
    static let linter = Linter(catalog: TestSupport.catalog, packs: try! RulePackLoader.shipped())

    /// What a file with no masthead gets: the four header parts it lacks.
    static let noHeader = [
        Finding("header/date-missing", 1, 1, "The header has no issue date; it stands under the distribution line, as in '12 August 2021'."),
        Finding("header/distribution-missing", 1, 1, "The header has no distribution line; it states the category, such as 'Distr.: General'."),
        Finding("header/original-missing", 1, 1, "The header has no Original line; it names the original language, as in 'Original: English'."),
        Finding("header/symbol-missing", 1, 1, "The header has no document symbol; it stands at the top of the masthead, as in 'CEB/2021/1'."),
    ]

    /// Lints `bytes` as Markdown and as plain text: each must keep the position
    /// promises and report exactly `expected`.
    static func expectBothWays(
        _ bytes: [UInt8], _ expected: [Finding], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for path in ["fuzz.md", "fuzz.txt"] {
            let result = try linter.lint(bytes: bytes, path: path)
            #expect(PositionChecks.problems(in: result, bytes: bytes) == [], sourceLocation: sourceLocation)
            #expect(result.diagnostics.map(Finding.init) == expected, "\(path)", sourceLocation: sourceLocation)
        }
    }

    /// lint target, crash-5ae23cb0…: a line opening with 20 digits overflowed
    /// `Int` in `ParagraphNumber.read`, which read the whole run before checking
    /// its length (arithmetic overflow trap). It now stops after five digits.
    @Test func lineOfTwentyDigits() throws {
        // "20230000000000000000"
        let bytes: [UInt8] = [
            0x32, 0x30, 0x32, 0x33, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30,
        ]
        try Self.expectBothWays(bytes, Self.noHeader)
    }

    /// Found beside the one above (the same overflow, not by the fuzzer): a heading
    /// label of 20 digits before a hyphen overflowed `ArabicText.number` in
    /// `HeadingLabelReader.readHyphenated`, which converted it before checking its length.
    @Test func headingLabelOfTwentyDigitsBeforeAHyphen() throws {
        // "Arabic\n\n# 11111111111111111111 - x\n"
        let bytes: [UInt8] = [
            0x41, 0x72, 0x61, 0x62, 0x69, 0x63, 0x0A, 0x0A, 0x23, 0x20,
            0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31, 0x31,
            0x20, 0x2D, 0x20, 0x78, 0x0A,
        ]
        try Self.expectBothWays(bytes, Self.noHeader)
        #expect(ArabicText.number("11111111111111111111") == nil)
        #expect(ArabicText.number("٩٢٢٣٣٧٢٠٣٦٨٥٤٧٧٥٨٠٨") == nil)
        #expect(ArabicText.number("9223372036854775807") == Int.max)
    }

    /// lint target, crash-73f73461…: the rules read a suppression comment as
    /// one space per byte, so on its line a finding after a comment holding
    /// multibyte text (`25年6月30日`) had its column counted in bytes (68 for
    /// 60). Columns on such lines are now read again in the file as it is.
    @Test func findingAfterADirectiveWithMultibyteText() throws {
        // "# s\n\nA/80/<!-- unlint-disable-next-line 25年6月30日，ph-sequence -->Distr. générale  \n2 des "
        let bytes: [UInt8] = [
            0x23, 0x20, 0x73, 0x0A, 0x0A, 0x41, 0x2F, 0x38, 0x30, 0x2F, 0x3C, 0x21, 0x2D, 0x2D, 0x20, 0x75, 0x6E, 0x6C, 0x69, 0x6E,
            0x74, 0x2D, 0x64, 0x69, 0x73, 0x61, 0x62, 0x6C, 0x65, 0x2D, 0x6E, 0x65, 0x78, 0x74, 0x2D, 0x6C, 0x69, 0x6E, 0x65, 0x20,
            0x32, 0x35, 0xE5, 0xB9, 0xB4, 0x36, 0xE6, 0x9C, 0x88, 0x33, 0x30, 0xE6, 0x97, 0xA5, 0xEF, 0xBC, 0x8C, 0x70, 0x68, 0x2D,
            0x73, 0x65, 0x71, 0x75, 0x65, 0x6E, 0x63, 0x65, 0x20, 0x2D, 0x2D, 0x3E, 0x44, 0x69, 0x73, 0x74, 0x72, 0x2E, 0x20, 0x67,
            0xC3, 0xA9, 0x6E, 0xC3, 0xA9, 0x72, 0x61, 0x6C, 0x65, 0x20, 0x20, 0x0A, 0x32, 0x20, 0x64, 0x65, 0x73, 0x20,
        ]
        let distribution = "Distribution line 'Distr. générale' is not in the form of English documents; write 'Distr.: General'."
        let markdown = try Self.linter.lint(bytes: bytes, path: "fuzz.md")
        #expect(PositionChecks.problems(in: markdown, bytes: bytes) == [])
        #expect(markdown.diagnostics.map(Finding.init) == [
            Self.noHeader[0], Self.noHeader[2],
            Finding("symbol/format", 3, 1, "Symbol A/80/ is malformed: it ends with /; expected A/80."),
            Finding("suppression/unknown-rule", 3, 6, "Unknown rule '25年6月30日，ph-sequence' in unlint-disable-next-line; `unlint rules` lists the rule ids."),
            Finding("header/distribution-format", 3, 60, distribution),
            Finding("whitespace/trailing-space", 4, 6, "Spaces at the end of the line; remove them."),
        ])
        // In plain text the comment is text, read as it is: the same column.
        let text = try Self.linter.lint(bytes: bytes, path: "fuzz.txt")
        #expect(PositionChecks.problems(in: text, bytes: bytes) == [])
        #expect(text.diagnostics.map(Finding.init).contains(Finding("header/distribution-format", 3, 60, distribution)))
    }
}
