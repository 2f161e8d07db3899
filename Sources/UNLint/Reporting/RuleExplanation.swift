/// The text of `unlint explain RULE`: title, severity, rationale, and each
/// example with the findings it is expected to produce.
public struct RuleExplanation {
    public let description: RuleDescription

    public init(_ description: RuleDescription) {
        self.description = description
    }

    public var text: String {
        var out = "\(description.id): \(description.title)\n"
        out += "Default severity: \(description.defaultSeverity.rawValue)\n\n"
        if !description.rationale.isEmpty { out += description.rationale + "\n" }
        if let link = description.link { out += "More: \(link)\n" }
        let triggering = description.examples.filter(\.triggers)
        let clean = description.examples.filter { !$0.triggers }
        if !triggering.isEmpty {
            out += "\nExamples that trigger it:\n"
            for example in triggering { out += render(example) }
        }
        if !clean.isEmpty {
            out += "\nExamples that do not:\n"
            for example in clean { out += render(example) }
        }
        return out
    }

    private func render(_ example: RuleExample) -> String {
        let (text, offsets) = example.rendered()
        let source = SourceText(text)
        var out = "\n  (\(example.format.rawValue)\(example.language.map { ", language \($0)" } ?? ""))\n"
        for line in source.lines {
            out += "  | " + String(line.text).replacingFormFeeds() + "\n"
        }
        for (index, (offset, message)) in zip(offsets, example.messages).enumerated() {
            let position = source.position(atOffset: offset)
            let severity = index < example.severities.count ? example.severities[index] : description.defaultSeverity
            out += "  → \(position.line):\(position.column): \(severity.rawValue): \(message)\n"
        }
        return out
    }
}

extension String {
    /// Shows a form feed, which a terminal would not, as `\f`.
    func replacingFormFeeds() -> String {
        String(flatMap { $0 == "\u{0C}" ? Array("\\f") : [$0] })
    }
}
