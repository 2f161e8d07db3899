/// Every built-in rule, sorted by id. A test checks this list against the
/// rule files, so a new rule cannot be forgotten here.
public let builtInRules: [any Rule.Type] = [
    ParagraphSequenceRule.self,  // numbering/paragraph-sequence
    SplitParagraphRule.self,  // numbering/split-paragraph
    SubparagraphSequenceRule.self,  // numbering/subparagraph-sequence
    ChapterSequenceRule.self,  // structure/chapter-sequence
    HeadingEmphasisRule.self,  // structure/heading-emphasis
    HeadingLevelRule.self,  // structure/heading-level
    LoneSubdivisionRule.self,  // structure/lone-subdivision
    SectionSequenceRule.self,  // structure/section-sequence
]
