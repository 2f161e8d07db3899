import CustomDump
import PCRE2
import Testing
@testable import UNLint

/// A run reads the files embedded from `Rules/` without YAML's tag
/// resolution and compiles their patterns when first used
/// (``YAMLReader/isBuiltIn``). These tests read each file strictly too, as a
/// user's file is read (every pattern compiled and checked), and require both
/// readings to agree, so the shortcut accepts nothing the strict reading refuses.
struct BuiltInDataTests {
    static func embedded(under directory: String) -> [(path: String, text: String)] {
        EmbeddedRules.files.filter { $0.path.hasPrefix(directory) }
    }

    @Test func languageProfilesReadAsStrictly() throws {
        var strict: [LanguageProfile] = []
        for file in Self.embedded(under: "Rules/languages/") {
            let code = String(file.path.dropFirst("Rules/languages/".count).dropLast(".yml".count))
            strict.append(try LanguageProfileLoader.load(yaml: file.text, file: file.path, expectedCode: code))
        }
        #expect(try LanguageProfileLoader.builtIn() == strict.sorted { $0.code < $1.code })
        // Compiles the sub-paragraph pattern of every language, which the built-in catalog defers.
        #expect(try LanguageCatalog(profiles: strict).entries.count == strict.count)
    }

    @Test func documentTypesReadAsStrictly() throws {
        let strict = try DocumentTypeLoader.load(
            files: Self.embedded(under: "Rules/doctypes/"), languages: DocumentTypeLoader.builtInLanguages)
        #expect(try DocumentTypeLoader.builtIn() == strict)
    }

    @Test func rulePacksReadAsStrictly() throws {
        var reserved = Dictionary(uniqueKeysWithValues: builtInRules.map { ($0.description.id, "built in") })
        var strict: [PackRule] = []
        for file in Self.embedded(under: "Rules/packs/") {
            let pack = try RulePackLoader.load(
                yaml: file.text, file: file.path, languages: DocumentTypeLoader.builtInLanguages, reserved: reserved)
            for rule in pack.rules { reserved[rule.description.id] = file.path }
            strict += pack.rules
        }
        // Compared as dumped: patterns are objects, equal when compiled alike.
        #expect(String(customDumping: try RulePackLoader.shipped()) == String(customDumping: strict))
    }

    @Test func symbolCatalogReadsAsStrictly() throws {
        let file = try #require(EmbeddedRules.files.first { $0.path == SymbolCatalog.builtInPath })
        let strict = try SymbolCatalogLoader.load(yaml: file.text, file: file.path)
        let builtIn = try SymbolCatalog.builtIn()
        #expect(builtIn.prefixes == strict.prefixes)
        #expect(builtIn.modifiers == strict.modifiers)
        #expect(builtIn.numberedComponents == strict.numberedComponents)
        #expect(builtIn.finalWords == strict.finalWords)
        #expect(builtIn.citationPrefixes == strict.citationPrefixes)
    }
}

/// A compiled pattern compares by what was compiled, not by its address.
extension Regex: CustomDumpStringConvertible {
    public var customDumpDescription: String { "Regex(\(pattern), options: \(options.rawValue))" }
}
