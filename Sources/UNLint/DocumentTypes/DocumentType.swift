import PCRE2

/// A kind of UN document (a CEB summary of deliberations, a resolution, a
/// report, a summary record): how to recognise it and what its structure
/// and masthead must hold.
///
/// Types are data: they are read from `Rules/doctypes/<id>.yml` (embedded in
/// the binary) by ``DocumentTypeLoader``, with every pattern compiled once
/// (see ``CompiledPattern``). No Swift code names a type.
public struct DocumentType: Sendable, Equatable {
    /// The type's id, also the file name: `ceb-summary`, `resolution`.
    public var id: String
    /// The type's name in English, as messages use it after "a"
    /// (`CEB summary of deliberations`, `resolution`).
    public var name: String
    /// Detection tries types from the highest priority down; the first with
    /// evidence in the header block wins. Built-in types have distinct priorities.
    public var priority: Int
    /// Whether the masthead carries an `Original:` line (resolutions do not).
    public var originalLine: OriginalLine
    /// PCRE2 patterns matched against each header-block line (trimmed, markup
    /// removed); a match is a symbol line of this type (`A/RES/80/1`).
    public var symbolPatterns: [CompiledPattern]
    /// PCRE2 patterns, by language code, matched against each header-block
    /// line; a match is the type's title line (`Résumé des délibérations`).
    /// Every language's patterns are tried, whatever the document language.
    public var titlePatterns: [String: [CompiledPattern]]
    /// PCRE2 patterns matched against each header-block line; a match rules
    /// the type out, whatever else matches (a draft's `L.` symbol for a report,
    /// whose agenda-item line may read `Report of the …`).
    public var exclusionPatterns: [CompiledPattern]
    /// The chapters the type requires, in document order; empty when it requires none.
    public var requiredChapters: [RequiredChapter]
    /// True for types that record a meeting already held (a summary record, a
    /// CEB summary of deliberations), which are issued after its date; reports
    /// for a coming session are issued before it (YAML `issued-after-meeting`).
    public var issuedAfterMeeting: Bool

    public init(
        id: String, name: String, priority: Int, originalLine: OriginalLine,
        symbolPatterns: [CompiledPattern], titlePatterns: [String: [CompiledPattern]],
        exclusionPatterns: [CompiledPattern] = [], requiredChapters: [RequiredChapter], issuedAfterMeeting: Bool = false
    ) {
        self.id = id
        self.name = name
        self.priority = priority
        self.originalLine = originalLine
        self.symbolPatterns = symbolPatterns
        self.titlePatterns = titlePatterns
        self.exclusionPatterns = exclusionPatterns
        self.requiredChapters = requiredChapters
        self.issuedAfterMeeting = issuedAfterMeeting
    }

    /// Whether a document of the type carries an `Original:` line in its masthead
    /// (YAML `original-line: required|absent`).
    public enum OriginalLine: String, Sendable, Equatable, CaseIterable {
        /// The masthead names the original language (`Original: English`).
        case required
        /// The masthead has no such line (General Assembly resolutions).
        case absent
    }

    /// A chapter that a document of the type must have.
    public struct RequiredChapter: Sendable, Equatable {
        /// The chapter's name in English, for messages (`Other matters`).
        public var name: String
        /// Where the chapter must stand among the main body's chapters; nil
        /// when it may stand anywhere after the required chapters listed before it.
        public var position: Position?
        /// The chapter's title by language code. A language without an entry
        /// is not checked for this chapter: its form is unknown.
        public var titles: [String: Title]

        public init(name: String, position: Position?, titles: [String: Title]) {
            self.name = name
            self.position = position
            self.titles = titles
        }

        public enum Position: String, Sendable, Equatable, CaseIterable {
            /// Chapter I of the main body.
            case first
            /// The last chapter of the main body (annexes do not count).
            case last
        }

        /// How one language writes the chapter's title.
        public struct Title: Sendable, Equatable {
            /// The title as that language writes it, for messages (`Autres questions`).
            public var name: String
            /// PCRE2 patterns matched against a chapter heading's title (after its label).
            public var patterns: [CompiledPattern]

            public init(name: String, patterns: [CompiledPattern]) {
                self.name = name
                self.patterns = patterns
            }
        }

        /// True when `title` (a chapter heading's text after its label) matches
        /// the chapter's patterns in any language: a document whose language was
        /// misdetected still has its chapters recognised.
        public func matches(title: String) throws(PCRE2Error) -> Bool {
            for code in titles.keys.sorted() {
                for pattern in titles[code]!.patterns where try pattern.regex.isMatch(title) {
                    return true
                }
            }
            return false
        }
    }
}

/// How the document type was chosen.
public enum DocumentTypeEvidence: Sendable, Equatable {
    /// A header line (this 1-based line number) matched one of the type's symbol patterns.
    case symbolLine(Int)
    /// A header line matched one of the type's title patterns.
    case titleLine(Int)
    /// The user said so (`--doctype`).
    case option
}
