/// Every built-in rule, sorted by id. A test checks this list against the
/// rule files, so a new rule cannot be forgotten here.
public let builtInRules: [any Rule.Type] = [
    DateChronologyRule.self,  // date/chronology
    DateFormatRule.self,  // date/format
    InvalidDateRule.self,  // date/invalid
    DateWeekdayRule.self,  // date/weekday
    DateMissingRule.self,  // header/date-missing
    DistributionFormatRule.self,  // header/distribution-format
    DistributionMissingRule.self,  // header/distribution-missing
    HeaderOrderRule.self,  // header/order
    OriginalFormatRule.self,  // header/original-format
    OriginalMissingRule.self,  // header/original-missing
    SymbolMissingRule.self,  // header/symbol-missing
    LinkEmptyTargetRule.self,  // link/empty-target
    ParagraphSequenceRule.self,  // numbering/paragraph-sequence
    SplitParagraphRule.self,  // numbering/split-paragraph
    SubparagraphSequenceRule.self,  // numbering/subparagraph-sequence
    ChapterSequenceRule.self,  // structure/chapter-sequence
    HeadingEmphasisRule.self,  // structure/heading-emphasis
    HeadingLevelRule.self,  // structure/heading-level
    LoneSubdivisionRule.self,  // structure/lone-subdivision
    SectionOrderRule.self,  // structure/section-order
    SectionSequenceRule.self,  // structure/section-sequence
    SymbolFormatRule.self,  // symbol/format
    SymbolHeaderYearRule.self,  // symbol/header-year
    SymbolUnknownPrefixRule.self,  // symbol/unknown-prefix
]
