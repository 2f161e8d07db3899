import Foundation
import Testing
@testable import UNLint

/// The real French CEB summary of deliberations in `../shared/samples`.
@Suite struct SampleDocumentTests {
    static let samplePath = TestSupport.shared?.appendingPathComponent("samples/CEB-2021-1-fr.md")

    @Test(.enabled(if: samplePath != nil, "../shared/samples is absent (a fresh clone has no ../shared); CI has it"))
    func frenchCEBSummaryGivesExactlyTheExpectedDiagnostics() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.samplePath!))
        let result = try Linter(catalog: TestSupport.catalog).lint(bytes: bytes, path: "CEB-2021-1-fr.md")
        #expect(result.language == "fr")
        let split = "is broken in mid-sentence; join this block to the one before it."
        let emphasis = "Heading text is wrapped in ** emphasis; remove the markup."
        #expect(result.doctype == "ceb-summary")
        let link = { (symbol: String) in "Link [\(symbol)] has the placeholder target #; expected https://undocs.org/fr/\(symbol)." }
        #expect(result.diagnostics.map(Finding.init) == [
            // The symbol line CEB/2021/1 was lost in the conversion.
            Finding("header/symbol-missing", 5, 1, "The header has no document symbol; it stands at the top of the masthead, as in 'CEB/2021/1'."),
            Finding("numbering/split-paragraph", 34, 1, "Paragraph 5 \(split)"),
            Finding("structure/heading-emphasis", 38, 5, emphasis),
            Finding("numbering/split-paragraph", 58, 1, "Paragraph 15 \(split)"),
            Finding("numbering/split-paragraph", 80, 1, "Paragraph 25 \(split)"),
            Finding("structure/heading-level", 98, 1, "Chapter IV is a level-2 heading; the first chapter, on line 18, is level 3."),
            Finding("structure/heading-emphasis", 98, 4, emphasis),
            Finding("structure/heading-emphasis", 100, 5, emphasis),
            Finding("structure/heading-level", 106, 1, "Section B is a level-2 heading; the first section, on line 100, is level 3."),
            Finding("structure/heading-emphasis", 106, 4, emphasis),
            Finding("link/empty-target", 108, 63, link("CEB/2021/4")),
            Finding("link/empty-target", 108, 124, link("CEB/2021/3")),
            Finding("link/empty-target", 108, 483, link("CEB/2021/1/Add.1")),
            Finding("structure/heading-level", 110, 1, "Section C is a level-2 heading; the first section, on line 100, is level 3."),
            Finding("structure/heading-emphasis", 110, 4, emphasis),
        ])
    }

    @Test(.enabled(if: samplePath != nil, "../shared/samples is absent (a fresh clone has no ../shared); CI has it"))
    func frenchCEBSummaryStructureIsReadInFull() throws {
        let document = try DocumentParser(catalog: TestSupport.catalog)
            .parse(SourceText(bytes: [UInt8](Data(contentsOf: Self.samplePath!))), format: .markdown)
        #expect(document.paragraphs.map(\.number) == Array(1...37))
        #expect(document.headings.compactMap(\.label).map(\.text) == ["I", "II", "III", "IV", "A", "B", "C"])
        #expect(document.headings.compactMap(\.label).map(\.rank) == [.chapter, .chapter, .chapter, .chapter, .section, .section, .section])
        #expect(document.header.lines.map(\.text).contains("Original : anglais"))
        #expect(document.paragraphs[4].blocks.count == 2)
        #expect(document.paragraphs[1].subparagraphs.map(\.text) == ["a", "b"])
        #expect(document.paragraphs[16].subparagraphs.map(\.text) == ["a", "b", "c"])
    }
}
