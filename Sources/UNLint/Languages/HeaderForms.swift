/// How a language writes the lines of the front-page header: the distribution
/// line, the `Original:` line and the language-of-issue line.
///
/// Russian, Chinese and Arabic documents write these lines in English
/// (`Distr.: General`, `Original: English`) and add only their own
/// language-of-issue line (`Russian`). Their profiles say `language: en`
/// instead of repeating the forms: the loader leaves the forms empty and
/// records `writtenIn`, and ``LanguageCatalog`` copies the forms (and the
/// date forms) in from that language's profile.
public struct HeaderForms: Sendable, Equatable {
    /// The distribution categories of the UN masthead.
    public enum Category: String, Sendable, CaseIterable {
        case general, limited, restricted
    }

    /// The code of the language the lines are written in (`en` for Russian).
    public var writtenIn: String
    /// The modern distribution line of each category (`Distr. générale`).
    public var distribution: [Category: String]
    /// The `Original:` line with a placeholder for the language (`Original : {language}`).
    public var original: String
    /// Language names as the `Original:` line writes them, by code (`en` → `anglais`).
    public var languageNames: [String: String]
    /// The language-of-issue line (`Français`), nil when there is none (English originals).
    public var languageOfIssue: String?
    /// How the header's language writes the issue date: the profile's own date
    /// forms, or English ones for Russian, Chinese and Arabic documents.
    public var dates: DateForms

    public init(
        writtenIn: String, distribution: [Category: String], original: String, languageNames: [String: String],
        languageOfIssue: String?, dates: DateForms = .none
    ) {
        self.writtenIn = writtenIn
        self.distribution = distribution
        self.original = original
        self.languageNames = languageNames
        self.languageOfIssue = languageOfIssue
        self.dates = dates
    }

    /// The placeholder for the language name in an `original` form.
    public static let languagePlaceholder = "{language}"
}
