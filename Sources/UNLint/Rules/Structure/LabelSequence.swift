/// The places where a series of labels (chapters of a part, sections of a
/// chapter) does not run 1, 2, 3…: what the sequence rules report.
struct LabelSequence {
    /// A label that is not the one after its predecessor.
    struct Break {
        let label: Label
        /// The label before it in the series; nil for the first.
        let previous: Label?
        /// The value the series expected here.
        let expected: Int
    }

    let breaks: [Break]

    /// A label without a valid value (`IIII`) is a break, and the series goes on
    /// as if it had the expected value.
    init(_ labels: some Sequence<Label>) {
        var breaks: [Break] = []
        var previous: Label?
        var previousValue = 0
        for label in labels {
            let expected = previousValue + 1
            if label.value != expected {
                breaks.append(Break(label: label, previous: previous, expected: expected))
            }
            previous = label
            previousValue = label.value ?? expected
        }
        self.breaks = breaks
    }
}
