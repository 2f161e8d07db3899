import PCRE2

/// The language profiles of a run, with their patterns compiled once.
public struct LanguageCatalog: Sendable {
    /// A profile with what parsing a document in its language needs, built
    /// for the first such document: a run over French documents builds none
    /// of it for the other languages.
    public struct Entry: Sendable {
        public let profile: LanguageProfile
        private let subparagraphPatterns: Deferred<SubparagraphScanner.Patterns>
        private let dateScanner: Deferred<DateScanner>
        private let headerDateScanner: Deferred<DateScanner>

        /// The sub-paragraph label patterns, built from the profile's letters.
        var subparagraphLabels: SubparagraphScanner.Patterns { subparagraphPatterns.value }
        /// The language's date scanner and its header's: their tables cost more than a small document.
        var dates: DateScanner { dateScanner.value }
        var headerDates: DateScanner { headerDateScanner.value }

        init(profile: LanguageProfile, subparagraphLabels: Deferred<SubparagraphScanner.Patterns>) {
            self.profile = profile
            subparagraphPatterns = subparagraphLabels
            dateScanner = Deferred { DateScanner(profile: profile) }
            headerDateScanner = Deferred { DateScanner.header(for: profile) }
        }
    }

    public let entries: [Entry]
    /// The language used when nothing in a document names one.
    public let fallback: Entry

    /// The six built-in languages, read from the embedded `Rules/languages`
    /// once per process; their sub-paragraph patterns, built from data the
    /// tests check, are compiled when first used.
    public static func builtIn() throws -> LanguageCatalog {
        try loadedBuiltIn.get()
    }

    private static let loadedBuiltIn = Result { () throws -> LanguageCatalog in
        try LanguageCatalog(profiles: LanguageProfileLoader.builtIn(), fallbackCode: "en") { profile in
            Deferred {
                do {
                    return try SubparagraphScanner.patterns(for: profile)
                } catch {
                    preconditionFailure("built-in language '\(profile.code)': sub-paragraph pattern: \(error)")
                }
            }
        }
    }

    /// Profiles whose sub-paragraph patterns are compiled now, so a failure is thrown here.
    public init(profiles: [LanguageProfile], fallbackCode: String = "en") throws {
        try self.init(profiles: profiles, fallbackCode: fallbackCode) { profile throws in
            Deferred(made: try SubparagraphScanner.patterns(for: profile))
        }
    }

    private init(
        profiles: [LanguageProfile], fallbackCode: String,
        subparagraphLabels: (LanguageProfile) throws -> Deferred<SubparagraphScanner.Patterns>
    ) throws {
        entries = try profiles.map { profile in
            var profile = profile
            profile.header = try Self.resolvedHeader(of: profile, among: profiles)
            return Entry(profile: profile, subparagraphLabels: try subparagraphLabels(profile))
        }
        guard let fallback = entries.first(where: { $0.profile.code == fallbackCode }) else {
            throw LanguageCatalogError.missingFallback(fallbackCode)
        }
        self.fallback = fallback
    }

    /// A profile's header forms with those of the language it writes them in
    /// copied in (English forms for Russian, Chinese and Arabic).
    private static func resolvedHeader(of profile: LanguageProfile, among profiles: [LanguageProfile]) throws(LanguageCatalogError) -> HeaderForms {
        let code = profile.header.writtenIn
        guard code != profile.code else { return profile.header }
        guard let other = profiles.first(where: { $0.code == code }), other.header.writtenIn == code else {
            throw .headerLanguage(code, in: profile.code)
        }
        var header = other.header
        header.languageOfIssue = profile.header.languageOfIssue
        return header
    }

    public func entry(code: String) -> Entry? {
        entries.first { $0.profile.code == code }
    }

    /// The language a header names: a language-of-issue, distribution or
    /// original line of any language other than the fallback wins over the
    /// fallback's own lines, since Russian, Chinese and Arabic documents keep
    /// English header lines and differ only by their language-of-issue line.
    func detect(headerLines: [HeaderBlock.Line]) throws(PCRE2Error) -> (Entry, LanguageEvidence) {
        var fallbackLine: Int?
        for line in headerLines {
            for entry in entries {
                var matched = false
                for pattern in entry.profile.detectionPatterns where !matched {
                    matched = try pattern.regex.isMatch(line.text)
                }
                guard matched else { continue }
                if entry.profile.code != fallback.profile.code {
                    return (entry, .headerLine(line.number))
                }
                fallbackLine = fallbackLine ?? line.number
            }
        }
        return (fallback, fallbackLine.map { .headerLine($0) } ?? .fallback)
    }
}

public enum LanguageCatalogError: Error, Equatable, CustomStringConvertible {
    case missingFallback(String)
    case unknownLanguage(String, known: [String])
    case headerLanguage(String, in: String)

    public var description: String {
        switch self {
        case .missingFallback(let code): "no language profile for the fallback language '\(code)'"
        case .headerLanguage(let code, let profile):
            "the header of '\(profile)' is written as in '\(code)', which is not a language with header forms of its own"
        case .unknownLanguage(let code, let known):
            "unknown language '\(code)'; expected one of: \(known.joined(separator: ", "))"
        }
    }
}
