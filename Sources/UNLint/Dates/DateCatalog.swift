/// The date scanners of a run's languages, by language code.
///
/// A document's running text uses its own language's dates
/// (`DateScanner(profile: document.language)`), but its header date follows
/// its header lines: Russian, Chinese and Arabic documents write `6 July
/// 2015` in English. ``headerScanner(for:)`` follows that.
public struct DateCatalog: Sendable {
    public let scanners: [String: DateScanner]

    public init(profiles: [LanguageProfile]) {
        var scanners: [String: DateScanner] = [:]
        for profile in profiles { scanners[profile.code] = DateScanner(profile: profile) }
        self.scanners = scanners
    }

    public init(catalog: LanguageCatalog) {
        self.init(profiles: catalog.entries.map(\.profile))
    }

    public func scanner(for code: String) -> DateScanner? {
        scanners[code]
    }

    /// The scanner for the header date of a document in `profile`'s
    /// language: the language its header lines are written in (English for
    /// Russian, Chinese and Arabic), else its own.
    public func headerScanner(for profile: LanguageProfile) -> DateScanner {
        let code = profile.header.writtenIn
        if code != profile.code, let scanner = scanners[code] {
            return scanner
        }
        return scanners[profile.code] ?? DateScanner(profile: profile)
    }

    /// The built-in languages, loaded on first use and shared by every
    /// document and thread of the process, for rules (which are created with
    /// no arguments). The embedded profiles are checked by the tests, so
    /// loading cannot fail in a built binary.
    public static let shared: DateCatalog = {
        do {
            return DateCatalog(profiles: try LanguageProfileLoader.builtIn())
        } catch {
            fatalError("the embedded language profiles are invalid: \(error)")
        }
    }()
}

extension DateScanner {
    /// The scanner for the header date of a document in `language`: English
    /// for a Russian, Chinese or Arabic document, else the language itself.
    public static func header(for language: LanguageProfile) -> DateScanner {
        if language.header.writtenIn != language.code {
            return DateCatalog.shared.headerScanner(for: language)
        }
        return DateScanner(profile: language)
    }
}
