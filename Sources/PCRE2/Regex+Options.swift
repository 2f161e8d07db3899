import CPCRE2

extension Regex {
    /// Compile options. UTF mode is always on and is not an option.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        public static let caseless = Options(rawValue: 1 << 0)
        /// `^` and `$` match at line starts and ends.
        public static let multiline = Options(rawValue: 1 << 1)
        /// `.` matches newlines too.
        public static let dotAll = Options(rawValue: 1 << 2)
        /// Whitespace and `#` comments in the pattern are ignored.
        public static let extended = Options(rawValue: 1 << 3)
        /// Unicode properties for `\w`, `\b`, `\d`, POSIX classes and
        /// caseless matching; about 2.7 times slower, so opt in per pattern.
        public static let ucp = Options(rawValue: 1 << 4)

        /// Own bit values mapped here, so a raw value can never smuggle in
        /// other PCRE2 flags (such as PCRE2_NO_UTF_CHECK).
        var pcre2Flags: UInt32 {
            let table: [(Options, UInt32)] = [
                (.caseless, PCRE2_CASELESS), (.multiline, PCRE2_MULTILINE),
                (.dotAll, PCRE2_DOTALL), (.extended, PCRE2_EXTENDED), (.ucp, PCRE2_UCP),
            ]
            return table.reduce(0) { contains($1.0) ? $0 | $1.1 : $0 }
        }
    }
}
