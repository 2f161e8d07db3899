/// What one line of a document is, as far as rules that read text care.
public enum LineRole: UInt8, Sendable {
    /// A blank line, a Markdown horizontal rule, or a suppression comment blanked out.
    case blank
    /// YAML front matter: metadata, not text.
    case frontMatter
    /// A line of the front-page header block.
    case header
    case heading
    /// Running text: numbered paragraphs, their sub-paragraphs and unnumbered text.
    case paragraph
    /// A Markdown table row (`| … |`).
    case table
    /// Page furniture: running headers, job numbers, page counters.
    case furniture
    /// A line of a table of contents.
    case contents
}

/// The parts of a document a rule-pack rule may look at.
public enum TextScope: String, Sendable, CaseIterable {
    /// The front-page header block.
    case header
    /// Each heading.
    case heading
    /// Each paragraph of running text (tables left out).
    case paragraph
    /// Everything after the header: headings, paragraphs and tables, without
    /// page furniture or the table of contents.
    case body
    /// Every line but the front matter.
    case any

    func includes(_ role: LineRole) -> Bool {
        switch self {
        case .header: role == .header
        case .heading: role == .heading
        case .paragraph: role == .paragraph
        case .body: role == .heading || role == .paragraph || role == .table
        case .any: role != .blank && role != .frontMatter
        }
    }

    /// Whether each heading or paragraph is a unit of its own (for `min`/`max`
    /// counts), rather than the scope as a whole.
    public var unitPerBlock: Bool { self == .heading || self == .paragraph }
}

/// The roles of a document's lines, and the text each scope covers (worked
/// out once per document for every scope: each rule-pack rule reads one).
public struct TextRegions: Sendable {
    /// One role per line: `roles[0]` is line 1.
    public let roles: [LineRole]
    /// One flat list per scope: a unit of a heading or paragraph scope is one
    /// region, so a list of units would hold a small array per paragraph.
    private let regionsByScope: [TextScope: [Range<Int>]]

    init(source: SourceText, roles: [LineRole]) {
        self.roles = roles
        regionsByScope = Dictionary(uniqueKeysWithValues: TextScope.allCases.map {
            ($0, Self.regions($0, roles: roles, lines: source.lines, base: source.baseOffset))
        })
    }

    /// The text of `scope` as UTF-8 byte ranges of `source.text`, in order:
    /// runs of consecutive lines of one role, so that a pattern can span the
    /// lines of a paragraph but never runs from one block into the next. In a
    /// heading or paragraph scope each region is a unit of its own (see
    /// ``TextScope/unitPerBlock``); otherwise they make one unit together.
    public func regions(_ scope: TextScope) -> [Range<Int>] {
        regionsByScope[scope] ?? []
    }

    private static func regions(
        _ scope: TextScope, roles: [LineRole], lines: SourceLines, base: Int
    ) -> [Range<Int>] {
        // Counted first, then made at their size: grown by doubling, the five
        // lists of a large document would be up to half empty.
        var count = 0
        forEachRun(of: scope, in: roles) { _ in count += 1 }
        var regions: [Range<Int>] = []
        regions.reserveCapacity(count)
        forEachRun(of: scope, in: roles) { run in
            regions.append((lines[run.lowerBound].startOffset - base)..<(lines[run.upperBound].endOffset - base))
        }
        return regions
    }

    /// Calls `body` with each run of lines (indices) that makes a region of `scope`.
    private static func forEachRun(of scope: TextScope, in roles: [LineRole], _ body: (ClosedRange<Int>) -> Void) {
        var index = 0
        while index < roles.count {
            let role = roles[index]
            guard scope.includes(role) else {
                index += 1
                continue
            }
            var last = index
            // A heading is one line; other roles run on over consecutive lines.
            while role != .heading, last + 1 < roles.count, roles[last + 1] == role { last += 1 }
            body(index...last)
            index = last + 1
        }
    }
}

extension LineRole {
    /// The role of each line, from what the parser found.
    static func roles(
        scanned: ScannedLines, format: InputFormat, header: LineSet, headings: LineSet, furniture: LineSet,
        contents: LineSet
    ) -> [LineRole] {
        let bar = UInt8(ascii: "|")
        var roles = scanned.map { line -> LineRole in
            switch line.kind {
            case .blank, .rule: return .blank
            case .frontMatter: return .frontMatter
            case .atxHeading, .text:
                if furniture.contains(line.number) { return .furniture }
                if contents.contains(line.number) { return .contents }
                if header.contains(line.number) { return .header }
                if headings.contains(line.number) { return .heading }
                if format == .markdown, line.content.utf8.first == bar { return .table }
                return isLaidOutInColumns(line.content) ? .table : .paragraph
            }
        }
        // The header block runs to the first chapter, section or numbered
        // paragraph, so it can hold running text (a summary, or a whole
        // document with no structure). A run of its lines that ends a sentence
        // and is long enough to be one is read as a paragraph.
        var index = 0
        while index < roles.count {
            guard roles[index] == .header else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < roles.count, roles[end + 1] == .header { end += 1 }
            let lines = scanned[index...end].map(\.content)
            let text = lines.joined(separator: " ")
            // Words, or ideographs for Chinese; a run of spaces lays out columns (a masthead).
            let long = Self.holdsFourWords(text)
                || text.unicodeScalars.filter(\.properties.isIdeographic).count >= 10
            if long, Sentence.endsComplete(text), !lines.contains(where: { $0.contains("   ") }) {
                for line in index...end { roles[line] = .paragraph }
            }
            index = end + 1
        }
        return roles
    }

    /// Whether `text` has four words or more (split at spaces), counted only
    /// that far: a header run can be one huge line.
    private static func holdsFourWords(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for character in text {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words == 4 { return true }
            }
        }
        return false
    }

    /// A line whose words are set apart in columns by runs of spaces (a table
    /// as `pdftotext -layout` writes it): a run of three spaces or more after
    /// the first gap, or a first gap of six or more. The gap of three to five
    /// spaces after a leading paragraph number (`1.   The Committee…`) is not.
    static func isLaidOutInColumns(_ content: Substring) -> Bool {
        var content = content
        return content.withUTF8(isLaidOutInColumns)
    }

    private static func isLaidOutInColumns(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard holdsThreeSpaces(bytes) else { return false }
        var gaps = 0
        var run = 0
        for byte in bytes {
            if byte == 0x20 {
                run += 1
                continue
            }
            if run > 0 {
                gaps += 1
                if run >= 6 || (run >= 3 && gaps > 1) { return true }
                run = 0
            }
        }
        return false
    }

    /// Whether three spaces follow one another somewhere: most lines have no
    /// such run, and every line is asked. A run of three covers one byte in
    /// every three, so only those bytes are read until a space turns up.
    private static func holdsThreeSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 2
        while index < bytes.count {
            if bytes[index] == 0x20 {
                var start = index
                while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
                var end = index + 1
                while end < bytes.count, bytes[end] == 0x20 { end += 1 }
                if end - start >= 3 { return true }
            }
            index += 3
        }
        return false
    }
}
