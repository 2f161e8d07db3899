/// How a language writes the lines of the front-page header: the distribution
/// line, the `Original:` line and the language-of-issue line.
///
/// Russian, Chinese and Arabic documents write these lines in English
/// (`Distr.: General`, `Original: English`) and add only their own
/// language-of-issue line (`Russian`); their profiles name English as the
/// header language instead of repeating its forms.
public struct HeaderForms: Sendable, Equatable {
    /// The distribution categories of the UN masthead.
    public enum Category: String, Sendable, CaseIterable {
        case general, limited, restricted
    }

    /// The forms themselves, or the code of the language whose forms are used.
    public enum Lines: Sendable, Equatable {
        case own(distribution: [Category: String], original: String, languageNames: [String: String])
        case sameAs(String)
    }

    public var lines: Lines
    /// The language-of-issue line (`Français`), nil when there is none (English originals).
    public var languageOfIssue: String?

    public init(lines: Lines, languageOfIssue: String?) {
        self.lines = lines
        self.languageOfIssue = languageOfIssue
    }

    /// The placeholder for the language name in an `original` form (`Original : {language}`).
    public static let languagePlaceholder = "{language}"
}
