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
}
