/// A document that shows a rule at work, with the exact findings expected.
///
/// In `source`, `↓` marks where each finding starts (the markers are removed
/// before linting) and `§` stands for ordinary running text: `explain` shows
/// it as `…`, and the tests render it as English and again as French, Russian,
/// Arabic and Chinese text, so every finding is also checked with multibyte
/// text before it.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"
    public static let filler: Character = "§"

    public let source: String
    /// Where each finding starts (UTF-8 offsets of `source`) when they are
    /// given as positions, as rule packs do, rather than by markers.
    public let findingOffsets: [Int]?
    /// The expected message of each marked finding, in document order.
    public let messages: [String]
    /// The expected severity of each finding where it differs from the rule's
    /// default (a legacy form reported as a warning); empty when none does.
    public let severities: [Severity]
    /// The document language, or nil to detect it from the header.
    public let language: String?
    public let format: InputFormat

    public init(
        _ source: String, messages: [String] = [], severities: [Severity] = [], language: String? = nil,
        format: InputFormat = .markdown
    ) {
        self.source = source
        self.findingOffsets = nil
        self.messages = messages
        self.severities = severities
        self.language = language
        self.format = format
    }

    /// An example whose text is taken as written (no markers, no filler) and
    /// whose findings start at `findingOffsets`.
    public init(text: String, findingOffsets: [Int], messages: [String], language: String?, format: InputFormat) {
        self.source = text
        self.findingOffsets = findingOffsets
        self.messages = messages
        self.severities = []
        self.language = language
        self.format = format
    }

    /// True when the example is expected to trigger the rule.
    public var triggers: Bool { !messages.isEmpty }

    /// The document text with `§` replaced by `filler` and the markers removed,
    /// and the UTF-8 offset of each marker in that text; for an example given
    /// with positions, its text and those positions.
    public func rendered(filler: String = "…") -> (text: String, markerOffsets: [Int]) {
        if let findingOffsets { return (source, findingOffsets) }
        var text = ""
        var offsets: [Int] = []
        for character in source {
            switch character {
            case Self.marker: offsets.append(text.utf8.count)
            case Self.filler: text += filler
            default: text.append(character)
            }
        }
        return (text, offsets)
    }
}
