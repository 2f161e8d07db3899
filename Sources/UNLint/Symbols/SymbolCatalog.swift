import PCRE2

/// What unlint knows about document symbols, read from `Rules/symbols.yml`,
/// with the symbol grammar built from it (its PCRE2 pattern compiled once).
///
/// Create one per run with ``builtIn()``, beside the ``LanguageCatalog``. The
/// built-in rules use ``shared``, the same catalog loaded once per process,
/// since a rule is created with no arguments.
public struct SymbolCatalog: Sendable {
    /// Known first components (`A`, `S`, `CEB`), upper case.
    public let prefixes: Set<String>
    /// Final components that modify a document and take a number: `Add`, `Rev`, `Corr`, `Amend`.
    public let modifiers: [String]
    /// Components that take a number after a dot: `C`, `CN`, `Sub`, `L`, `CRP`, `WP`…
    public let numberedComponents: [String]
    /// Final components without a number: `Summary`.
    public let finalWords: [String]
    /// First components that start a citation number, not a symbol: `PRST` (`PRST/8/1`).
    public let citationPrefixes: Set<String>
    /// The grammar that finds and checks symbols in text.
    public let grammar: SymbolGrammar

    /// The words must have the shapes ``SymbolCatalogLoader`` checks (capital
    /// letters; modifiers and final words one capital then lower case), since
    /// the modifiers become part of a pattern.
    public init(
        prefixes: [String], modifiers: [String], numberedComponents: [String], finalWords: [String],
        citationPrefixes: [String]
    ) {
        self.prefixes = Set(prefixes)
        self.modifiers = modifiers
        self.numberedComponents = numberedComponents
        self.finalWords = finalWords
        self.citationPrefixes = Set(citationPrefixes)
        grammar = SymbolGrammar(
            prefixes: self.prefixes, modifiers: modifiers, numberedComponents: numberedComponents,
            finalWords: finalWords, citationPrefixes: self.citationPrefixes)
    }

    /// The catalog embedded from `Rules/symbols.yml`.
    public static func builtIn() throws(RuleDataError) -> SymbolCatalog {
        guard let file = EmbeddedRules.files.first(where: { $0.path == builtInPath }) else {
            throw RuleDataError(file: builtInPath, line: 1, column: 1, message: "the file is missing")
        }
        return try SymbolCatalogLoader.load(yaml: file.text, file: file.path, isBuiltIn: true)
    }

    static let builtInPath = "Rules/symbols.yml"

    /// The built-in catalog, loaded on first use and shared by every document
    /// and thread of the process. The embedded file is checked by the tests
    /// (`SymbolCatalogLoaderTests`), so loading cannot fail in a built binary.
    public static let shared: SymbolCatalog = {
        do {
            return try builtIn()
        } catch {
            fatalError("the embedded \(builtInPath) is invalid: \(error)")
        }
    }()

    /// True when `prefix` (as written, any case) is a known first component.
    public func isKnownPrefix(_ prefix: String) -> Bool {
        prefixes.contains(prefix.uppercased())
    }
}
