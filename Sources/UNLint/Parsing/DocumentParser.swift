import Foundation
import PCRE2

/// Builds a ``Document`` from source text: scans lines, detects the language,
/// recognises page furniture and tables of contents, then walks the lines once
/// to find the header block, headings, annexes and numbered paragraphs.
public struct DocumentParser: Sendable {
    public let catalog: LanguageCatalog
    /// The document types detected from the header block.
    public let doctypes: DocumentTypeCatalog

    public init(catalog: LanguageCatalog, doctypes: DocumentTypeCatalog = .standard) {
        self.catalog = catalog
        self.doctypes = doctypes
    }

    /// Parses `source`; `language` (a profile code) and `doctype` (a document
    /// type id) override detection. An unknown code throws
    /// ``LanguageCatalogError``, an unknown id ``DocumentTypeCatalogError``.
    /// `concurrently`, for a large document, has the scans of the whole text
    /// run beside the walk over its lines.
    public func parse(
        _ source: SourceText, format: InputFormat, language: String? = nil, doctype: String? = nil,
        concurrently: Bool = false
    ) throws -> Document {
        let scanned = LineScanner.scan(source, format: format)
        let entry: LanguageCatalog.Entry
        let evidence: LanguageEvidence
        if let language {
            guard let chosen = catalog.entry(code: language) else {
                throw LanguageCatalogError.unknownLanguage(language, known: catalog.entries.map(\.profile.code))
            }
            (entry, evidence) = (chosen, .option)
        } else {
            (entry, evidence) = try catalog.detect(headerLines: Self.provisionalHeader(scanned))
        }
        let chosenType = try doctype.map { id throws(DocumentTypeCatalogError) in try doctypes.chosen(id) }
        var builder = StructureBuilder(
            source: source, format: format, profile: entry.profile, scanned: scanned,
            furniture: try PageFurniture.lines(in: source),
            symbolLines: try PageFurniture.symbolLines(in: source),
            contents: try ContentsDetector.lines(
                in: source, scanned: scanned, headings: catalog.entries.flatMap(\.profile.contentsHeadings)))
        let scans: TextScans
        if concurrently {
            // Each part writes its own variable only.
            nonisolated(unsafe) var walked = builder
            nonisolated(unsafe) var scanned: TextScans?
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 { walked.build() } else { scanned = TextScans(source: source, format: format, entry: entry) }
            }
            (builder, scans) = (walked, scanned!)
        } else {
            builder.build()
            scans = TextScans(source: source, format: format, entry: entry)
        }
        let typed = try chosenType.map { ($0, DocumentTypeEvidence.option) }
            ?? doctypes.detect(headerLines: builder.headerLines)
        let labels = try scans.labels.get()
        let roles = LineRole.roles(
            scanned: scanned, format: format, header: LineSet(builder.headerLines.map(\.number), lineCount: scanned.count),
            headings: LineSet(builder.headings.map(\.line), lineCount: scanned.count),
            furniture: LineSet(builder.furnitureLines, lineCount: scanned.count), contents: builder.contents)
        let paragraphs = builder.takeParagraphs(with: labels)
        return Document(
            source: source, format: format, language: entry.profile, languageEvidence: evidence,
            header: HeaderBlock(lines: builder.headerLines), headings: builder.headings,
            paragraphs: paragraphs,
            furnitureLines: builder.furnitureLines, contentsLines: builder.contents.numbers, lineRoles: roles,
            documentType: typed?.0, documentTypeEvidence: typed?.1, symbols: scans.symbols, dates: scans.dates,
            dateScanner: entry.dates, headerDateScanner: entry.headerDates)
    }

    /// The scans of the whole text that do not depend on its structure:
    /// sub-paragraph labels, and the symbols and dates the rules share.
    private struct TextScans {
        let labels: Result<[SubparagraphLabel], PCRE2Error>
        let symbols: Result<[SymbolMatch], PCRE2Error>
        let dates: Result<DateMentions, PCRE2Error>

        init(source: SourceText, format: InputFormat, entry: LanguageCatalog.Entry) {
            labels = Result { () throws(PCRE2Error) in
                try SubparagraphScanner.labels(in: source, patterns: entry.subparagraphLabels, labels: entry.profile.labels)
            }
            symbols = Result { () throws(PCRE2Error) in
                try SymbolCatalog.shared.grammar.matches(in: source.text, format: format)
            }
            dates = Result { () throws(PCRE2Error) in try entry.dates.dates(in: source) }
        }
    }

    /// The lines that can name the language: those before the first paragraph
    /// number (in any language's style), at most 60.
    private static func provisionalHeader(_ scanned: ScannedLines) -> [HeaderBlock.Line] {
        var lines: [HeaderBlock.Line] = []
        for line in scanned where line.kind != .blank && line.kind != .rule && line.kind != .frontMatter {
            let numbered = ParagraphNumber.read(line.content, style: .dot) ?? ParagraphNumber.read(line.content, style: .hyphen)
            if numbered != nil || lines.count == 60 { break }
            lines.append(HeaderBlock.Line(number: line.number, text: plainText(line.content)))
        }
        return lines
    }

    /// Text without Markdown emphasis (around it, or strong emphasis inside it,
    /// as in `**II.** Debate`) and without backslash escapes. Runs on every
    /// line, so it scans bytes: only ASCII bytes are dropped, which keeps the
    /// UTF-8 valid.
    static func plainText(_ content: Substring) -> String {
        var inner = EmphasisWrap.find(in: content)?.inner ?? String(content)
        let star = UInt8(ascii: "*"), underscore = UInt8(ascii: "_"), backslash = UInt8(ascii: "\\")
        guard inner.withUTF8({ $0.contains { $0 == star || $0 == underscore || $0 == backslash } }) else {
            return inner.trimmingWhitespace()
        }
        let bytes = Array(inner.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == backslash {
                index += 1
            } else if byte == star || byte == underscore, index + 1 < bytes.count, bytes[index + 1] == byte {
                index += 2
            } else {
                kept.append(byte)
                index += 1
            }
        }
        return String(decoding: kept, as: UTF8.self).trimmingWhitespace()
    }
}
