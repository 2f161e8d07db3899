/// What unlint knows about one official language: how to recognise a document
/// written in it, and the label forms its documents use.
///
/// Profiles are data: they are read from `Rules/languages/<code>.yml`
/// (embedded in the binary) by ``LanguageProfileLoader``; no Swift code names a
/// language except the fallback to English.
public struct LanguageProfile: Sendable, Equatable {
    /// ISO 639-1 code, also the file name: `en`, `fr`, `es`, `ru`, `zh`, `ar`.
    public var code: String
    /// The language's name in English (`French`).
    public var name: String
    /// The language's name in itself (`Français`).
    public var nativeName: String
    /// True for scripts without letter case (Chinese, Arabic): a rule that looks
    /// for a lower-case continuation cannot rely on case there.
    public var caseless: Bool
    /// PCRE2 patterns matched against each header-block line (trimmed); any
    /// match is evidence that the document is in this language.
    public var detectionPatterns: [CompiledPattern]
    /// Words that open an annex heading (`Annex`, `Annexe`, `المرفق`); numbering restarts after one.
    public var annexHeadings: [String]
    /// Patterns of a heading that opens a part (`Part two`, `Deuxième partie`):
    /// chapters are numbered from I again in each part; paragraphs run on.
    public var partHeadings: [CompiledPattern]
    /// Headings that open a table of contents (`Contents`, `Table des matières`).
    public var contentsHeadings: [String]
    /// Label forms of chapters, sections, paragraphs and sub-paragraphs.
    public var labels: Labels
    /// How the header lines are written.
    public var header: HeaderForms
    /// How dates are written in running text (the header date of Russian,
    /// Chinese and Arabic documents follows `header`: it is in English).
    public var dates: DateForms

    public init(
        code: String, name: String, nativeName: String, caseless: Bool,
        detectionPatterns: [CompiledPattern], annexHeadings: [String], contentsHeadings: [String],
        labels: Labels, header: HeaderForms, dates: DateForms = .none, partHeadings: [CompiledPattern] = []
    ) {
        self.dates = dates
        self.partHeadings = partHeadings
        self.code = code
        self.name = name
        self.nativeName = nativeName
        self.caseless = caseless
        self.detectionPatterns = detectionPatterns
        self.annexHeadings = annexHeadings
        self.contentsHeadings = contentsHeadings
        self.labels = labels
        self.header = header
    }

    /// How a language labels the parts of a document.
    public struct Labels: Sendable, Equatable {
        /// Chapter labels: Roman numerals, Chinese numerals, or an ordered word list (Arabic `أولا`, `ثانيا`…).
        public var chapters: Series
        /// Section labels: Latin capitals, or an ordered word list (Arabic `ألف`, `باء`…).
        public var sections: Series
        /// Paragraph numbers: `1.` (dot) or `1 -` (hyphen, Arabic).
        public var paragraphs: ParagraphStyle
        /// Sub-paragraph label style: `(a)` in English, `a)` in French and Spanish.
        public var subparagraphs: SubparagraphStyle
        /// Sub-paragraph letters in order; Latin `a`…`z` unless a language says otherwise (Arabic abjad order).
        public var subparagraphLetters: [String]
        /// Characters folded before a label is read (Cyrillic `а` → Latin `a`).
        public var lookalikes: [Character: Character]
        /// Letters of another alphabet that some copies use for sub-paragraphs,
        /// in that alphabet's order (Cyrillic `а`, `б`, `в`… for `a`, `b`, `c`…):
        /// read as the letter at the same place, and reported unless a look-alike.
        public var foreignLetters: [String]

        public init(
            chapters: Series, sections: Series, paragraphs: ParagraphStyle,
            subparagraphs: SubparagraphStyle, subparagraphLetters: [String],
            lookalikes: [Character: Character], foreignLetters: [String] = []
        ) {
            self.foreignLetters = foreignLetters
            self.chapters = chapters
            self.sections = sections
            self.paragraphs = paragraphs
            self.subparagraphs = subparagraphs
            self.subparagraphLetters = subparagraphLetters
            self.lookalikes = lookalikes
        }
    }

    /// An ordered series of labels.
    public enum Series: Sendable, Equatable {
        /// `I`, `II`, `III`… (Latin letters).
        case roman
        /// `一`, `二`, `三`… (Chinese numerals).
        case chineseNumerals
        /// `A`, `B`, `C`…
        case latinCapitals
        /// An explicit list, in order; each word is followed by ` -` (Arabic).
        case words([String])
    }

    public enum ParagraphStyle: String, Sendable, Equatable {
        /// `12.`
        case dot
        /// `12 -`, also `12-`, with Western or Eastern Arabic digits.
        case hyphen
    }

    public enum SubparagraphStyle: String, Sendable, Equatable {
        /// `(a)`, `(i)`
        case parenthesized = "(a)"
        /// `a)`, `i)`
        case closingParenthesis = "a)"
    }
}
