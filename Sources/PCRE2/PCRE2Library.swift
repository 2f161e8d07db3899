import CPCRE2

/// Facts about the linked libpcre2-8.
public enum PCRE2Library {
    /// For example "10.42 2022-12-11".
    public static let version: String = {
        // With a nil buffer pcre2_config returns the length including the NUL.
        let length = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), nil)
        guard length > 0 else { return "" }
        var buffer = [UInt8](repeating: 0, count: Int(length))
        pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), &buffer)
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }()

    /// Whether this build of PCRE2 has the JIT compiler (Debian's does).
    public static let isJITAvailable: Bool = {
        var available: UInt32 = 0
        pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &available)
        return available == 1
    }()
}
