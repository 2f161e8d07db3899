import CPCRE2

extension Regex {
    /// Calls `body` with each non-overlapping match in `subject`, starting at
    /// UTF-8 byte offset `start`, until it returns false. Resource limits and
    /// other PCRE2 failures throw; they never read as "no match".
    public func forEachMatch(
        in subject: String, from start: Int = 0, limits: MatchLimits = .default,
        _ body: (Match) throws(PCRE2Error) -> Bool
    ) throws(PCRE2Error) {
        var subject = subject
        // withUTF8 only rethrows untyped errors, so carry ours out by hand
        // (a Result here looked up its generic metadata on every call).
        var failure: PCRE2Error?
        subject.withUTF8 { buf in
            do throws(PCRE2Error) {
                guard (0...buf.count).contains(start) else { throw PCRE2Error(code: PCRE2_ERROR_BADOFFSET) }
                // One region, not an array of one: header lines are matched by the thousand.
                try scan(buf, regions: CollectionOfOne(start..<buf.count), limits: limits, body)
            } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Calls `body` with each match inside each of `regions` (UTF-8 byte
    /// ranges of `subject`, in order), until it returns false. Within a region
    /// the subject ends at the region's end (`$` matches there) while
    /// lookbehinds still see the text before its start. One match block
    /// serves every region, so many small regions cost little.
    public func forEachMatch(
        in subject: String, regions: [Range<Int>], limits: MatchLimits = .default,
        _ body: (Match) throws(PCRE2Error) -> Bool
    ) throws(PCRE2Error) {
        var subject = subject
        var failure: PCRE2Error?
        subject.withUTF8 { buf in
            do throws(PCRE2Error) { try scan(buf, regions: regions, limits: limits, body) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// All matches, in order.
    public func matches(in subject: String, from start: Int = 0,
                        limits: MatchLimits = .default) throws(PCRE2Error) -> [Match] {
        var found: [Match] = []
        try forEachMatch(in: subject, from: start, limits: limits) { found.append($0); return true }
        return found
    }

    /// All matches inside `regions`, in order (see ``forEachMatch(in:regions:limits:_:)``).
    public func matches(in subject: String, regions: [Range<Int>],
                        limits: MatchLimits = .default) throws(PCRE2Error) -> [Match] {
        var found: [Match] = []
        try forEachMatch(in: subject, regions: regions, limits: limits) { found.append($0); return true }
        return found
    }

    public func firstMatch(in subject: String, from start: Int = 0,
                           limits: MatchLimits = .default) throws(PCRE2Error) -> Match? {
        var first: Match?
        try forEachMatch(in: subject, from: start, limits: limits) { first = $0; return false }
        return first
    }

    public func isMatch(_ subject: String, limits: MatchLimits = .default) throws(PCRE2Error) -> Bool {
        try firstMatch(in: subject, limits: limits) != nil
    }

    private func scan(_ buf: UnsafeBufferPointer<UInt8>, regions: some Collection<Range<Int>>, limits: MatchLimits,
                      _ body: (Match) throws(PCRE2Error) -> Bool) throws(PCRE2Error) {
        // PCRE2_NO_UTF_CHECK makes an offset inside a scalar undefined behaviour.
        for region in regions {
            guard region.lowerBound >= 0, region.upperBound <= buf.count else {
                throw PCRE2Error(code: PCRE2_ERROR_BADOFFSET)
            }
            guard !isInsideScalar(region.lowerBound, buf), !isInsideScalar(region.upperBound, buf) else {
                throw PCRE2Error(code: PCRE2_ERROR_BADUTFOFFSET)
            }
        }
        try MatchScratch.with(groups: captureCount, limits: limits) { scratch throws(PCRE2Error) in
            for region in regions {
                guard try scan(buf, region: region, scratch: scratch, limits: limits, body) else { return }
            }
        }
    }

    /// Scans one region; false when `body` asked to stop.
    private func scan(
        _ buf: UnsafeBufferPointer<UInt8>, region: Range<Int>, scratch: MatchScratch, limits: MatchLimits,
        _ body: (Match) throws(PCRE2Error) -> Bool
    ) throws(PCRE2Error) -> Bool {
        let length = region.upperBound
        var offset = region.lowerBound
        var retryingEmpty = false
        while true {
            // After an empty match, first look for a non-empty one at the same
            // place (Perl's rule, as in pcre2demo); only then step one scalar.
            let flags = PCRE2_NO_UTF_CHECK | (retryingEmpty ? PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0)
            let rc = pcre2_match_8(code, buf.baseAddress, length, offset, flags, scratch.data, scratch.context)
            // JIT code first runs on PCRE2's 32 KiB machine stack; a larger
            // JIT stack is mapped only for a match that needs it.
            if rc == PCRE2_ERROR_JIT_STACKLIMIT, try scratch.growJITStack(limits) { continue }
            if rc == PCRE2_ERROR_NOMATCH {
                guard retryingEmpty, offset < length else { return true }
                if crlfIsNewline, offset + 1 < length, buf[offset] == 0x0D, buf[offset + 1] == 0x0A {
                    offset += 2
                } else {
                    offset += 1
                    while offset < length, isContinuation(buf[offset]) { offset += 1 }
                }
                retryingEmpty = false
                continue
            }
            guard rc >= 0 else { throw PCRE2Error(code: rc) }
            let match = Match(ovector: pcre2_get_ovector_pointer_8(scratch.data)!, groups: captureCount)
            guard try body(match) else { return false }
            offset = match.range.upperBound
            retryingEmpty = match.range.isEmpty
        }
    }

    /// An offset that falls on a continuation byte, inside a scalar.
    private func isInsideScalar(_ offset: Int, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        offset < buf.count && isContinuation(buf[offset])
    }

    private func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
