import PCRE2

/// A parsed UN document: what the rules see.
///
/// The parser fills it from a ``SourceText``; rules read it and never re-parse
/// text, so every rule agrees on what is a heading, a paragraph or furniture.
public struct Document: Sendable {
    public let source: SourceText
    public let format: InputFormat
    /// The profile of the document language, and how it was chosen.
    public let language: LanguageProfile
    public let languageEvidence: LanguageEvidence
    /// The lines before the first chapter, section or numbered paragraph.
    public let header: HeaderBlock
    /// The fields of the header block (symbol, distribution, date, language of issue, original), read once.
    public let headerFields: HeaderFields
    /// Every document symbol in the text, well formed or not, found in one
    /// pass shared by the symbol rules; a failure when a pattern hit its limit
    /// (the engine reports it as `engine/match-limit`).
    public let symbols: Result<[SymbolMatch], PCRE2Error>
    /// Every date and range in the text, in the document language's forms,
    /// found in one pass shared by the date rules; a failure likewise.
    public let dates: Result<DateMentions, PCRE2Error>

    /// The symbols found, none when the scan failed.
    public var symbolMatches: [SymbolMatch] { (try? symbols.get()) ?? [] }
    /// The dates found, none when the scan failed.
    public var dateMentions: DateMentions { (try? dates.get()) ?? DateMentions() }
    /// The date scanners of the document language and of its header (built
    /// once per language, shared by every document in it).
    public let dateScanner: DateScanner
    public let headerDateScanner: DateScanner
    /// Every heading, in document order.
    public let headings: [Heading]
    /// The chapters and sections, grouped by part and annex; made once for
    /// the rules that walk them.
    public let outline: Outline
    /// Every numbered paragraph, in document order.
    public let paragraphs: [NumberedParagraph]
    /// Line numbers of page furniture (running headers, job numbers, page counters).
    public let furnitureLines: [Int]
    /// Line numbers that belong to a table of contents.
    public let contentsLines: [Int]
    /// The role of every line, and the text of each scope, for rule packs.
    public let regions: TextRegions
    /// The document type (CEB summary, resolution…), and how it was chosen;
    /// both nil when nothing in the header names a known type.
    public let documentType: DocumentType?
    public let documentTypeEvidence: DocumentTypeEvidence?

    public init(
        source: SourceText, format: InputFormat, language: LanguageProfile,
        languageEvidence: LanguageEvidence, header: HeaderBlock, headings: [Heading],
        paragraphs: [NumberedParagraph], furnitureLines: [Int], contentsLines: [Int], lineRoles: [LineRole],
        documentType: DocumentType? = nil, documentTypeEvidence: DocumentTypeEvidence? = nil,
        symbols: Result<[SymbolMatch], PCRE2Error>, dates: Result<DateMentions, PCRE2Error>,
        dateScanner: DateScanner, headerDateScanner: DateScanner
    ) {
        self.source = source
        self.format = format
        self.language = language
        self.languageEvidence = languageEvidence
        self.header = header
        self.dateScanner = dateScanner
        self.headerDateScanner = headerDateScanner
        self.headerFields = HeaderFields(
            source: source, format: format, language: language, header: header, dates: headerDateScanner)
        self.symbols = symbols
        self.dates = dates
        self.headings = headings
        self.outline = Outline(headings)
        self.paragraphs = paragraphs
        self.furnitureLines = furnitureLines
        self.contentsLines = contentsLines
        self.regions = TextRegions(source: source, roles: lineRoles)
        self.documentType = documentType
        self.documentTypeEvidence = documentTypeEvidence
    }
}

/// The two input forms unlint reads.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// Markdown as converted from Word or PDF.
    case markdown
    /// Plain text as `pdftotext` writes it.
    case text

    /// The form a file's extension implies: `.txt` → plain text; `.md`,
    /// `.markdown` and anything else (standard input among them) → Markdown,
    /// which reads plain text too but also knows `#` headings.
    public init(path: String) {
        self = path.lowercased().hasSuffix(".txt") ? .text : .markdown
    }
}

/// How the document language was chosen.
public enum LanguageEvidence: Sendable, Equatable {
    /// A header line matched one of the language's detection patterns.
    case headerLine(Int)
    /// The user said so (`--language`).
    case option
    /// Nothing said otherwise: English.
    case fallback
}

/// The front-page lines before the body, trimmed, blank lines left out.
public struct HeaderBlock: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public let number: Int
        /// The line with Markdown markup (`#`, `**`, trailing hard-break spaces) removed.
        public let text: String
    }
    public let lines: [Line]
}
