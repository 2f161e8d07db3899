extension DateScanner {
    /// The scanner for the header date of a document in `language`: the date
    /// forms of the header's language, English for a Russian, Chinese or
    /// Arabic document (``HeaderForms/dates``), else the language's own.
    public static func header(for language: LanguageProfile) -> DateScanner {
        DateScanner(forms: language.header.dates)
    }
}
