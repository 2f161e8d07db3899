/// The chapters and sections of a document, grouped: the main body, each
/// `Part` of it and each annex are parts; a part holds chapters, and each
/// chapter its sections.
/// Sections before the first chapter of a part sit in a chapter with no heading.
public struct Outline: Sendable {
    public struct Part: Sendable {
        /// 0 for the main body, then 1, 2… for the annexes.
        public let annex: Int
        public var chapters: [Chapter]
    }

    public struct Chapter: Sendable {
        /// Nil for sections that precede the part's first chapter.
        public let heading: Heading?
        public var sections: [Heading]
    }

    public let parts: [Part]

    public init(_ headings: [Heading]) {
        var parts: [Part] = []
        for heading in headings {
            if parts.last?.annex != heading.annex || heading.opensPart {
                parts.append(Part(annex: heading.annex, chapters: []))
            }
            switch heading.label?.rank {
            case .chapter:
                parts[parts.count - 1].chapters.append(Chapter(heading: heading, sections: []))
            case .section:
                if parts[parts.count - 1].chapters.isEmpty {
                    parts[parts.count - 1].chapters.append(Chapter(heading: nil, sections: []))
                }
                parts[parts.count - 1].chapters[parts[parts.count - 1].chapters.count - 1].sections.append(heading)
            case .number, nil:
                break
            }
        }
        self.parts = parts
    }
}
