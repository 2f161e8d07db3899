import CPCRE2

/// A pattern compiled once (with the JIT when available) and matched over
/// the UTF-8 bytes of Swift strings. Offsets are UTF-8 byte offsets.
///
/// `@unchecked Sendable`: after `init` the `pcre2_code` (JIT code included)
/// is never modified, and PCRE2 documents it as shareable between threads.
/// Everything a match writes to (match data, match context, JIT stack) is
/// the calling thread's own (``MatchScratch``).
public final class Regex: @unchecked Sendable {
    public let pattern: String
    public let options: Options
    /// Number of capturing groups (PCRE2_INFO_CAPTURECOUNT).
    public let captureCount: Int
    /// False when the JIT is unavailable or refused the pattern; matching
    /// then uses the (slower) interpreter.
    public let isJITCompiled: Bool
    /// Group number of each named group (for duplicate names, the first).
    public let namedGroups: [String: Int]
    let code: OpaquePointer
    /// CRLF counts as one newline, so stepping past an empty match skips both bytes.
    let crlfIsNewline: Bool

    /// Compiles `pattern` in UTF mode; Unicode `\w`, `\b`, `\d` only with
    /// `.ucp` or a leading `(*UCP)`, since UCP costs speed.
    public convenience init(_ pattern: String, options: Options = []) throws(PCRE2Error) {
        try self.init(pattern, options: options, useJIT: true)
    }

    /// `useJIT: false` uses the interpreter: for patterns matched against a
    /// few short lines (detection in the header), where compiling machine
    /// code costs more than it saves, and for tests of the interpreter's limits.
    package init(_ pattern: String, options: Options, useJIT: Bool) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        var bytes = pattern
        // Explicit length, not PCRE2_ZERO_TERMINATED: the pattern may contain NUL.
        // No PCRE2_NO_UTF_CHECK here: compile validates once, cheaply.
        let compiled = bytes.withUTF8 { buf in
            pcre2_compile_8(buf.baseAddress, buf.count, PCRE2_UTF | options.pcre2Flags,
                            &errorCode, &errorOffset, nil)
        }
        guard let code = compiled else {
            throw PCRE2Error(code: errorCode, patternOffset: errorOffset, in: pattern)
        }
        self.code = code
        self.pattern = pattern
        self.options = options
        isJITCompiled = useJIT && pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0
        captureCount = Int(Self.info(code, PCRE2_INFO_CAPTURECOUNT))
        namedGroups = Self.names(code)
        let newline = Int32(Self.info(code, PCRE2_INFO_NEWLINE))
        crlfIsNewline = [PCRE2_NEWLINE_ANY, PCRE2_NEWLINE_CRLF, PCRE2_NEWLINE_ANYCRLF].contains(newline)
    }

    deinit { pcre2_code_free_8(code) }

    private static func info(_ code: OpaquePointer, _ what: Int32) -> UInt32 {
        var value: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(what), &value)
        return value
    }

    /// The name table holds NAMECOUNT entries of NAMEENTRYSIZE bytes each:
    /// the group number as 2 big-endian bytes, then the UTF-8 name,
    /// NUL-terminated and NUL-padded to the entry size.
    private static func names(_ code: OpaquePointer) -> [String: Int] {
        let count = Int(info(code, PCRE2_INFO_NAMECOUNT))
        let size = Int(info(code, PCRE2_INFO_NAMEENTRYSIZE))
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard count > 0, let table else { return [:] }
        var result: [String: Int] = [:]
        for entry in 0..<count {
            let e = table + entry * size
            let group = Int(e[0]) << 8 | Int(e[1])
            let name = UnsafeBufferPointer(start: e + 2, count: size - 2).prefix { $0 != 0 }
            let key = String(decoding: name, as: UTF8.self)
            if result[key] == nil { result[key] = group }
        }
        return result
    }
}
