/// Bounds on one match attempt, so a catastrophic user pattern fails with
/// an error instead of running for hours.
public struct MatchLimits: Sendable, Hashable {
    /// PCRE2's match limit (backtracking steps), for the JIT and the interpreter.
    public var matchLimit: UInt32
    /// PCRE2's depth limit; only the interpreter applies it.
    public var depthLimit: UInt32
    /// Maximum JIT stack in bytes; the stack starts at 32 KiB and grows to this.
    public var jitStackSize: Int

    public init(matchLimit: UInt32 = 10_000_000, depthLimit: UInt32 = 10_000_000,
                jitStackSize: Int = 8 * 1024 * 1024) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.jitStackSize = jitStackSize
    }

    public static let `default` = MatchLimits()
}
