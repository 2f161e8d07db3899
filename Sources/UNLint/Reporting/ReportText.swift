import Foundation

/// How reporters turn values into text: deterministic JSON, and escaping
/// scalar by scalar.
enum ReportText {
    /// Pretty JSON with sorted keys and a final newline: the same bytes for the same value.
    static func prettyJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The reports encode plain structs of strings, numbers and booleans, which cannot fail.
        return String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n"
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
