import PCRE2

/// The language profiles of a run, with their patterns compiled once.
public struct LanguageCatalog: Sendable {
    /// A profile with the sub-paragraph label pattern built from its letters.
    public struct Entry: Sendable {
        public let profile: LanguageProfile
        let subparagraphLabels: Regex
    }

    public let entries: [Entry]
    /// The language used when nothing in a document names one.
    public let fallback: Entry

    /// The six built-in languages, read from the embedded `Rules/languages`.
    public static func builtIn() throws -> LanguageCatalog {
        try LanguageCatalog(profiles: LanguageProfileLoader.builtIn())
    }

    public init(profiles: [LanguageProfile], fallbackCode: String = "en") throws {
        entries = try profiles.map { profile in
            try Entry(profile: profile, subparagraphLabels: SubparagraphScanner.pattern(for: profile))
        }
        guard let fallback = entries.first(where: { $0.profile.code == fallbackCode }) else {
            throw LanguageCatalogError.missingFallback(fallbackCode)
        }
        self.fallback = fallback
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

    public var description: String {
        switch self {
        case .missingFallback(let code): "no language profile for the fallback language '\(code)'"
        case .unknownLanguage(let code, let known):
            "unknown language '\(code)'; expected one of: \(known.joined(separator: ", "))"
        }
    }
}
