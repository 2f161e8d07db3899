import Foundation

/// How reporters turn values into text: deterministic JSON, and escaping
/// scalar by scalar.
enum ReportText {
    /// Pretty JSON with sorted keys and a final newline: the same bytes for the same value.
    static func prettyJSON(_ value: some Encodable) -> String {
        json(value, formatting: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) + "\n"
    }

    /// Compact JSON with sorted keys, on one line: JSONEncoder escapes control
    /// characters, so no value can break the line.
    static func jsonLine(_ value: some Encodable) -> String {
        json(value, formatting: [.sortedKeys, .withoutEscapingSlashes]) + "\n"
    }

    private static func json(_ value: some Encodable, formatting: JSONEncoder.OutputFormatting) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        // The reports encode plain structs of strings, numbers and booleans, which cannot fail.
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }

    /// `text` with each scalar for which `replacement` gives a string replaced by it.
    static func replacingScalars(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out += replaced
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
