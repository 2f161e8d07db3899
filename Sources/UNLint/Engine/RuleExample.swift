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
        self.messages = messages
        self.severities = severities
        self.language = language
        self.format = format
    }

    /// True when the example is expected to trigger the rule.
    public var triggers: Bool { !messages.isEmpty }

    /// The document text with `§` replaced by `filler` and the markers removed,
    /// and the UTF-8 offset of each marker in that text.
    public func rendered(filler: String = "…") -> (text: String, markerOffsets: [Int]) {
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
