/// Walks the scanned lines once and assembles the header block, headings and
/// numbered paragraphs. Kept apart from ``DocumentParser`` because it holds
/// the walk's state.
struct StructureBuilder {
    /// How far past the expected number a number may run, at a block start
    /// after an unfinished sentence, and still be read as a paragraph (with a gap).
    static let maximumGapAfterOpenSentence = 10

    let source: SourceText
    let format: InputFormat
    let profile: LanguageProfile
    let scanned: ScannedLines
    let furniture: LineSet
    let symbolLines: LineSet
    let contents: LineSet
    let labelReader: HeadingLabelReader
    /// The profile's annex words in lower case, for the head of every short line.
    let lowercasedAnnexHeadings: [String]
    /// How many characters of a line the annex words can take, lowercased to
    /// compare (lowering whole lines took a tenth of the walk over a document).
    let annexHeadingLength: Int

    var headerLines: [HeaderBlock.Line] = []
    var headings: [Heading] = []
    var furnitureLines: [Int] = []

    // The walk's state.
    /// The paragraphs so far, their sub-paragraph labels attached at the end:
    /// built in place, as a document can have a million.
    var openParagraphs: [NumberedParagraph] = []
    /// How the last block of the last paragraph ends, read when it closed
    /// (blocks keep no text); nil while that paragraph has no block.
    var lastBlockEnd: TextEnd?
    var block: BlockDraft?
    var headerDone = false
    /// Whether new blocks continue the last paragraph (false after a heading).
    var paragraphOpen = false
    /// The last item number of a numbered list inside the open paragraph.
    var numberedList: Int?
    var annex = 0
    var pageBreak = false
    var blankRun = 0
    /// A paragraph number alone on its line, waiting for its text.
    var pendingNumber: (number: Int, range: SourceRange)?
    /// A chapter or section label alone on its line (`II.`), waiting for its title.
    var pendingLabel: (line: ScannedLine, token: HeadingLabelReader.Token)?
    var lastChapter = 0
    var lastSection = 0
    /// nil until the first chapter (section) is seen; then its Markdown level,
    /// itself nil when that heading has no `#`.
    var firstChapterLevel: Int??
    var firstSectionLevel: Int??

    /// How a block's text ends, for telling whether its sentence runs on.
    struct TextEnd {
        let isEmpty: Bool
        let endsComplete: Bool
        let endsWithColon: Bool

        init(_ text: Substring) {
            isEmpty = text.isEmpty
            endsComplete = Sentence.endsComplete(text)
            endsWithColon = text.hasSuffix(":")
        }
    }

    struct BlockDraft {
        let firstLine: Int
        var lastLine: Int
        /// The first line's text, a slice of the document's.
        let firstText: Substring
        /// The lines joined by spaces, from the second line on.
        var joined: String?
        var text: Substring { joined.map { $0[...] } ?? firstText }
        let start: SourcePosition
        let followsPageBreak: Bool
        /// The block belongs to the open paragraph (not header or loose text).
        let inParagraph: Bool
    }

    init(
        source: SourceText, format: InputFormat, profile: LanguageProfile, scanned: ScannedLines,
        furniture: LineSet, symbolLines: LineSet, contents: LineSet
    ) {
        self.source = source
        self.format = format
        self.profile = profile
        self.scanned = scanned
        self.furniture = furniture
        self.symbolLines = symbolLines
        self.contents = contents
        self.labelReader = HeadingLabelReader(profile: profile)
        self.lowercasedAnnexHeadings = profile.annexHeadings.map { $0.lowercased() }
        self.annexHeadingLength = profile.annexHeadings.map(\.count).max() ?? 0
    }

    mutating func build() {
        for (index, line) in scanned.enumerated() {
            if line.formFeed { breakPage() }
            if contents.contains(line.number) {
                closeBlock()
                continue
            }
            switch line.kind {
            case .blank:
                closeBlock()
                blankRun += 1
                // A run of blank lines is where a converter left a page break.
                if blankRun >= 2 { pageBreak = true }
                continue
            case .frontMatter:
                continue
            case .rule:
                breakPage()
            case .atxHeading(let level):
                addHeading(line, level: level, text: line.content, contentStart: line.contentStart)
            case .text:
                readText(line, next: scanned.indices[(index + 1)...].first { !scanned.isBlank($0) }.map { scanned[$0] })
            }
            blankRun = 0
        }
        closeBlock()
        if let pendingLabel { addPendingLabelAlone(pendingLabel) }
    }

    /// The paragraphs with their sub-paragraph labels attached, handed over
    /// rather than copied (the builder keeps none).
    mutating func takeParagraphs(with labels: [SubparagraphLabel]) -> [NumberedParagraph] {
        var paragraphs = openParagraphs
        openParagraphs = []
        paragraphs.removeAll { $0.blocks.isEmpty }
        var remaining = labels[...]
        for index in paragraphs.indices {
            let paragraph = paragraphs[index]
            let lines = paragraph.lines
            while let first = remaining.first, first.range.start.line < lines.lowerBound { remaining.removeFirst() }
            var own: [SubparagraphLabel] = []
            while let first = remaining.first, lines.contains(first.range.start.line) {
                // The paragraph number's own line holds no label before the number.
                if first.range.start >= paragraph.numberRange.end { own.append(first) }
                remaining.removeFirst()
            }
            paragraphs[index].subparagraphs = own
        }
        // Kept at its size: grown by doubling, the list can be half empty,
        // and the document keeps it while every rule runs.
        guard paragraphs.capacity > paragraphs.count + paragraphs.count / 4 else { return paragraphs }
        return [NumberedParagraph](unsafeUninitializedCapacity: paragraphs.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: paragraphs)
        }
    }

    // MARK: - Lines

    private mutating func readText(_ line: ScannedLine, next: ScannedLine?) {
        let blockStart = block == nil
        if furniture.contains(line.number) || (headerDone && symbolLines.contains(line.number)) {
            furnitureLines.append(line.number)
            breakPage()
            return
        }
        if let pending = pendingLabel {
            pendingLabel = nil
            if ParagraphNumber.read(line.content, style: profile.labels.paragraphs) == nil {
                addLabelledHeading(pending.line, token: pending.token, titleLine: line)
                return
            }
            addPendingLabelAlone(pending)
        }
        if startsParagraph(line, blockStart: blockStart) { return }
        // Plain text may run a heading straight after a finished sentence, with no blank line.
        let headingPlace = blockStart || (format == .text && Sentence.endsComplete(block?.text ?? ""))
        if headingPlace, isHeadingLine(line, next: next, blockStart: blockStart) { return }
        if let pending = pendingNumber {
            pendingNumber = nil
            openParagraph(number: pending.number, range: pending.range, line: line, textStart: line.contentStart)
            return
        }
        if !headerDone, openParagraphs.isEmpty {
            headerLines.append(HeaderBlock.Line(number: line.number, text: DocumentParser.plainText(line.content)))
        }
        appendToBlock(line, textStart: line.contentStart)
    }

    /// Opens a paragraph when the line starts with a paragraph number, unless the
    /// number only looks like one: a year wrapped to the head of a line in the
    /// middle of a sentence (`… 12 August` / `2021. The Council…`).
    private mutating func startsParagraph(_ line: ScannedLine, blockStart: Bool) -> Bool {
        guard let found = ParagraphNumber.read(line.content, style: profile.labels.paragraphs) else { return false }
        // Only the open paragraph's text can leave a sentence open; loose text
        // after a heading (its wrapped second line) cannot.
        let previous = paragraphOpen ? block.map { TextEnd($0.text) } ?? lastBlockEnd : nil
        let sentenceOpen = previous.map { !$0.isEmpty && !$0.endsComplete } ?? false
        let expected = (openParagraphs.last?.number ?? 0) + 1
        // A paragraph that ends with a colon may introduce a numbered list (an
        // agenda: `1. Opening of the session.`); its items stay in the paragraph.
        if paragraphOpen, let last = numberedList, found.number == last + 1 {
            numberedList = found.number
            return false
        }
        if paragraphOpen, found.number == 1, expected != 1, previous?.endsWithColon == true {
            numberedList = 1
            return false
        }
        // In mid-sentence inside a block only the expected number opens a
        // paragraph, standing alone on its line (`pdftotext` output); at a block
        // start any number near the expected one does (a year does not).
        if sentenceOpen {
            let plausible = found.number == expected || found.number == 1
            if !blockStart && !(plausible && found.textStart == nil) { return false }
            if blockStart && !plausible && found.number > expected + Self.maximumGapAfterOpenSentence { return false }
        }
        if found.number != expected, isNumberedSubheading(line, found: found, expected: expected) {
            addHeading(line, level: nil, text: line.content, contentStart: line.contentStart)
            return true
        }
        let range = source.range(
            line: line.number,
            bytes: (line.contentStart + found.numberBytes.lowerBound)..<(line.contentStart + found.numberBytes.upperBound))
        closeBlock()
        headerDone = true
        if found.textStart == nil {
            pendingNumber = (found.number, range)
        } else {
            openParagraph(number: found.number, range: range, line: line, textStart: line.contentStart + found.textStart!)
        }
        return true
    }

    /// Sub-sections numbered `1.`, `2.` (`1.   Equality and non-discrimination`)
    /// collide with paragraph numbers. Such a line is a heading when its number
    /// breaks the paragraph sequence, its text is a short title rather than a
    /// sentence, and the expected paragraph number follows within a few lines
    /// that are titles too (a lower heading, a wrapped title).
    private func isNumberedSubheading(_ line: ScannedLine, found: ParagraphNumber.Found, expected: Int) -> Bool {
        guard let textStart = found.textStart else { return false }
        let title = String(decoding: Array(line.content.utf8)[textStart...], as: UTF8.self)
        guard isTitle(title) else { return false }
        for next in scanned[line.number...].lazy.filter({ $0.kind != .blank }).prefix(Self.subheadingLookahead) {
            if let number = ParagraphNumber.read(next.content, style: profile.labels.paragraphs)?.number {
                return number == expected
            }
            if !isTitle(next.content) { return false }
        }
        return false
    }

    /// How many lines after a numbered sub-heading may stand before the paragraph it heads.
    static let subheadingLookahead = 3

    /// A short line that does not end like a sentence.
    private func isTitle(_ text: some StringProtocol) -> Bool {
        text.utf8.count <= Self.maximumHeadingLength * 4 && text.unicodeScalars.count <= Self.maximumHeadingLength
            && !Sentence.endsComplete(String(text))
    }

    private mutating func openParagraph(number: Int, range: SourceRange, line: ScannedLine, textStart: Int) {
        closeBlock()
        openParagraphs.append(NumberedParagraph(number: number, numberRange: range, blocks: [], subparagraphs: [], annex: annex))
        lastBlockEnd = nil
        paragraphOpen = true
        numberedList = nil
        pageBreak = false
        appendToBlock(line, textStart: textStart)
    }

    private mutating func appendToBlock(_ line: ScannedLine, textStart: Int) {
        let utf8 = source.lines[line.number - 1].text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: textStart)
        let text = Substring(utf8[from..<utf8.index(from, offsetBy: line.contentStart + line.content.utf8.count - textStart)])
        // Extended in place: a copy of the draft would copy its text at every line.
        if block != nil {
            block!.lastLine = line.number
            if block!.joined == nil { block!.joined = String(block!.firstText) }
            block!.joined! += " "
            block!.joined! += text
            return
        }
        block = BlockDraft(
            firstLine: line.number, lastLine: line.number, firstText: text,
            start: source.position(line: line.number, byteInLine: textStart),
            followsPageBreak: pageBreak, inParagraph: paragraphOpen)
        pageBreak = false
    }

    mutating func closeBlock() {
        guard let open = block else { return }
        block = nil
        guard open.inParagraph else { return }
        openParagraphs[openParagraphs.count - 1].blocks.append(
            Block(lines: open.firstLine...open.lastLine, start: open.start, followsPageBreak: open.followsPageBreak))
        lastBlockEnd = TextEnd(open.text.trimmingWhitespace()[...])
    }

    private mutating func breakPage() {
        closeBlock()
        pageBreak = true
    }

}
