import PCRE2

/// The document types of a run, their patterns compiled once, in detection order.
public struct DocumentTypeCatalog: Sendable {
    /// The types from the highest priority down (equal priorities by id).
    public let types: [DocumentType]

    public init(types: [DocumentType]) {
        self.types = Self.ordered(types)
    }

    /// The built-in types, read from the embedded `Rules/doctypes` once per process.
    public static func builtIn() throws(RuleDataError) -> DocumentTypeCatalog {
        try loadedBuiltIn.get()
    }

    private static let loadedBuiltIn = Result { () throws(RuleDataError) -> DocumentTypeCatalog in
        DocumentTypeCatalog(types: try DocumentTypeLoader.builtIn())
    }

    /// The built-in types: the default of ``DocumentParser`` and ``Linter``.
    /// The embedded files are checked by the tests, so a failure to read them
    /// is a defect of the build, not of any input, and stops the program with
    /// the loader's message; call ``builtIn()`` to handle it instead (the
    /// command does).
    public static var standard: DocumentTypeCatalog {
        do {
            return try builtIn()
        } catch {
            preconditionFailure("built-in document types: \(error)")
        }
    }

    /// The type with this id.
    public func type(id: String) -> DocumentType? {
        types.first { $0.id == id }
    }

    /// Every id, sorted, for messages and `--doctype`.
    public var ids: [String] { types.map(\.id).sorted() }

    /// Chooses the type `id` names: nil names none, an unknown id is an error.
    func chosen(_ id: String) throws(DocumentTypeCatalogError) -> DocumentType {
        guard let type = type(id: id) else { throw .unknownDocumentType(id, known: ids) }
        return type
    }

    /// How many header lines detection reads: the masthead (symbol, title,
    /// sponsors' line) lies well within them, while the header block of a
    /// resolution or draft runs on through its unnumbered preamble.
    static let detectionLines = 60

    /// The type the header block shows: types are tried from the highest
    /// priority down, and the first whose symbol patterns (tried first) or
    /// title patterns (of any language) match one of the first
    /// ``detectionLines`` header lines, and whose exclusion patterns match
    /// none of them, wins. Nil when no type matches: the document is then of
    /// no known type.
    func detect(headerLines: [HeaderBlock.Line]) throws(PCRE2Error) -> (DocumentType, DocumentTypeEvidence)? {
        let headerLines = headerLines.prefix(Self.detectionLines)
        for type in types {
            let evidence: DocumentTypeEvidence
            if let line = try firstLine(of: headerLines, matching: type.symbolPatterns) {
                evidence = .symbolLine(line)
            } else if let line = try firstLine(
                of: headerLines, matching: type.titlePatterns.keys.sorted().flatMap { type.titlePatterns[$0]! }) {
                evidence = .titleLine(line)
            } else {
                continue
            }
            if try firstLine(of: headerLines, matching: type.exclusionPatterns) == nil {
                return (type, evidence)
            }
        }
        return nil
    }

    private func firstLine(of lines: ArraySlice<HeaderBlock.Line>, matching patterns: [CompiledPattern]) throws(PCRE2Error) -> Int? {
        guard !patterns.isEmpty else { return nil }
        for line in lines {
            for pattern in patterns where try pattern.regex.isMatch(line.text) {
                return line.number
            }
        }
        return nil
    }

    /// Detection order: priority, highest first, then id.
    static func ordered(_ types: [DocumentType]) -> [DocumentType] {
        types.sorted { ($1.priority, $0.id) < ($0.priority, $1.id) }
    }
}

/// A document type named by the user that the catalog does not hold.
public enum DocumentTypeCatalogError: Error, Equatable, CustomStringConvertible {
    case unknownDocumentType(String, known: [String])

    public var description: String {
        switch self {
        case .unknownDocumentType(let id, let known):
            "unknown document type '\(id)'; expected one of: \(known.joined(separator: ", "))"
        }
    }
}
