/// Identities of findings that survive edits elsewhere in a document, for
/// SARIF's `partialFingerprints` and GitLab's `fingerprint`: a hash of the
/// rule, the path, the message, a hash of the text of the finding's line
/// (trimmed) and how many findings with the same rule, message and line text
/// came before it in the file. These are the fields a ``Baseline`` matches
/// on; the line number is not one of them, so inserting a paragraph above a
/// finding keeps its identity.
enum FindingFingerprint {
    /// One fingerprint per diagnostic of `file`, in order: 16 hexadecimal
    /// digits. `path` is the path the report shows for the file.
    static func fingerprints(of file: FileResult, path: String) -> [String] {
        struct Key: Hashable {
            let rule: String
            let message: String
            let line: String
        }
        // Each line's text is hashed once: a long line can carry thousands
        // of findings, and hashing it for each cost its length every time.
        var lineHashes: [Int: String] = [:]
        var seen: [Key: Int] = [:]
        return file.diagnostics.map { diagnostic in
            let number = diagnostic.range.start.line
            let line = lineHashes[number] ?? {
                var hash = FNV1a64()
                hash.combine(Baseline.lineText(of: diagnostic, in: file))
                lineHashes[number] = hash.hexDigits
                return hash.hexDigits
            }()
            let key = Key(rule: diagnostic.rule, message: diagnostic.message, line: line)
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            var hash = FNV1a64()
            for field in [key.rule, path, key.message, key.line, String(occurrence)] {
                hash.combine(field)
            }
            return hash.hexDigits
        }
    }
}

/// The 64-bit FNV-1a hash: small, fast and the same on every platform and in
/// every run (Swift's `Hasher` is seeded per process, so it cannot be used).
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds a field: its UTF-8 length, then its bytes, so that no two
    /// different sequences of fields feed the hash the same bytes.
    mutating func combine(_ field: String) {
        let count = UInt64(field.utf8.count)
        add(stride(from: 0, to: 64, by: 8).map { UInt8(truncatingIfNeeded: count >> UInt64($0)) })
        add(field.utf8)
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// The value as 16 lowercase hexadecimal digits.
    var hexDigits: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
