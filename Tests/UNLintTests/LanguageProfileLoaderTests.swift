import Foundation
import PCRE2
import Testing
@testable import UNLint

@Suite struct LanguageProfileLoaderTests {
    // MARK: Built-in profiles

    struct Expected: Sendable, CustomTestStringConvertible {
        var code: String
        var name: String
        var nativeName: String
        var caseless: Bool
        var annexHeadings: [String]
        var contentsHeadings: [String]
        var chapters: LanguageProfile.Series
        var sections: LanguageProfile.Series
        var paragraphs: LanguageProfile.ParagraphStyle
        var subparagraphs: LanguageProfile.SubparagraphStyle
        var testDescription: String { code }
    }

    static let expected: [Expected] = [
        Expected(code: "ar", name: "Arabic", nativeName: "العربية", caseless: true,
                 annexHeadings: ["المرفق", "المرفقات"], contentsHeadings: ["المحتويات"],
                 chapters: .words([
                     "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا",
                     "عاشرا", "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر", "خامس عشر",
                 ]),
                 sections: .words([
                     "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف",
                     "لام", "ميم", "نون",
                 ]),
                 paragraphs: .hyphen, subparagraphs: .parenthesized),
        Expected(code: "en", name: "English", nativeName: "English", caseless: false,
                 annexHeadings: ["Annex", "Annexes"], contentsHeadings: ["Contents"],
                 chapters: .roman, sections: .latinCapitals,
                 paragraphs: .dot, subparagraphs: .parenthesized),
        Expected(code: "es", name: "Spanish", nativeName: "Español", caseless: false,
                 annexHeadings: ["Anexo", "Anexos"], contentsHeadings: ["Índice"],
                 chapters: .roman, sections: .latinCapitals,
                 paragraphs: .dot, subparagraphs: .closingParenthesis),
        Expected(code: "fr", name: "French", nativeName: "Français", caseless: false,
                 annexHeadings: ["Annexe", "Annexes"], contentsHeadings: ["Table des matières"],
                 chapters: .roman, sections: .latinCapitals,
                 paragraphs: .dot, subparagraphs: .closingParenthesis),
        Expected(code: "ru", name: "Russian", nativeName: "Русский", caseless: false,
                 annexHeadings: ["Приложение", "Приложения"], contentsHeadings: ["Содержание"],
                 chapters: .roman, sections: .latinCapitals,
                 paragraphs: .dot, subparagraphs: .closingParenthesis),
        Expected(code: "zh", name: "Chinese", nativeName: "中文", caseless: true,
                 annexHeadings: ["附件"], contentsHeadings: ["目录"],
                 chapters: .chineseNumerals, sections: .latinCapitals,
                 paragraphs: .dot, subparagraphs: .parenthesized),
    ]

    @Test func builtInCodesAreSorted() throws {
        #expect(try LanguageProfileLoader.builtIn().map(\.code) == ["ar", "en", "es", "fr", "ru", "zh"])
    }

    @Test(arguments: expected)
    func builtInProfile(_ expected: Expected) throws {
        let profile = try #require(try LanguageProfileLoader.builtIn().first { $0.code == expected.code })
        #expect(profile.name == expected.name)
        #expect(profile.nativeName == expected.nativeName)
        #expect(profile.caseless == expected.caseless)
        #expect(profile.annexHeadings == expected.annexHeadings)
        #expect(profile.contentsHeadings == expected.contentsHeadings)
        #expect(profile.labels.chapters == expected.chapters)
        #expect(profile.labels.sections == expected.sections)
        #expect(profile.labels.paragraphs == expected.paragraphs)
        #expect(profile.labels.subparagraphs == expected.subparagraphs)
        #expect(!profile.detectionPatterns.isEmpty)
    }

    @Test func arabicSubparagraphLettersFollowAbjadOrder() throws {
        let arabic = try #require(try LanguageProfileLoader.builtIn().first { $0.code == "ar" })
        #expect(arabic.labels.subparagraphLetters
            == ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن"])
        #expect(arabic.labels.lookalikes.isEmpty)
    }

    @Test func russianFoldsCyrillicLookalikesToLatin() throws {
        let russian = try #require(try LanguageProfileLoader.builtIn().first { $0.code == "ru" })
        #expect(russian.labels.subparagraphLetters == Array("abcdefghijklmnopqrstuvwxyz").map(String.init))
        #expect(russian.labels.lookalikes == [
            "\u{0430}": "a", "\u{0410}": "A", "\u{0412}": "B", "\u{0421}": "C", "\u{0415}": "E",
            "\u{041A}": "K", "\u{041C}": "M", "\u{041D}": "H", "\u{041E}": "O", "\u{0420}": "P",
            "\u{0422}": "T", "\u{0425}": "X", "\u{0435}": "e", "\u{043E}": "o", "\u{0441}": "c",
            "\u{0440}": "p", "\u{0445}": "x",
        ])
    }

    /// Header lines and the languages whose detection patterns match them.
    /// Russian, Chinese and Arabic documents keep the English lines, so only
    /// their language-of-issue line may name them; French and Spanish lines
    /// must never be taken for each other.
    @Test(arguments: [
        ("Distr.: General", ["en"]), ("Distr.: Limited", ["en"]), ("Distr.: Restricted*", ["en"]),
        ("Distr. GENERAL", ["en"]), ("Original: English", ["en"]),
        ("Original: English and French", ["en"]), ("ORIGINAL: ENGLISH", ["en"]),
        ("Original: FRENCH", ["en"]),
        ("Distr. générale", ["fr"]), ("Distr. limitée", ["fr"]), ("Distr.RESTREINTE*", ["fr"]),
        ("Français", ["fr"]), ("FRANCAIS", ["fr"]), ("Original : anglais", ["fr"]),
        ("Original\u{202F}: anglais", ["fr"]), ("Original\u{00A0}: anglais", ["fr"]),
        ("Original: anglais", ["fr"]), ("Original : ANGLAIS", ["fr"]), ("Original: ARABE", ["fr"]),
        ("Original : anglais et français", ["fr"]),
        ("Distr. general", ["es"]), ("Distr. limitada", ["es"]), ("Distr.: Limitada", ["es"]),
        ("Distr. RESERVADA*", ["es"]), ("Español", ["es"]), ("ESPAÑOL", ["es"]),
        ("Original: inglés", ["es"]), ("Original: INGLÉS", ["es"]), ("Original: árabe", ["es"]),
        ("Russian", ["ru"]), ("RUSSIAN", ["ru"]), ("Chinese", ["zh"]), ("CHINESE", ["zh"]),
        ("Arabic", ["ar"]), ("ARABIC", ["ar"]),
        ("Distr. General", []), ("United Nations", []), ("Russian Federation", []),
    ])
    func detection(line: String, codes: [String]) throws {
        var matching: [String] = []
        for profile in try LanguageProfileLoader.builtIn() {
            if try profile.detectionPatterns.contains(where: { try $0.regex.isMatch(line) }) {
                matching.append(profile.code)
            }
        }
        #expect(matching == codes)
    }

    // MARK: Generated file

    /// `EmbeddedRules.swift` is generated and committed; this fails until
    /// `scripts/embed-rules.sh` is run after a change under `Rules/`.
    @Test func embeddedRulesMatchRulesOnDisk() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let rules = root.appendingPathComponent("Rules").path
        var onDisk: [(path: String, bytes: [UInt8])] = []
        for subpath in try FileManager.default.subpathsOfDirectory(atPath: rules) {
            var isDirectory: ObjCBool = false
            let full = rules + "/" + subpath
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            let data = try #require(FileManager.default.contents(atPath: full))
            onDisk.append(("Rules/" + subpath, [UInt8](data)))
        }
        // The script sorts with LC_ALL=C, that is by bytes.
        onDisk.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }

        #expect(EmbeddedRules.files.map(\.path) == onDisk.map(\.path),
                "run scripts/embed-rules.sh")
        for (embedded, file) in zip(EmbeddedRules.files, onDisk) where embedded.path == file.path {
            #expect(embedded.text.utf8.elementsEqual(file.bytes), "\(file.path): run scripts/embed-rules.sh")
        }
    }

    // MARK: Errors

    /// A minimal valid profile; the error cases below change one line of it.
    static let valid = """
        code: xx
        name: Test
        native-name: Test
        caseless: false
        detection: ['^Test$']
        annex-headings: [Annex]
        contents-headings: [Contents]
        labels:
          chapters: roman
          sections: latin-capitals
          paragraphs: dot
          subparagraphs: "(a)"
        header:
          language: en
        dates:
          months: numeric
          weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa], [Su]]
          written: '{day}.{month}.[{year}]'
          date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']

        """

    /// `valid` with the whole line `line` replaced by `replacement`, which
    /// holds its own newlines ("" removes the line).
    static func replacing(_ line: String, with replacement: String) -> String {
        let text = "\n" + valid
        precondition(text.components(separatedBy: "\n" + line + "\n").count == 2)
        return String(text.replacingOccurrences(of: "\n" + line + "\n", with: "\n" + replacement).dropFirst())
    }

    static func error(_ line: Int, _ column: Int, _ message: String) -> RuleDataError {
        RuleDataError(file: "test.yml", line: line, column: column, message: message)
    }

    @Test func validProfileDefaultsToLatinLettersAndNoLookalikes() throws {
        let profile = try LanguageProfileLoader.load(yaml: Self.valid, file: "test.yml")
        #expect(profile == LanguageProfile(
            code: "xx", name: "Test", nativeName: "Test", caseless: false,
            detectionPatterns: [try CompiledPattern("^Test$")], annexHeadings: ["Annex"], contentsHeadings: ["Contents"],
            labels: .init(
                chapters: .roman, sections: .latinCapitals, paragraphs: .dot,
                subparagraphs: .parenthesized,
                subparagraphLetters: Array("abcdefghijklmnopqrstuvwxyz").map(String.init),
                lookalikes: [:]),
            header: HeaderForms(writtenIn: "en", distribution: [:], original: "", languageNames: [:], languageOfIssue: nil),
            dates: try DateForms(
                months: .numeric, weekdays: [["Mo"], ["Tu"], ["We"], ["Th"], ["Fr"], ["Sa"], ["Su"]],
                written: "{day}.{month}.[{year}]", dates: [#"(?<day>{day})\.(?<month>{month})\.(?<year>{year})"#])))
    }

    @Test(arguments: [
        // Unknown keys
        (replacing("  chapters: roman", with: "  chapter: roman\n"),
         error(9, 3, "unknown key 'chapter' in labels; expected one of: chapters, foreign-letters, lookalikes, "
             + "paragraphs, sections, subparagraph-letters, subparagraphs")),
        (replacing("name: Test", with: "nme: Test\n"),
         error(2, 1, "unknown key 'nme'; expected one of: annex-headings, caseless, code, "
             + "contents-headings, dates, detection, header, labels, name, native-name, part-headings")),
        // Missing keys: reported at the mapping that lacks them
        (replacing("native-name: Test", with: ""), error(1, 1, "missing key 'native-name'")),
        (replacing("  paragraphs: dot", with: ""), error(9, 3, "missing key 'paragraphs' in labels")),
        // Wrong types
        (replacing("name: Test", with: "name: 12\n"), error(2, 7, "'name' must be a string, found an integer")),
        (replacing("caseless: false", with: "caseless: [false]\n"),
         error(4, 11, "'caseless' must be true or false, found a list")),
        (replacing("caseless: false", with: "caseless: yes\n"),
         error(4, 11, "'caseless' must be true or false, found 'yes'")),
        (replacing("detection: ['^Test$']", with: "detection: '^Test$'\n"),
         error(5, 12, "'detection' must be a list, found '^Test$'")),
        (replacing("detection: ['^Test$']", with: "detection: [[a]]\n"),
         error(5, 13, "items in 'detection' must be strings, found a list")),
        (replacing("annex-headings: [Annex]", with: "annex-headings: {Annex: I}\n"),
         error(6, 17, "'annex-headings' must be a list, found a mapping")),
        (replacing("  chapters: roman", with: "  chapters: roman\n  foreign-letters: б\n"),
         error(10, 20, "'foreign-letters' must be a list, found 'б'")),
        (replacing("  chapters: roman", with: "  chapters: roman\n  lookalikes: [a]\n"),
         error(10, 15, "'lookalikes' must be a mapping, found a list")),
        ("- code: xx\n", error(1, 1, "the file must be a mapping, found a list")),
        ("# nothing but a comment\n", error(1, 1, "the file is empty")),
        // Bad enum values
        (replacing("  paragraphs: dot", with: "  paragraphs: dots\n"),
         error(11, 15, "'paragraphs' must be 'dot' or 'hyphen', found 'dots'")),
        (replacing("  subparagraphs: \"(a)\"", with: "  subparagraphs: (i)\n"),
         error(12, 18, "'subparagraphs' must be '(a)' or 'a)', found '(i)'")),
        (replacing("  chapters: roman", with: "  chapters: romans\n"),
         error(9, 13, "'chapters' must be 'roman', 'chinese-numerals' or a list of words, found 'romans'")),
        (replacing("  sections: latin-capitals", with: "  sections: roman\n"),
         error(10, 13, "'sections' must be 'latin-capitals' or a list of words, found 'roman'")),
        // Empty or repetitive lists
        (replacing("annex-headings: [Annex]", with: "annex-headings: []\n"),
         error(6, 17, "'annex-headings' must not be empty")),
        (replacing("  chapters: roman", with: "  chapters: [أولا, ثانيا, أولا]\n"),
         error(9, 27, "'chapters' lists 'أولا' twice")),
        // Patterns PCRE2 rejects: the offset counts scalars, not bytes
        (replacing("detection: ['^Test$']", with: "detection: ['^Test$', '^(Test$']\n"),
         error(5, 23, "invalid pattern in detection: missing closing parenthesis at pattern offset 7")),
        (replacing("detection: ['^Test$']", with: "detection: ['^Общ(ий']\n"),
         error(5, 13, "invalid pattern in detection: missing closing parenthesis at pattern offset 7")),
        // YAML syntax and duplicates
        (replacing("name: Test", with: "name: [Test\n"),
         error(3, 12, "invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'")),
        (replacing("name: Test", with: "name: Test\nname: Again\n"), error(2, 1, "duplicate key 'name'")),
        // Header forms
        (replacing("  language: en", with: "  language: en\n  original: 'Original: {language}'\n"),
         error(15, 13, "'original' cannot stand beside 'language' in header")),
        (replacing("  language: en", with: """
              distribution: {general: 'Distr.: General', limited: 'Distr.: Limited', secret: 'Distr.: Secret'}
              original: 'Original: {language}'
              language-names: {en: English}

            """), error(14, 74, "unknown distribution category 'secret'; expected one of: general, limited, restricted")),
        (replacing("  language: en", with: """
              distribution: {general: 'Distr.: General', limited: 'Distr.: Limited'}
              original: 'Original: {language}'
              language-names: {en: English}

            """), error(14, 17, "missing key 'restricted' in distribution")),
        (replacing("  language: en", with: """
              distribution: {general: 'Distr.: General', limited: 'Distr.: Limited', restricted: 'Distr.: Restricted'}
              original: 'Original: English'
              language-names: {en: English}

            """), error(15, 13, "'original' must contain {language}")),
        (replacing("  language: en", with: "  language-of-issue: Test\n"), error(14, 3, "missing key 'distribution' in header")),
        // Lookalikes
        (replacing("  chapters: roman", with: "  chapters: roman\n  lookalikes: {\"аб\": a}\n"),
         error(10, 16, "lookalike 'аб' must be a single character")),
        (replacing("  chapters: roman", with: "  chapters: roman\n  lookalikes: {\"а\": \"\"}\n"),
         error(10, 21, "lookalike '' must be a single character")),
    ])
    func loadError(yaml: String, expected: RuleDataError) {
        #expect(throws: expected) { try LanguageProfileLoader.load(yaml: yaml, file: "test.yml") }
    }

    /// The `dates:` section (lines 15–19 of `valid`), read as strictly as the rest.
    @Test(arguments: [
        (replacing("  months: numeric", with: "  month: numeric\n"),
         error(16, 3, "unknown key 'month' in dates; expected one of: abbreviations, date-patterns, first-day, "
             + "misformat-patterns, months, range-patterns, weekdays, written")),
        (replacing("  written: '{day}.{month}.[{year}]'", with: ""), error(16, 3, "missing key 'written' in dates")),
        (valid.components(separatedBy: "\ndates:")[0] + "\ndates: []\n", error(15, 8, "'dates' must be a mapping, found a list")),
        // Wrong types and counts
        (replacing("  months: numeric", with: "  months: 12\n"),
         error(16, 11, "'months' must be 'numeric' or a list of 12 lists of names, found an integer")),
        (replacing("  months: numeric", with: "  months: [[Jan], [Feb]]\n"),
         error(16, 11, "'months' must list 12 items, found 2")),
        (replacing("  weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa], [Su]]", with: "  weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa]]\n"),
         error(17, 13, "'weekdays' must list 7 items, found 6")),
        (replacing("  weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa], [Su]]", with: "  weekdays: [Mo, Tu, We, Th, Fr, Sa, Su]\n"),
         error(17, 14, "items in 'weekdays' must be lists of names, found 'Mo'")),
        (replacing("  weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa], [Su]]", with: "  weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa], [Su, mo]]\n"),
         error(17, 55, "'weekdays' lists 'mo' twice")),
        (replacing("  weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa], [Su]]", with: "  weekdays: [[Mo], [Tu], [We], [Th], [Fr], [Sa], []]\n"),
         error(17, 50, "'weekdays' must not be empty")),
        (replacing("  months: numeric", with: "  months: numeric\n  abbreviations: [[Jan]]\n"),
         error(17, 18, "'abbreviations' must list 12 items, found 1")),
        (replacing("  months: numeric", with: "  months: numeric\n  first-day: 1er\n"),
         error(17, 14, "'first-day' must be a list, found '1er'")),
        // The written form
        (replacing("  written: '{day}.{month}.[{year}]'", with: "  written: '{day}.{month}'\n"),
         error(18, 12, "'written' must contain {year}")),
        (replacing("  written: '{day}.{month}.[{year}]'", with: "  written: '{day}.{month}.{year}'\n"),
         error(18, 12, "'written' must put the year in one part in square brackets, as in '{day} {month}[ {year}]'")),
        // Patterns: PCRE2 errors, placeholders and groups
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: ['(?<day>{day})(?<month>{month})(']\n"),
         error(19, 19, "invalid pattern: missing closing parenthesis in date-patterns")),
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: ['(?<day>1)(?<month>2)(']\n"),
         error(19, 19, "invalid pattern: missing closing parenthesis at pattern offset 21 in date-patterns")),
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: ['(?<day>{dya})(?<month>{month})']\n"),
         error(19, 19, "unknown placeholder {dya}; this language has: {day}, {month}, {weekday}, {year} in date-patterns")),
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: ['(?<day>{day}) (?<month>{abbreviation})']\n"),
         error(19, 19, "unknown placeholder {abbreviation}; this language has: {day}, {month}, {weekday}, {year} in date-patterns")),
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: ['(?<day>{day})\\.(?<year>{year})']\n"),
         error(19, 19, "a date pattern needs a group named 'month' in date-patterns")),
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<dia>{year})']\n"),
         error(19, 19, "unknown group 'dia' in a date pattern; expected: day, month, weekday, year in date-patterns")),
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: ['(?<day>{day})\\.(?<month>{month})']\n  range-patterns: ['(?<day>{day})-(?<month>{month})']\n"),
         error(20, 20, "a range pattern needs a group named 'day2' in range-patterns")),
        (replacing("  date-patterns: ['(?<day>{day})\\.(?<month>{month})\\.(?<year>{year})']",
                   with: "  date-patterns: []\n"),
         error(19, 18, "'date-patterns' must not be empty")),
    ])
    func datesLoadError(yaml: String, expected: RuleDataError) {
        #expect(throws: expected) { try LanguageProfileLoader.load(yaml: yaml, file: "test.yml") }
    }

    @Test func aProfileWithoutDatesIsAnError() {
        let yaml = Self.valid.components(separatedBy: "\ndates:")[0] + "\n"
        #expect(throws: Self.error(1, 1, "missing key 'dates'")) {
            try LanguageProfileLoader.load(yaml: yaml, file: "test.yml")
        }
    }

    @Test func builtInFileMustBeNamedAfterItsCode() {
        #expect(throws: RuleDataError(file: "Rules/languages/en.yml", line: 1, column: 7,
                                      message: "code 'xx' does not match the file name 'en.yml'")) {
            try LanguageProfileLoader.load(yaml: Self.valid, file: "Rules/languages/en.yml", expectedCode: "en")
        }
    }

    @Test func errorDescriptionNamesFileLineAndColumn() {
        #expect(Self.error(3, 12, "missing key 'x'").description == "test.yml:3:12: missing key 'x'")
    }
}

@Suite struct HeaderFormsTests {
    /// Russian, Chinese and Arabic documents write the header in English, with their own language-of-issue line.
    @Test(arguments: [("ru", "Russian"), ("zh", "Chinese"), ("ar", "Arabic")])
    func headerWrittenInEnglishTakesTheEnglishForms(code: String, languageOfIssue: String) throws {
        let header = try #require(TestSupport.catalog.entry(code: code)).profile.header
        #expect(header.writtenIn == "en")
        #expect(header.distribution == [.general: "Distr.: General", .limited: "Distr.: Limited", .restricted: "Distr.: Restricted"])
        #expect(header.original == "Original: {language}")
        #expect(header.languageNames["fr"] == "French")
        #expect(header.languageOfIssue == languageOfIssue)
    }

    @Test func frenchHeaderHasItsOwnForms() throws {
        let header = try #require(TestSupport.catalog.entry(code: "fr")).profile.header
        #expect(header.writtenIn == "fr")
        #expect(header.distribution[.general] == "Distr. générale")
        #expect(header.original == "Original : {language}")
        #expect(header.languageNames["en"] == "anglais")
        #expect(header.languageOfIssue == "Français")
    }

    @Test func aHeaderWrittenInAnUnknownLanguageIsAnError() throws {
        var russian = try #require(TestSupport.catalog.entry(code: "ru")).profile
        russian.header.writtenIn = "xx"
        #expect(throws: LanguageCatalogError.headerLanguage("xx", in: "ru")) {
            try LanguageCatalog(profiles: [russian, try #require(TestSupport.catalog.entry(code: "en")).profile])
        }
    }
}
