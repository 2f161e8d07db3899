import Foundation
import Testing
@testable import UNLint

/// One short document per official language, in `Tests/Fixtures/`: a masthead
/// as that language writes it (Russian, Chinese and Arabic keep the header
/// lines in English), a body in the language with its own labels and dates,
/// and a few planted defects in the header, the dates, the symbols and the
/// numbering. Each test lists every finding on its document: each one is a
/// planted defect, and anything more that the linter reports is a regression.
/// The sessions, bodies and people in the fixtures are fictional.
@Suite struct LanguageFixtureTests {
    /// The repository root, found from this file's path (`Tests/UNLintTests/…`).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Lints `Tests/Fixtures/<name>` as the command does: the extension picks
    /// the format (`.txt` is plain text), the header gives the language.
    static func lint(_ name: String) throws -> FileResult {
        let path = "Tests/Fixtures/" + name
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(path)))
        return try Linter(catalog: try LanguageCatalog.builtIn(), packs: try RulePackLoader.shipped()).lint(bytes: bytes, path: path)
    }

    /// English report of the Secretary-General to the Economic and Social Council.
    @Test func english() throws {
        let result = try Self.lint("en.md")
        #expect(result.language == "en")
        #expect(result.diagnostics.map(Finding.init) == [
            // E/2023/61 for E/2025/61: the year of an ECOSOC symbol is the year of issue.
            Finding("symbol/header-year", 3, 1, "The symbol's year 2023 is 2 years from the issue date, 14 May 2025."),
            // ADD.1, as databases upper-case it.
            Finding("symbol/format", 31, 126, "Symbol E/CN.3/2025/L.4/ADD.1 is malformed: ADD.1 should be written Add.1; expected E/CN.3/2025/L.4/Add.1."),
            // 2025 is not a leap year.
            Finding("date/invalid", 33, 35, "29 February 2025 is not a date: 2025 is not a leap year."),
            // United States order with a comma.
            Finding("date/format", 33, 144, "'March 3, 2025' is not the UN form of a date; write '3 March 2025'."),
            // Paragraph 6 is missing.
            Finding("numbering/paragraph-sequence", 39, 1, "Paragraph 7 follows paragraph 5; expected 6."),
        ])
    }

    /// French report of a Human Rights Council working group on its session.
    @Test func french() throws {
        let result = try Self.lint("fr.md")
        #expect(result.language == "fr")
        #expect(result.diagnostics.map(Finding.init) == [
            // French writes the category in lower case.
            Finding("header/distribution-format", 7, 1, "Distribution line 'Distr. Générale' is not in the form of French documents; write 'Distr. générale'."),
            // 13 May 2025 was a Tuesday.
            Finding("date/weekday", 28, 32, "'lundi' does not match 13 mai 2025, which is a mardi."),
            // A trailing slash.
            Finding("symbol/format", 32, 152, "Symbol A/HRC/WG.18/2/1/ is malformed: it ends with /; expected A/HRC/WG.18/2/1."),
            // a) ; b) ; b) in an inline list.
            Finding("numbering/subparagraph-sequence", 36, 188, "Sub-paragraph b) follows b); expected c)."),
            // A capital on the month.
            Finding("date/format", 38, 108, "'2 Juin 2026' is not the UN form of a date; write '2 juin 2026'."),
        ])
    }

    /// Spanish report of the Secretary-General to the General Assembly.
    @Test func spanish() throws {
        let result = try Self.lint("es.md")
        #expect(result.language == "es")
        #expect(result.diagnostics.map(Finding.init) == [
            // Spanish writes language names in lower case: 'Original: inglés'.
            Finding("header/original-format", 10, 1, "Write the Original line as 'Original: inglés'."),
            // The day is a cardinal number.
            Finding("date/format", 23, 54, "'1º de enero de 2024' is not the UN form of a date; write '1 de enero de 2024'."),
            // A space for the dot of Add.1.
            Finding("symbol/format", 23, 161, "Symbol A/80/97/Add 1 is malformed: Add 1 has a space instead of a dot (Add.1); expected A/80/97/Add.1."),
            // Paragraph 4 numbered twice, across a chapter heading.
            Finding("numbering/paragraph-sequence", 39, 1, "Paragraph 4 repeats the number of the paragraph before it; expected 5."),
            // 5 May 2025 was a Monday.
            Finding("date/weekday", 39, 66, "'martes' does not match 5 de mayo de 2025, which is a lunes."),
        ])
    }

    /// Russian report of the Secretary-General, as plain text from a PDF; its
    /// section letters А. and В. are Cyrillic look-alikes, read as A and B.
    @Test func russian() throws {
        let result = try Self.lint("ru.txt")
        #expect(result.language == "ru")
        #expect(result.diagnostics.map(Finding.init) == [
            // The masthead date was translated ("6 июля 2025 года"); it stays in English.
            Finding("header/date-missing", 1, 1, "The header has no issue date; it stands under the distribution line, as in '12 August 2021'."),
            // A numeric date in running text.
            Finding("date/format", 33, 33, "'12.08.2024' is not the UN form of a date; write '12 августа 2024 года'."),
            // The dot of Add.1 lost.
            Finding("symbol/format", 40, 56, "Symbol A/80/205/Add1 is malformed: Add1 lacks the dot before its number (Add.1); expected A/80/205/Add.1."),
            // Section C lost: D follows the Cyrillic В (U+0412), read as B.
            Finding("structure/section-sequence", 49, 1, "Section D follows section \u{0412}; expected C."),
        ])
    }

    /// Chinese report of the Secretary-General to the General Assembly.
    @Test func chinese() throws {
        let result = try Self.lint("zh.md")
        #expect(result.language == "zh")
        #expect(result.diagnostics.map(Finding.init) == [
            // The date stands above the distribution line.
            Finding("header/order", 7, 1, "The date comes before the distribution line; the usual order is symbol, distribution, date, language of issue, original."),
            // A lower-case organ.
            Finding("symbol/format", 34, 56, "Symbol a/AC.278/2025/2 is malformed: its organ a should be written A; expected A/AC.278/2025/2."),
            // Chapter 三 is missing.
            Finding("structure/chapter-sequence", 36, 3, "Chapter 四 follows chapter 二; expected 三."),
            // 7 October 2025 is a Tuesday.
            Finding("date/weekday", 42, 20, "'星期三' does not match 2025年10月7日, which is a 星期二."),
            // 号 for 日.
            Finding("date/format", 42, 35, "'2026年8月12号' is not the UN form of a date; write '2026年8月12日'."),
        ])
    }

    /// Arabic report of the Secretary-General to the General Assembly.
    @Test func arabic() throws {
        let result = try Self.lint("ar.md")
        #expect(result.language == "ar")
        #expect(result.diagnostics.map(Finding.init) == [
            // The original language translated; the header lines stay in English.
            Finding("header/original-format", 10, 1, "'الإنكليزية' is not a language name of English documents; expected one of: Arabic, Chinese, English, French, Russian, Spanish."),
            // ADD.1, as databases upper-case it.
            Finding("symbol/format", 30, 212, "Symbol A/80/233/ADD.1 is malformed: ADD.1 should be written Add.1; expected A/80/233/Add.1."),
            // (أ) (ب) (د): (ج) skipped.
            Finding("numbering/subparagraph-sequence", 34, 167, "Sub-paragraph (د) follows (ب); expected (ج)."),
            // June has 30 days.
            Finding("date/invalid", 38, 102, "31 حزيران/يونيه 2026 is not a date: the month has 30 days."),
            // A stray space after the slash of the paired month name.
            Finding("date/format", 38, 178, "'20 آب/ أغسطس 2025' is not the UN form of a date; write '20 آب/أغسطس 2025'."),
        ])
    }
}
