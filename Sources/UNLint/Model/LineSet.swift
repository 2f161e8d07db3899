/// A set of line numbers (1-based) of one document, kept as bits: the walk
/// over the lines asks it of every line, and hashing cost more than the rest.
struct LineSet: Sendable, Equatable {
    private var words: [UInt64]

    /// An empty set for a document of `lineCount` lines.
    init(lineCount: Int) {
        words = Array(repeating: 0, count: lineCount / 64 + 1)
    }

    init(_ numbers: some Sequence<Int>, lineCount: Int) {
        self.init(lineCount: lineCount)
        for number in numbers { insert(number) }
    }

    func contains(_ number: Int) -> Bool {
        guard number >= 0, number / 64 < words.count else { return false }
        return words[number / 64] & (1 << UInt64(number % 64)) != 0
    }

    /// Adds `number`, which must be a line of the document (or 0).
    mutating func insert(_ number: Int) {
        words[number / 64] |= 1 << UInt64(number % 64)
    }

    mutating func insert(contentsOf numbers: ClosedRange<Int>) {
        for number in numbers { insert(number) }
    }

    /// The numbers in ascending order.
    var numbers: [Int] {
        var found: [Int] = []
        for (index, word) in words.enumerated() where word != 0 {
            var rest = word
            while rest != 0 {
                found.append(index * 64 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return found
    }
}
