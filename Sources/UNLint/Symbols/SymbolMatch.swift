/// A document symbol found in text, well formed or not. Kept to 48 bytes:
/// a document can cite a million symbols.
public struct SymbolMatch: Sendable, Equatable {
    /// UTF-8 byte range in the scanned text (for a document, relative to
    /// `SourceText.text`: add `baseOffset` for a file offset).
    public let range: Range<Int>
    /// The symbol as written: `A/C.3/80/L.14/Rev.1`, `S/RES/955 (1994)`,
    /// `E/2011/29-E/CN.17/2011/20` (a double symbol is one match).
    public let text: String
    /// True for two symbols joined by a hyphen, read as one match.
    public let isDouble: Bool
    /// What few symbols have, kept out of line; nil for a well-formed symbol
    /// of known organs.
    private let remarks: Remarks?

    private final class Remarks: Sendable {
        let unknownPrefixes: [String]
        let defects: [SymbolDefect]
        let correction: String?

        init(unknownPrefixes: [String], defects: [SymbolDefect], correction: String?) {
            self.unknownPrefixes = unknownPrefixes
            self.defects = defects
            self.correction = correction
        }
    }

    public init(
        range: Range<Int>, text: String, isDouble: Bool, unknownPrefixes: [String],
        defects: [SymbolDefect], correction: String?
    ) {
        self.range = range
        self.text = text
        self.isDouble = isDouble
        remarks = unknownPrefixes.isEmpty && defects.isEmpty && correction == nil
            ? nil : Remarks(unknownPrefixes: unknownPrefixes, defects: defects, correction: correction)
    }

    /// The first components (organs or series) of `text` that are not in the
    /// catalog, in upper case.
    public var unknownPrefixes: [String] { remarks?.unknownPrefixes ?? [] }
    /// What breaks the grammar, in reading order; empty when well formed.
    public var defects: [SymbolDefect] { remarks?.defects ?? [] }
    /// The symbol with every defect fixed, when each has a clear fix; nil when
    /// the symbol is well formed or some defect has no single fix.
    public var correction: String? { remarks?.correction }

    public var isWellFormed: Bool { defects.isEmpty }

    public static func == (lhs: SymbolMatch, rhs: SymbolMatch) -> Bool {
        lhs.range == rhs.range && lhs.text == rhs.text && lhs.isDouble == rhs.isDouble
            && lhs.unknownPrefixes == rhs.unknownPrefixes && lhs.defects == rhs.defects && lhs.correction == rhs.correction
    }
}

/// One way a symbol breaks the grammar.
public enum SymbolDefect: Sendable, Hashable {
    /// A modifier, `Sub` or a numbered component in the wrong case: `ADD.1` for `Add.1`.
    case wrongCase(written: String, expected: String)
    /// A number glued to its word: `Add1` for `Add.1`.
    case missingDot(written: String, expected: String)
    /// A number glued to the next component: `7L.14` for `7/L.14`.
    case missingSlash(written: String, expected: String)
    /// A space between a modifier and its number: `Add 1` for `Add.1`.
    case spaceBeforeNumber(written: String, expected: String)
    /// Two slashes in a row: `A//76/1`.
    case emptyComponent
    /// A slash at the end: `A/76/1/`.
    case trailingSlash
    /// A word that takes a number ends the symbol with its dot: `A/76/L.`.
    case trailingDot(component: String)
    /// A year or session in parentheses glued to the number: `S/RES/955(1994)`.
    case missingSpaceBeforeParenthesis(part: String)
    /// The organ in lower case: `a/76/1`.
    case lowerCaseOrgan(written: String, expected: String)
    /// A component that fits no rule of the grammar.
    case invalidComponent(String)

    /// What is wrong, as a clause for a message: "ADD.1 should be written Add.1".
    public var explanation: String {
        switch self {
        case .wrongCase(let written, let expected): "\(written) should be written \(expected)"
        case .missingDot(let written, let expected): "\(written) lacks the dot before its number (\(expected))"
        case .missingSlash(let written, let expected): "\(written) lacks a / (\(expected))"
        case .spaceBeforeNumber(let written, let expected): "\(written) has a space instead of a dot (\(expected))"
        case .emptyComponent: "it has an empty component (//)"
        case .trailingSlash: "it ends with /"
        case .trailingDot(let component): "it ends with \(component), which lacks its number"
        case .missingSpaceBeforeParenthesis(let part): "it lacks a space before \(part)"
        case .lowerCaseOrgan(let written, let expected): "its organ \(written) should be written \(expected)"
        case .invalidComponent(let component): "\(component) is not a valid component"
        }
    }

    /// True when the defect has a single clear fix.
    public var hasFix: Bool {
        switch self {
        case .trailingDot, .invalidComponent: false
        default: true
        }
    }
}
