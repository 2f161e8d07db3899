import CPCRE2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory one match call writes to: match data, a match context and, once
/// a match needed more than the machine stack, a JIT stack. Creating and
/// freeing them on every call cost more than most matches of short subjects
/// (header lines, headings), so each thread keeps a few and reuses them.
final class MatchScratch {
    private(set) var data: OpaquePointer
    /// Capture pairs `data` holds (PCRE2 sizes it from the pattern).
    private var pairs: Int
    let context: OpaquePointer
    /// Mapped only when a match first ran out of the 32 KiB machine stack.
    private var jitStack: OpaquePointer?
    private var jitStackSize = 0

    private init?(pairs: Int) {
        guard let data = pcre2_match_data_create_8(UInt32(pairs), nil) else { return nil }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_match_data_free_8(data)
            return nil
        }
        self.data = data
        self.pairs = pairs
        self.context = context
    }

    deinit {
        pcre2_match_data_free_8(data)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// Gives `body` a scratch of this thread with room for `groups` capture
    /// groups and the limits set. A match started inside `body` (by another
    /// pattern, in a callback) takes a scratch of its own.
    static func with<Result>(
        groups: Int, limits: MatchLimits, _ body: (MatchScratch) throws(PCRE2Error) -> Result
    ) throws(PCRE2Error) -> Result {
        let pool = MatchScratchPool.current
        let scratch: MatchScratch
        if let reused = pool.free.popLast() {
            scratch = reused
        } else {
            guard let made = MatchScratch(pairs: groups + 1) else { throw PCRE2Error(code: PCRE2_ERROR_NOMEMORY) }
            scratch = made
        }
        defer { pool.free.append(scratch) }
        if scratch.pairs < groups + 1 {
            guard let data = pcre2_match_data_create_8(UInt32(groups + 1), nil) else {
                throw PCRE2Error(code: PCRE2_ERROR_NOMEMORY)
            }
            pcre2_match_data_free_8(scratch.data)
            scratch.data = data
            scratch.pairs = groups + 1
        }
        pcre2_set_match_limit_8(scratch.context, limits.matchLimit)
        pcre2_set_depth_limit_8(scratch.context, limits.depthLimit)
        return try body(scratch)
    }

    /// Assigns a JIT stack of `limits.jitStackSize` (kept for later calls);
    /// false when one of that size is already in use, so more cannot help.
    func growJITStack(_ limits: MatchLimits) throws(PCRE2Error) -> Bool {
        let size = max(limits.jitStackSize, 1)
        guard jitStack == nil || jitStackSize < size else { return false }
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        jitStack = pcre2_jit_stack_create_8(min(32 * 1024, size), size, nil)
        guard let jitStack else { throw PCRE2Error(code: PCRE2_ERROR_NOMEMORY) }
        jitStackSize = size
        pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
        return true
    }
}

/// The scratches of one thread, held in thread-specific storage.
final class MatchScratchPool {
    var free: [MatchScratch] = []

    static var current: MatchScratchPool {
        if let stored = pthread_getspecific(key) {
            return Unmanaged<MatchScratchPool>.fromOpaque(stored).takeUnretainedValue()
        }
        let pool = MatchScratchPool()
        pthread_setspecific(key, Unmanaged.passRetained(pool).toOpaque())
        return pool
    }

    /// Released with its thread.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pool in
            guard let pool else { return }
            Unmanaged<MatchScratchPool>.fromOpaque(pool).release()
        }
        return key
    }()
}
