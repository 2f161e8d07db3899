import Foundation
import PropertyBased
import Testing
@testable import UNLint

/// Properties of the linter on generated UN-style documents: a header (tidy, or
/// with lines dropped and moved), chapters and sections, numbered paragraphs
/// of random text in the document's language (accents, Cyrillic, Chinese,
/// Arabic, four-byte scalars, combining marks, no-break spaces, dates, symbols,
/// sub-paragraph labels), LF, CRLF or CR line ends, with or without a
/// byte-order mark, as Markdown or plain text. The counts keep the suite to a
/// few seconds in a debug build; a failure prints the seed that replays it.
@Suite struct PropertyTests {
    /// The linter as the command runs it: every built-in rule and the shipped packs.
    static let linter = Linter(catalog: TestSupport.catalog, packs: try! RulePackLoader.shipped())

    /// (a) Every position reported lies inside the file, on a scalar boundary,
    /// with the line and column of its offset, and no range ends before it starts.
    @Test func positionsLieInsideTheFileOnScalarBoundaries() async throws {
        await propertyCheck(count: 100, input: GeneratedDocument.generator(tidyHeader: false)) { document in
            let result = try Self.linter.lint(bytes: document.bytes, path: document.path)
            #expect(PositionChecks.problems(in: result, bytes: document.bytes) == [], "\(document)")
        }
    }

    /// (b) Consecutive numbering yields no paragraph-sequence finding, and each
    /// injected gap exactly one, on the line of the paragraph after the gap.
    @Test func eachNumberingGapIsOneFindingAtItsParagraph() async throws {
        await propertyCheck(count: 100, input: GeneratedDocument.generator(tidyHeader: true)) { document in
            let result = try Self.linter.lint(bytes: document.bytes, path: document.path)
            #expect(result.language == document.language.rawValue, "\(document)")
            let reported = result.diagnostics.filter { $0.rule == "numbering/paragraph-sequence" }.map(Finding.init)
            #expect(reported == document.expectedNumberingFindings, "\(document)")
        }
    }

    /// (c) A set of files gives the same results whatever their order and the
    /// number of files linted at once; results come back in the order given.
    @Test func resultsDoNotDependOnInputOrderOrWidth() async throws {
        let documents = GeneratedDocument.generator(tidyHeader: false).array(of: 2...4)
        await propertyCheck(count: 8, input: documents, Gen.uint64(in: 0...UInt64.max)) { documents, seed in
            // Paths are unique within a set; the extension keeps each document's format.
            let inputs = documents.enumerated().map { index, document in
                LintInput(path: "doc-\(index)-" + document.path, content: .bytes(document.bytes))
            }
            let baseline = Outcome(await Self.linter.lint(inputs, width: 1))
            var random = SplitMix64(seed: seed)
            for order in [Array(inputs.reversed()), inputs.shuffled(using: &random)] {
                for width in [1, 2, 8] {
                    let results = await Self.linter.lint(order, width: width)
                    #expect(results.map(\.path) == order.map(\.path))
                    #expect(Outcome(results) == baseline, "width \(width), order \(order.map(\.path))")
                }
            }
        }
    }

    /// What the command prints of a set of results, keyed by path so that the
    /// order of the inputs drops out: both reports and each file's result.
    struct Outcome: Equatable {
        let files: [String: [Diagnostic]]
        let languages: [String: String?]
        let text: String
        let json: String

        init(_ results: [FileResult]) {
            let sorted = results.sorted { $0.path < $1.path }
            files = Dictionary(uniqueKeysWithValues: sorted.map { ($0.path, $0.diagnostics) })
            languages = Dictionary(uniqueKeysWithValues: sorted.map { ($0.path, $0.language) })
            text = TextReporter().report(LintReport(files: sorted))
            json = JSONReporter().report(LintReport(files: sorted))
        }
    }
}

/// One generated document: its bytes and what its numbering must produce.
struct GeneratedDocument: Sendable, CustomStringConvertible {
    enum Language: String, CaseIterable, Sendable {
        case en, fr, es, ru, zh, ar
    }

    enum LineEnding: String, CaseIterable, Sendable {
        case lf = "\n"
        case crlf = "\r\n"
        case cr = "\r"
    }

    /// What comes before one numbered paragraph.
    struct Shape: Sendable {
        /// How many numbers the paragraph skips (0: it follows on).
        let gap: Int
        let opensChapter: Bool
        let opensSection: Bool
        let words: Int
    }

    let language: Language
    let format: InputFormat
    let ending: LineEnding
    let byteOrderMark: Bool
    let lines: [String]
    /// The line (1-based) and number of each numbered paragraph.
    let paragraphs: [(line: Int, number: Int)]

    var path: String { format == .text ? "generated.txt" : "generated.md" }

    var bytes: [UInt8] {
        (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array((lines.joined(separator: ending.rawValue) + ending.rawValue).utf8)
    }

    /// A paragraph-sequence finding for each paragraph whose number skips.
    var expectedNumberingFindings: [Finding] {
        zip(paragraphs, paragraphs.dropFirst()).compactMap { before, paragraph in
            guard paragraph.number != before.number + 1 else { return nil }
            return Finding(
                "numbering/paragraph-sequence", paragraph.line, 1,
                "Paragraph \(paragraph.number) follows paragraph \(before.number); expected \(before.number + 1).")
        }
    }

    var description: String {
        let shown = lines.enumerated().map { "\($0.offset + 1)| \($0.element)" }.joined(separator: "\n")
        return "\(language.rawValue) \(path), \(ending) ends, BOM \(byteOrderMark):\n\(shown)"
    }

    /// Documents of 1 to 12 paragraphs; most paragraphs follow on, some skip
    /// 1 to 3 numbers. With `tidyHeader` false the header may lose or move lines
    /// (and the language may then go undetected).
    static func generator(tidyHeader: Bool) -> Generator<GeneratedDocument, some SendableSequenceType> {
        let shape = zip(Gen.int(in: -5...3), Gen.bool(0.25), Gen.bool(0.3), Gen.int(in: 1...14))
            .map { gap, chapter, section, words in
                Shape(gap: max(gap, 0), opensChapter: chapter, opensSection: section, words: words)
            }
        let setting = zip(Gen<Language>.case, Gen<InputFormat>.case, Gen<LineEnding>.case, Gen.bool)
        return zip(setting, shape.array(of: 1...12), Gen.uint64(in: 0...UInt64.max)).map { setting, shapes, seed in
            let (language, format, ending, byteOrderMark) = setting
            return GeneratedDocument(
                language: language, format: format, ending: ending, byteOrderMark: byteOrderMark, shapes: shapes,
                tidyHeader: tidyHeader, seed: seed)
        }
    }

    init(
        language: Language, format: InputFormat, ending: LineEnding, byteOrderMark: Bool, shapes: [Shape],
        tidyHeader: Bool, seed: UInt64
    ) {
        self.language = language
        self.format = format
        self.ending = ending
        self.byteOrderMark = byteOrderMark
        var random = SplitMix64(seed: seed)
        let writer = TextWriter(language: language)
        let markdown = format == .markdown
        var lines: [String] = []
        var header = Self.header(language, random: &random)
        if !tidyHeader {
            header = header.filter { _ in Int.random(in: 0..<8, using: &random) != 0 }
            if header.count > 1, Bool.random(using: &random) { header.swapAt(0, Int.random(in: 1..<header.count, using: &random)) }
        }
        for line in header {
            lines += [line, ""]
        }
        lines += [(markdown ? "**" : "") + writer.words(4, random: &random) + (markdown ? "**" : ""), ""]
        var chapter = 0
        var section = 0
        var number = 0
        var paragraphs: [(line: Int, number: Int)] = []
        for (index, shape) in shapes.enumerated() {
            if index == 0 || shape.opensChapter {
                chapter += 1
                section = 0
                lines += [(markdown ? "# " : "") + Self.chapterLabel(chapter, language) + " " + writer.words(3, random: &random), ""]
            }
            if shape.opensSection {
                section += 1
                lines += [(markdown ? "## " : "") + Self.sectionLabel(section, language) + " " + writer.words(3, random: &random), ""]
            }
            number = index == 0 ? 1 : number + 1 + shape.gap
            paragraphs.append((line: lines.count + 1, number: number))
            let label = language == .ar ? "\(number) - " : "\(number). "
            lines += [label + writer.sentence(shape.words, random: &random), ""]
        }
        self.lines = lines
        self.paragraphs = paragraphs
    }

    /// A masthead as each language writes it (Russian, Chinese and Arabic keep English header lines).
    static func header(_ language: Language, random: inout SplitMix64) -> [String] {
        let day = Int.random(in: 1...28, using: &random)
        let year = Int.random(in: 2019...2026, using: &random)
        let month = Int.random(in: 0..<12, using: &random)
        let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let symbol = ["A/\(year - 1945)/\(Int.random(in: 1...400, using: &random))", "E/\(year)/\(Int.random(in: 1...90, using: &random))",
            "S/\(year)/\(Int.random(in: 1...900, using: &random))"].randomElement(using: &random)!
        let englishDate = "\(day) \(english[month]) \(year)"
        switch language {
        case .en:
            return ["United Nations", symbol, "Distr.: General", englishDate, "Original: English"]
        case .fr:
            let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            return ["Nations Unies", symbol, "Distr. générale", "\(day) \(months[month]) \(year)", "Français", "Original : anglais"]
        case .es:
            let months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
            return ["Naciones Unidas", symbol, "Distr. general", "\(day) de \(months[month]) de \(year)", "Español", "Original: inglés"]
        case .ru:
            return ["Организация Объединенных Наций", symbol, "Distr.: General", englishDate, "Russian", "Original: English"]
        case .zh:
            return ["联合国", symbol, "Distr.: General", englishDate, "Chinese", "Original: English"]
        case .ar:
            return ["الأمم المتحدة", symbol, "Distr.: General", englishDate, "Arabic", "Original: English"]
        }
    }

    static func chapterLabel(_ chapter: Int, _ language: Language) -> String {
        switch language {
        case .zh:
            return String(Array("一二三四五六七八九十")[(chapter - 1) % 10]) + "."
        case .ar:
            let words = ["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا"]
            return words[(chapter - 1) % words.count] + " -"
        default:
            let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
            return romans[chapter - 1] + "."
        }
    }

    static func sectionLabel(_ section: Int, _ language: Language) -> String {
        if language == .ar {
            let words = ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام"]
            return words[(section - 1) % words.count] + " -"
        }
        return String(Array("ABCDEFGHJKLM")[(section - 1) % 12]) + "."
    }
}

/// Random words in a language's script, with the odd hard case mixed in.
struct TextWriter {
    let language: GeneratedDocument.Language

    /// Letters of each script: accented Latin, Cyrillic, CJK ideographs, Arabic.
    private var letters: [Character] {
        switch language {
        case .en: Array("abcdefghijklmnopqrstuvwxyz")
        case .fr: Array("abcdefghilmnoprstuvéèàçêôœ")
        case .es: Array("abcdefghilmnoprstuvñáéíóú")
        case .ru: Array("абвгдежзийклмнопрстуфхцчшщыэюя")
        case .zh: Array("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经")
        case .ar: Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        }
    }

    /// Rarer content: four-byte scalars, a combining accent, a no-break space,
    /// sub-paragraph labels, a date and a symbol (digits only inside a line).
    private static let extras = ["𠜎𠝹", "😀", "e\u{301}té", "a\u{A0}b", "(a)", "(c)", "3 May 2025", "A/80/L.1", "«»", "—"]

    func words(_ count: Int, random: inout SplitMix64) -> String {
        let separator = language == .zh ? "" : " "
        return (0..<count).map { _ -> String in
            if Int.random(in: 0..<10, using: &random) == 0 { return Self.extras.randomElement(using: &random)! }
            return String((0..<Int.random(in: 1...8, using: &random)).map { _ in letters.randomElement(using: &random)! })
        }.joined(separator: separator)
    }

    /// A paragraph's text: `count` words closed by the language's full stop.
    func sentence(_ count: Int, random: inout SplitMix64) -> String {
        words(count, random: &random) + (language == .zh ? "。" : ".")
    }
}

/// A small seeded generator, so that a document is a function of its seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
