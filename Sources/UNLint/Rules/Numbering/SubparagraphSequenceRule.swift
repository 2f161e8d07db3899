/// Sub-paragraph labels run (a), (b), (c)… and (i), (ii), (iii)… in one style.
struct SubparagraphSequenceRule: Rule {
    static let description = RuleDescription(
        id: "numbering/subparagraph-sequence",
        title: "Sub-paragraphs are labelled in sequence",
        rationale: """
            Sub-paragraphs are labelled (a), (b), (c)…, and their own subdivisions (i), (ii), (iii)… \
            (in French and Spanish a), b) and i), ii)); a skipped, repeated or reordered label breaks \
            cross-references such as "paragraph 5 (c)" (UN Editorial Manual, paragraphs and \
            subparagraphs). One list keeps one label style. Russian documents label sub-paragraphs \
            with Latin letters, a), b), c); Cyrillic б) and в) are conversion or typing slips (a \
            Cyrillic а that looks like a Latin one is read as Latin silently).
            """,
        defaultSeverity: .error,
        examples: [
            RuleExample("1. § as follows: (a) §; (b) §; and (c) §.\n"),
            RuleExample("1. §:\n\n(a) §:\n\n(i) §;\n\n(ii) §;\n\n(b) §.\n"),
            RuleExample("1. §, as set out in paragraph 5 (d) of the report.\n"),
            RuleExample("1. § under (h) §; and (i) §.\n\n2. §:\n(a) §;\n(b) §;\n(c) §;\n(d) §;\n(e) §;\n(f) §;\n(g) §;\n(h) §;\n(i) §.\n"),
            RuleExample(
                "1. §: (a) §; (b) §; ↓(d) §.\n", messages: ["Sub-paragraph (d) follows (b); expected (c)."]),
            RuleExample(
                "1. §:\n\n(a) §:\n\n(i) §;\n\n↓(iii) §.\n", messages: ["Sub-paragraph (iii) follows (i); expected (ii)."]),
            RuleExample(
                "1. §:\n\n(a) §;\n\n↓b) §.\n",
                messages: ["Sub-paragraph b) is not in the style of the list, which began with (a); write (b)."]),
            RuleExample("1. §:\n\n↓(b) §.\n", messages: ["The first sub-paragraph is (b); expected (a)."]),
            RuleExample(
                "Français\n\n1. § suivants : a) § ; b) § ; ↓b) §.\n",
                messages: ["Sub-paragraph b) follows b); expected c)."]),
            RuleExample(
                "Arabic\n\n1 - §: (أ) §؛ ↓(ج) §.\n", messages: ["Sub-paragraph (ج) follows (أ); expected (ب)."]),
            RuleExample("Russian\n\n1. Совет: а) §; b) §; c) §.\n"),
            RuleExample(
                "Russian\n\n1. Совет: а) §; ↓б) §; ↓в) §.\n",
                messages: [
                    "Sub-paragraph б) is labelled with a letter of another alphabet; write b).",
                    "Sub-paragraph в) is labelled with a letter of another alphabet; write c).",
                ]),
        ])

    func check(_ document: Document, report: inout DiagnosticSink) {
        let letters = document.language.labels.subparagraphLetters
        for paragraph in document.paragraphs {
            var tracker = ListTracker(letters: letters)
            for label in paragraph.subparagraphs {
                if label.foreign {
                    let latin = label.style == .parenthesized ? "(\(label.folded))" : "\(label.folded))"
                    let written = label.style == .parenthesized ? "(\(label.text))" : "\(label.text))"
                    report("Sub-paragraph \(written) is labelled with a letter of another alphabet; write \(latin).", at: label.range)
                }
                if let message = tracker.read(label) { report(message, at: label.range) }
            }
        }
    }
}

/// The state of the letter list and its nested Roman list within one paragraph.
private struct ListTracker {
    let letters: [String]
    private var letterList: List?
    private var romanList: List?

    /// A list so far: its first label (which sets the style) and its last.
    private struct List {
        var last: Int
        var previous: SubparagraphLabel
        let first: SubparagraphLabel
    }

    init(letters: [String]) {
        self.letters = letters
    }

    /// Reads the next label; returns a message when it is out of sequence.
    mutating func read(_ label: SubparagraphLabel) -> String? {
        let letter = letters.firstIndex(of: label.folded).map { $0 + 1 }
        let roman = label.folded.allSatisfy { "ivx".contains($0) } ? Numerals.romanValue(label.folded.uppercased()) : nil
        // `(i)` after `(h)` is a letter; after `(a)` it opens a Roman sub-list.
        if let letter, let list = letterList, letter == list.last + 1 {
            return advanceLetters(label, to: letter)
        }
        if let roman, let list = romanList, roman == list.last + 1 {
            return advanceRomans(label, to: roman)
        }
        if roman == 1, letterList != nil || letter == nil {
            romanList = nil
            return advanceRomans(label, to: 1)
        }
        if let letter {
            return advanceLetters(label, to: letter)
        }
        if let roman {
            return advanceRomans(label, to: roman)
        }
        return nil
    }

    private mutating func advanceLetters(_ label: SubparagraphLabel, to value: Int) -> String? {
        defer { romanList = nil }
        guard let list = letterList else {
            // A list that does not start at (a) inline is a cross-reference; one per line is a list.
            if value == 1 || label.startsLine { letterList = List(last: value, previous: label, first: label) }
            return value == 1 || !label.startsLine
                ? nil : "The first sub-paragraph is \(written(label)); expected \(written(letters[0], like: label))."
        }
        letterList = List(last: value, previous: label, first: list.first)
        return message(label, in: list, expected: list.last < letters.count ? letters[list.last] : nil, value: value)
    }

    private mutating func advanceRomans(_ label: SubparagraphLabel, to value: Int) -> String? {
        guard let list = romanList else {
            romanList = List(last: value, previous: label, first: label)
            return value == 1 ? nil : "The first sub-paragraph is \(written(label)); expected \(written("i", like: label))."
        }
        romanList = List(last: value, previous: label, first: list.first)
        return message(label, in: list, expected: Numerals.roman(list.last + 1).lowercased(), value: value)
    }

    private func message(_ label: SubparagraphLabel, in list: List, expected: String?, value: Int) -> String? {
        let expectedLabel = expected.map { written($0, like: list.first) } ?? "the next label"
        if label.style != list.first.style, value == list.last + 1 {
            return "Sub-paragraph \(written(label)) is not in the style of the list, which began with \(written(list.first)); write \(expectedLabel)."
        }
        guard value != list.last + 1 else { return nil }
        return "Sub-paragraph \(written(label)) follows \(written(list.previous)); expected \(expectedLabel)."
    }

    private func written(_ label: SubparagraphLabel) -> String {
        written(label.text, like: label)
    }

    private func written(_ text: String, like label: SubparagraphLabel) -> String {
        label.style == .parenthesized ? "(\(text))" : "\(text))"
    }
}
