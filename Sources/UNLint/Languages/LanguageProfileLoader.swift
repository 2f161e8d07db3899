import Yams

/// Reads language profiles from YAML (`Rules/languages/<code>.yml`).
///
/// Reading is strict: an unknown key, a missing key, a value of the wrong
/// type or a detection pattern that PCRE2 rejects is a ``RuleDataError``
/// naming the file, line and column, so a typo never silently changes how
/// documents are read.
public enum LanguageProfileLoader {
    /// Reads one profile; `file` is the name used in errors.
    public static func load(yaml: String, file: String) throws(RuleDataError) -> LanguageProfile {
        try load(yaml: yaml, file: file, expectedCode: nil)
    }

    /// The profiles embedded from `Rules/languages/`, sorted by code.
    public static func builtIn() throws(RuleDataError) -> [LanguageProfile] {
        var profiles: [LanguageProfile] = []
        for file in EmbeddedRules.files where file.path.hasPrefix(directory) {
            let name = file.path.dropFirst(directory.count)
            guard name.hasSuffix(".yml"), !name.contains("/") else { continue }
            let code = String(name.dropLast(".yml".count))
            profiles.append(try load(yaml: file.text, file: file.path, expectedCode: code, isBuiltIn: true))
        }
        return profiles.sorted { $0.code < $1.code }
    }

    private static let directory = "Rules/languages/"

    /// `expectedCode`: the code the file name promises (built-in files are
    /// named after their code); `isBuiltIn`: the file is embedded (see
    /// ``YAMLReader/isBuiltIn``). Internal for tests.
    static func load(
        yaml: String, file: String, expectedCode: String?, isBuiltIn: Bool = false
    ) throws(RuleDataError) -> LanguageProfile {
        let reader = YAMLReader(file: file, isBuiltIn: isBuiltIn)
        let profile = try reader.mapping(reader.parse(yaml), key: nil, allowedKeys: [
            "code", "name", "native-name", "caseless", "detection",
            "annex-headings", "part-headings", "contents-headings", "labels", "header", "dates",
        ])
        let codeNode = try profile.required("code")
        let code = try reader.string(codeNode, key: "code")
        if let expectedCode, code != expectedCode {
            throw reader.error("code '\(code)' does not match the file name '\(expectedCode).yml'",
                               at: codeNode)
        }
        let name = try profile.string("name")
        let nativeName = try profile.string("native-name")
        let caseless = try profile.bool("caseless")
        var detection: [CompiledPattern] = []
        for pattern in try profile.stringList("detection") {
            detection.append(try reader.compiledPattern(pattern, in: "detection"))
        }
        let dates = try dates(profile.required("dates"), reader: reader)
        var header = try header(profile.required("header"), code: code, reader: reader)
        // A header in the profile's own language dates itself in the profile's forms.
        if header.writtenIn == code { header.dates = dates }
        var parts: [CompiledPattern] = []
        if let node = profile.optional("part-headings") {
            for pattern in try reader.stringList(node, key: "part-headings") {
                parts.append(try reader.compiledPattern(pattern, in: "part-headings"))
            }
        }
        return LanguageProfile(
            code: code, name: name, nativeName: nativeName, caseless: caseless,
            detectionPatterns: detection,
            annexHeadings: try profile.stringList("annex-headings").map(\.value),
            contentsHeadings: try profile.stringList("contents-headings").map(\.value),
            labels: try labels(profile.required("labels"), reader: reader),
            header: header, dates: dates, partHeadings: parts)
    }

    private static func labels(
        _ node: Node, reader: YAMLReader
    ) throws(RuleDataError) -> LanguageProfile.Labels {
        let labels = try reader.mapping(node, key: "labels", allowedKeys: [
            "chapters", "sections", "paragraphs", "subparagraphs", "subparagraph-letters", "lookalikes",
            "foreign-letters",
        ])
        let chapters = try series(
            labels.required("chapters"), key: "chapters",
            keywords: [("roman", .roman), ("chinese-numerals", .chineseNumerals)], reader: reader)
        let sections = try series(
            labels.required("sections"), key: "sections",
            keywords: [("latin-capitals", .latinCapitals)], reader: reader)
        let paragraphs = try reader.choice(
            labels.required("paragraphs"), key: "paragraphs",
            from: [("dot", LanguageProfile.ParagraphStyle.dot), ("hyphen", .hyphen)])
        let subparagraphs = try reader.choice(
            labels.required("subparagraphs"), key: "subparagraphs",
            from: [("(a)", LanguageProfile.SubparagraphStyle.parenthesized), ("a)", .closingParenthesis)])
        var letters = latinLetters
        if let node = labels.optional("subparagraph-letters") {
            letters = try reader.stringList(node, key: "subparagraph-letters").map(\.value)
        }
        var lookalikes: [Character: Character] = [:]
        if let node = labels.optional("lookalikes") {
            for pair in try reader.stringMap(node, key: "lookalikes") {
                lookalikes[try character(pair.key, reader: reader)] = try character(pair.value, reader: reader)
            }
        }
        return LanguageProfile.Labels(
            chapters: chapters, sections: sections, paragraphs: paragraphs,
            subparagraphs: subparagraphs, subparagraphLetters: letters, lookalikes: lookalikes,
            foreignLetters: try labels.optional("foreign-letters").map { node throws(RuleDataError) in
                try reader.stringList(node, key: "foreign-letters").map(\.value)
            } ?? [])
    }

    /// Either `language: en` (the header is written as in English) or the
    /// three forms, plus an optional language-of-issue line.
    private static func header(_ node: Node, code: String, reader: YAMLReader) throws(RuleDataError) -> HeaderForms {
        let header = try reader.mapping(node, key: "header", allowedKeys: [
            "language", "distribution", "original", "language-names", "language-of-issue",
        ])
        let languageOfIssue = try header.optional("language-of-issue").map { node throws(RuleDataError) in
            try reader.string(node, key: "language-of-issue")
        }
        let forms = ["distribution", "original", "language-names"]
        if let language = header.optional("language") {
            if let extra = forms.first(where: { header.optional($0) != nil }) {
                throw reader.error("'\(extra)' cannot stand beside 'language' in header", at: try header.required(extra))
            }
            return HeaderForms(
                writtenIn: try reader.string(language, key: "language"), distribution: [:], original: "",
                languageNames: [:], languageOfIssue: languageOfIssue)
        }
        var distribution: [HeaderForms.Category: String] = [:]
        let distributionNode = try header.required("distribution")
        for pair in try reader.stringMap(distributionNode, key: "distribution") {
            guard let category = HeaderForms.Category(rawValue: pair.key.value) else {
                let known = HeaderForms.Category.allCases.map(\.rawValue).joined(separator: ", ")
                throw reader.error("unknown distribution category '\(pair.key.value)'; expected one of: \(known)", at: pair.key.node)
            }
            distribution[category] = pair.value.value
        }
        if let missing = HeaderForms.Category.allCases.first(where: { distribution[$0] == nil }) {
            throw reader.error("missing key '\(missing.rawValue)' in distribution", at: distributionNode)
        }
        let originalNode = try header.required("original")
        let original = try reader.string(originalNode, key: "original")
        guard original.contains(HeaderForms.languagePlaceholder) else {
            throw reader.error("'original' must contain \(HeaderForms.languagePlaceholder)", at: originalNode)
        }
        var names: [String: String] = [:]
        for pair in try reader.stringMap(header.required("language-names"), key: "language-names") {
            names[pair.key.value] = pair.value.value
        }
        return HeaderForms(
            writtenIn: code, distribution: distribution, original: original, languageNames: names,
            languageOfIssue: languageOfIssue)
    }

    private static let latinLetters = "abcdefghijklmnopqrstuvwxyz".map(String.init)

    /// A keyword from `keywords`, or a list of words in order.
    private static func series(
        _ node: Node, key: String, keywords: [(String, LanguageProfile.Series)], reader: YAMLReader
    ) throws(RuleDataError) -> LanguageProfile.Series {
        if case .sequence = node {
            return .words(try reader.stringList(node, key: key).map(\.value))
        }
        return try reader.choice(node, key: key, from: keywords, alternative: "a list of words")
    }

    private static func character(
        _ string: YAMLReader.LocatedString, reader: YAMLReader
    ) throws(RuleDataError) -> Character {
        guard string.value.count == 1, let character = string.value.first else {
            throw reader.error("lookalike '\(string.value)' must be a single character", at: string.node)
        }
        return character
    }
}
