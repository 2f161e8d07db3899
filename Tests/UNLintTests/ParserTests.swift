import CustomDump
import Testing
@testable import UNLint

/// What the parser makes of a document, reduced to what these tests compare.
private struct Outline: Equatable {
    var headings: [String] = []
    var paragraphs: [String] = []
}

private func outline(_ text: String, format: InputFormat = .markdown, language: String? = nil) throws -> Outline {
    let document = try TestSupport.parse(text, format: format, language: language)
    return Outline(
        headings: document.headings.map { heading in
            let label = heading.label.map { "\($0.rank.rawValue) \($0.text)=\($0.value.map(String.init) ?? "invalid")" } ?? "unlabelled"
            return "\(heading.line): \(label) | \(heading.title)\(heading.annex > 0 ? " [annex \(heading.annex)]" : "")"
        },
        paragraphs: document.paragraphs.map { paragraph in
            let blocks = paragraph.blocks.map { "\($0.lines.lowerBound)-\($0.lines.upperBound)\($0.followsPageBreak ? "p" : "")" }
            return "\(paragraph.number) @\(paragraph.numberRange.start.line):\(paragraph.numberRange.start.column) \(blocks.joined(separator: " "))\(paragraph.annex > 0 ? " [annex \(paragraph.annex)]" : "")"
        })
}

@Suite struct MarkdownParserTests {
    @Test func headerHeadingsAndParagraphs() throws {
        let text = """
            # United Nations

            CEB/2025/1

            Distr.: General  
            14 May 2025

            ## Summary of deliberations

            ### I. Introduction

            1\\. The Board met on 4 May.

            ### **II. Debate**

            2. First part of the paragraph, cut by the

            

            page break. More text.

            #### A. Tribute

            3. Text.
            """
        let document = try TestSupport.parse(text)
        #expect(document.header.lines.map(\.text) == ["United Nations", "CEB/2025/1", "Distr.: General", "14 May 2025", "Summary of deliberations"])
        expectNoDifference(
            try outline(text),
            Outline(
                headings: [
                    "1: unlabelled | United Nations", "8: unlabelled | Summary of deliberations",
                    "10: chapter I=1 | Introduction", "14: chapter II=2 | Debate", "22: section A=1 | Tribute",
                ],
                paragraphs: ["1 @12:1 12-12", "2 @16:1 16-16 20-20p", "3 @24:1 24-24"]))
        #expect(document.paragraphs[0].numberRange.end.column == 4)  // `1\.` with pandoc's escape
        #expect(document.headings[3].emphasis?.marker == "**")
        #expect(document.headings[3].markdownLevel == 3)
    }

    @Test func annexRestartsAndTableOfContentsIsSkipped() throws {
        let text = """
            Contents

            I. Introduction ........................ 2
            II. Debate ............................. 3

            # I. Introduction

            1. Text.

            2. Text.

            # Annex I

            ## I. Terms

            1. Text.
            """
        expectNoDifference(
            try outline(text),
            Outline(
                headings: ["6: chapter I=1 | Introduction", "12: unlabelled | Annex I [annex 1]", "14: chapter I=1 | Terms [annex 1]"],
                paragraphs: ["1 @8:1 8-8", "2 @10:1 10-10", "1 @16:1 16-16 [annex 1]"]))
        #expect(try TestSupport.parse(text).contentsLines == [1, 2, 3, 4])
    }

    @Test func letterIAfterHIsASectionAndIAfterAChapterIsAChapter() throws {
        let sections = (["# I. One"] + "ABCDEFGHI".map { "## \($0). Part" } + ["# II. Two"]).joined(separator: "\n\n")
        let labels = try TestSupport.parse(sections).headings.compactMap(\.label).map { "\($0.rank.rawValue) \($0.text)" }
        #expect(labels == ["chapter I"] + "ABCDEFGHI".map { "section \($0)" } + ["chapter II"])
    }

    @Test func boldLineAloneIsAHeadingButBoldProseIsNot() throws {
        let document = try TestSupport.parse("**III. Other matters**\n\n**Première session ordinaire de 2021**\n")
        #expect(document.headings.map(\.text) == ["III. Other matters"])
        #expect(document.headings[0].markdownLevel == nil)
    }

    @Test func subparagraphLabelsInlineAndOnePerLine() throws {
        let document = try TestSupport.parse(
            "1. Themes: (a) peace; (b) development; and (c) rights, see paragraph 5 (d).\n\n2. Items:\n\n(a) One;\n\n(i) Sub;\n\n(b) Two.\n")
        #expect(document.paragraphs.map { $0.subparagraphs.map(\.text) } == [["a", "b", "c"], ["a", "i", "b"]])
        #expect(document.paragraphs[1].subparagraphs.map(\.startsLine) == [true, true, true])
        #expect(document.paragraphs[0].subparagraphs[1].range.start.column == 23)
    }

    @Test func russianLookalikeLettersAreFolded() throws {
        let document = try TestSupport.parse("Russian\n\n1. Совет: а) мир; b) развитие; с) права.\n")
        #expect(document.language.code == "ru")
        #expect(document.paragraphs[0].subparagraphs.map(\.folded) == ["a", "b", "c"])
        #expect(document.paragraphs[0].subparagraphs.map(\.text) == ["а", "b", "с"])
    }
}

@Suite struct PlainTextParserTests {
    @Test func pageFurnitureNumbersAloneHeadingsAndContents() throws {
        let text = """
            A/80/100

            General Assembly
            Distr.: General
            3 March 2025
            Original: English

            Contents
                                                                          Page
            I.   Introduction ........................................      2
            II.  Proceedings .........................................      3

            I. Introduction
            1.
            The Committee met in Geneva. It recalled resolution 78/1 of 12 August
            2021. The Committee then adopted its agenda.
            25-01234 (E) 100325 *2501234*
            \u{0C}A/80/100
            2/4
            2. The members recognized
            25-01234
            \u{0C}A/80/100
            that the review was due.
            II.
            Proceedings
            A. Approval of documents
            3. Text.
            Annex
            1. Annexed text.
            """
        expectNoDifference(
            try outline(text, format: .text),
            Outline(
                headings: [
                    "13: chapter I=1 | Introduction", "24: chapter II=2 | Proceedings", "26: section A=1 | Approval of documents",
                    "28: unlabelled | Annex [annex 1]",
                ],
                paragraphs: ["1 @14:1 15-16", "2 @20:1 20-20 23-23p", "3 @27:1 27-27", "1 @29:1 29-29 [annex 1]"]))
        let document = try TestSupport.parse(text, format: .text)
        #expect(document.furnitureLines == [17, 18, 19, 21, 22])
        #expect(document.contentsLines == [8, 9, 10, 11])
        #expect(document.header.lines.first?.text == "A/80/100")
    }

    @Test func twoColumnIndentedHeadingsAndFootnoteMarkers() throws {
        let text = "Distr.: General\n\n     1.     First paragraph ends with a footnote.5\n     2.     Second.\n"
        #expect(try outline(text, format: .text).paragraphs == ["1 @3:6 3-3", "2 @4:6 4-4"])
    }
}

@Suite struct LanguageDetectionTests {
    @Test(arguments: [
        ("Distr.: General\n14 May 2025\nOriginal: English\n", "en"),
        ("Distr. générale\n12 août 2021\nFrançais\nOriginal : anglais\n", "fr"),
        ("Distr. general\n4 de diciembre de 2002\nEspañol\nOriginal: inglés\n", "es"),
        ("Distr.: General\n6 July 2015\nRussian\nOriginal: English\n", "ru"),
        ("Distr.: General\n31 July 2002\nChinese\nOriginal: English\n", "zh"),
        ("Distr.: Limited\n16 July 2020\nArabic\nOriginal: English\n", "ar"),
        ("No header at all.\n", "en"),
    ])
    func headerLinesNameTheLanguage(header: String, code: String) throws {
        #expect(try TestSupport.parse(header + "\n1. Text.\n").language.code == code)
    }

    @Test func optionOverridesTheHeader() throws {
        let document = try TestSupport.parse("Distr. générale\n\n1. Text.\n", language: "es")
        #expect(document.language.code == "es")
        #expect(document.languageEvidence == .option)
    }

    @Test func unknownLanguageIsAnError() {
        #expect(throws: LanguageCatalogError.self) { try TestSupport.parse("1. Text.\n", language: "xx") }
    }

    @Test func arabicAndChineseLabels() throws {
        let arabic = try TestSupport.parse("Arabic\n\n# أولاً - مقدمة\n\n١ - نص.\n\n2- نص.\n\n## ألف - قسم\n")
        #expect(arabic.headings.compactMap(\.label).map { "\($0.rank.rawValue) \($0.value!)" } == ["chapter 1", "section 1"])
        #expect(arabic.paragraphs.map(\.number) == [1, 2])
        let chinese = try TestSupport.parse("Chinese\n\n# 一. 导言\n\n1.大会审议了报告。\n\n# 二. 讨论\n\n## A. 总务委员会\n")
        #expect(chinese.headings.compactMap(\.label).map { "\($0.rank.rawValue) \($0.value!)" } == ["chapter 1", "chapter 2", "section 1"])
        #expect(chinese.paragraphs.map(\.number) == [1])
    }
}

@Suite struct FrontMatterTests {
    @Test func yamlFrontMatterIsNeitherHeaderNorText() throws {
        let document = try TestSupport.parse("---\nsymbol: A/80/1\ntitle: \"1. Not a paragraph\"\n---\n\nDistr.: General\n\n1. Text.\n")
        #expect(document.header.lines.map(\.text) == ["Distr.: General"])
        #expect(document.paragraphs.map(\.number) == [1])
        #expect(document.paragraphs[0].numberRange.start.line == 8)
    }

    @Test func aRuleLaterInTheFileIsNoFrontMatter() throws {
        let document = try TestSupport.parse("Distr.: General\n\n---\n\n1. Text.\n\n---\n")
        #expect(document.header.lines.map(\.text) == ["Distr.: General"])
        #expect(document.paragraphs.map(\.number) == [1])
    }
}

/// How the parser tells a finished sentence from one that runs on.
@Suite struct SentenceTests {
    /// A sentence end is read from the end of a block only: a footnote reference
    /// (`[^12]`, whose label holds no space) and closing marks are looked past,
    /// digits of a footnote number too; nothing further back is read.
    @Test func sentenceEndsAreReadFromTheEnd() {
        #expect(Sentence.endsComplete("The Committee met in 2020.[^1]"))
        #expect(Sentence.endsComplete("It was adopted.[^12][^13]"))
        #expect(Sentence.endsComplete("« Il a été adopté. »"))
        #expect(Sentence.endsComplete("Statelessness. 5"))
        #expect(!Sentence.endsComplete("see the annex [^a b]"))
        #expect(!Sentence.endsComplete(String(repeating: "the text goes on here]\n", count: 3)))
        #expect(!Sentence.endsComplete("and the report of the Secretary-General"))
    }
}

@Suite struct ScannedLinesTests {
    private static func described(_ line: ScannedLine) -> String {
        "\(line.number) \(line.kind) [\(line.content)] @\(line.contentStart) \(line.markerBytes.map { "\($0)" } ?? "-") \(line.formFeed)"
    }

    /// Lines read back from their records are the lines the scanner made,
    /// also when their offsets are kept aside (as for a line over 4 GB).
    @Test(arguments: [0, Int(UInt32.max)])
    func linesReadBackAreTheLinesScanned(narrowLimit: Int) throws {
        let source = try SourceText(bytes: Array("---\nid: 1\n---\n  ## Résumé ##  \n\u{0C}Доклад\t\n\n***\n1. 报告 \r\nend".utf8))
        var read = ScannedLines(source.lines, narrowLimit: narrowLimit) { LineScanner.scan($0, format: .markdown) }
        read.markFrontMatter(0...2)
        #expect(read.map(Self.described) == [
            "1 frontMatter [---] @0 - false", "2 frontMatter [id: 1] @0 - false", "3 frontMatter [---] @0 - false",
            "4 atxHeading(level: 2) [Résumé] @5 2..<4 false", "5 text [Доклад] @1 - true", "6 blank [] @0 - false",
            "7 rule [***] @0 - false", "8 text [1. 报告] @0 - false", "9 text [end] @0 - false",
        ])
        #expect(read.map(Self.described) == LineScanner.scan(source, format: .markdown).map(Self.described))
        #expect(read.indices.map(read.contentLength) == read.map(\.content.utf8.count))
    }

    /// A block keeps no text: it is read again, each line without its
    /// indentation and trailing spaces, the first from the block's start.
    @Test func aBlockTextIsReadAgainFromTheDocument() throws {
        let text = "1.  La Commission a examiné  \n   le rapport du Secrétaire général\t\nsur la question.\n\nSuite.\n"
        let document = try TestSupport.parse(text, format: .text, language: "fr")
        let blocks = try #require(document.paragraphs.first?.blocks)
        #expect(blocks.map { $0.text(in: document.source, format: document.format) }
            == ["La Commission a examiné le rapport du Secrétaire général sur la question.", "Suite."])
    }
}
