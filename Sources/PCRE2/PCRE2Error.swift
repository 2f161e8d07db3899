import CPCRE2

/// A compile error (positive `code`, with a pattern offset) or a match
/// failure (negative `code`, e.g. a resource limit).
public struct PCRE2Error: Error, Sendable, Hashable, CustomStringConvertible {
    public let code: Int32
    /// PCRE2's text for `code`.
    public let message: String
    /// For compile errors: where PCRE2 stopped, in bytes of the pattern's UTF-8.
    public let patternOffset: Int?
    /// The same position in Unicode scalars, for showing to users.
    public let patternScalarOffset: Int?

    init(code: Int32, patternOffset: Int? = nil, in pattern: String = "") {
        self.code = code
        self.patternOffset = patternOffset
        // Count scalar starts (non-continuation bytes) before the byte offset.
        patternScalarOffset = patternOffset.map { offset in
            pattern.utf8.prefix(offset).reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        }
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        message = length >= 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
                              : "unknown PCRE2 error \(code)"
    }

    /// The match, depth, heap or JIT stack limit stopped the match.
    public var isResourceLimit: Bool {
        [PCRE2_ERROR_MATCHLIMIT, PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT,
         PCRE2_ERROR_JIT_STACKLIMIT].contains(code)
    }

    public var isMatchLimit: Bool { code == PCRE2_ERROR_MATCHLIMIT }

    /// "missing closing parenthesis at offset 7" (offset in scalars), or
    /// "match limit exceeded (PCRE2 error -47)".
    public var description: String {
        if let patternScalarOffset { return "\(message) at offset \(patternScalarOffset)" }
        return "\(message) (PCRE2 error \(code))"
    }
}
