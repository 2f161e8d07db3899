/// Text made safe for XML 1.0, for the reporters that write XML by hand
/// (JUnit, Checkstyle): whatever a message, path or quoted document holds,
/// the report stays well formed and reads back as the same text, less the
/// characters XML 1.0 cannot carry at all.
enum XMLEscaping {
    /// For an attribute value in double quotes: `&`, `<`, `>` and `"` as
    /// entities; tab, line feed and carriage return as character references,
    /// since a parser would turn them into spaces.
    static func attribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "\t": "&#9;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            default: nil
            }
        }
    }

    /// For element content: `&`, `<` and `>` as entities (so `]]>` cannot
    /// occur), carriage return as a character reference, since a parser would
    /// turn CR LF into LF.
    static func text(_ text: String) -> String {
        escape(text) { $0 == "\r" ? "&#13;" : nil }
    }

    private static func escape(_ text: String, _ special: (Unicode.Scalar) -> String?) -> String {
        ReportText.replacingScalars(text) { scalar in
            guard isAllowed(scalar) else { return "" }
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            default: return special(scalar)
            }
        }
    }

    /// XML 1.0 `Char`: tab, LF, CR, and U+0020 upwards except U+FFFE and U+FFFF
    /// (surrogates cannot occur in a Swift string). Not even a character
    /// reference may name the others, so they are dropped.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
