/// One of N shards of a run (`--shard K/N`): the documents whose path hashes
/// to it. The hash (FNV-1a of the path as given, mixed) is the same on every machine
/// and in every run, so N jobs given the same paths lint each document once.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based, as in `1/4` … `4/4`.
    public let index: Int
    public let count: Int

    /// Reads `K/N` with 1 ≤ K ≤ N; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    public func contains(_ path: String) -> Bool {
        var hash = FNV1a64()
        hash.add(path.utf8)
        // MurmurHash3's finaliser: FNV's low bits alone split paths that differ
        // only by a number unevenly.
        var mixed = hash.value
        mixed ^= mixed >> 33
        mixed = mixed &* 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        mixed = mixed &* 0xc4ce_b9fe_1a85_ec53
        mixed ^= mixed >> 33
        return Int(mixed % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}
