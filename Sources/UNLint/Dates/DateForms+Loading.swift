import Yams

extension LanguageProfileLoader {
    /// Reads the `dates:` section of a profile, as strictly as the rest:
    ///
    /// ```yaml
    /// dates:
    ///   months: [[January], [February], …]     # 12 lists of spellings, or `numeric`
    ///   weekdays: [[Monday], …]                 # 7 lists, Monday first
    ///   first-day: [1er]                        # optional
    ///   abbreviations: [[Jan], …, [], …]        # optional, 12 lists, which may be empty
    ///   written: '{day} {month}[ {year}]'
    ///   date-patterns: ['…']
    ///   range-patterns: ['…']                   # optional
    ///   misformat-patterns: ['…']               # optional
    /// ```
    ///
    /// Each pattern is expanded and compiled here, so a bad one is reported
    /// at its place in the file (those of the built-in data are expanded and
    /// compiled when first used).
    static func dates(_ node: Node, reader: YAMLReader) throws(RuleDataError) -> DateForms {
        let dates = try reader.mapping(node, key: "dates", allowedKeys: [
            "months", "weekdays", "first-day", "abbreviations", "written",
            "date-patterns", "range-patterns", "misformat-patterns",
        ])
        let monthsNode = try dates.required("months")
        let months: DateForms.Months
        if case .sequence = monthsNode {
            months = .names(try nameLists(monthsNode, key: "months", count: 12, allowEmpty: false, reader: reader))
        } else {
            months = try reader.choice(monthsNode, key: "months", from: [("numeric", DateForms.Months.numeric)],
                                       alternative: "a list of 12 lists of names")
        }
        let weekdays = try nameLists(dates.required("weekdays"), key: "weekdays", count: 7, allowEmpty: false, reader: reader)
        let firstDay = try dates.optional("first-day").map { node throws(RuleDataError) in
            try reader.stringList(node, key: "first-day").map(\.value)
        } ?? []
        let abbreviations = try dates.optional("abbreviations").map { node throws(RuleDataError) in
            try nameLists(node, key: "abbreviations", count: 12, allowEmpty: true, reader: reader)
        } ?? []
        let writtenNode = try dates.required("written")
        let written = try reader.string(writtenNode, key: "written")
        do {
            try DateForms.checkWritten(written)
        } catch {
            throw reader.error(error.description, at: writtenNode)
        }
        let placeholders: DatePlaceholders
        do {
            placeholders = try DatePlaceholders(
                months: months, weekdays: weekdays, firstDay: firstDay, abbreviations: abbreviations)
        } catch {
            throw reader.error(error.description, at: monthsNode)  // counts are checked when read
        }
        func patterns(_ key: String, kind: DatePattern.Kind, required: Bool) throws(RuleDataError) -> [DatePattern] {
            let found: Node? = try required ? dates.required(key) : dates.optional(key)
            guard let node = found else { return [] }
            var compiled: [DatePattern] = []
            for source in try reader.stringList(node, key: key) {
                do {
                    compiled.append(reader.isBuiltIn
                        ? DatePattern(builtIn: source.value, kind: kind, placeholders: placeholders)
                        : try DatePattern(source.value, kind: kind, placeholders: placeholders))
                } catch {
                    throw reader.error("\(error.description) in \(key)", at: source.node)
                }
            }
            return compiled
        }
        return DateForms(
            months: months, weekdays: weekdays, firstDay: firstDay, abbreviations: abbreviations, written: written,
            dates: try patterns("date-patterns", kind: .date, required: true),
            ranges: try patterns("range-patterns", kind: .range, required: false),
            misformats: try patterns("misformat-patterns", kind: .misformat, required: false))
    }

    /// `count` lists of names (`[[January], [February], …]`); no name may
    /// appear twice in the whole list, since a name must say which item it is.
    private static func nameLists(
        _ node: Node, key: String, count: Int, allowEmpty: Bool, reader: YAMLReader
    ) throws(RuleDataError) -> [[String]] {
        guard case .sequence(let sequence) = node else {
            throw reader.error("'\(key)' must be a list of \(count) lists of names, found \(reader.describe(node))", at: node)
        }
        guard sequence.count == count else {
            throw reader.error("'\(key)' must list \(count) items, found \(sequence.count)", at: node)
        }
        var lists: [[String]] = []
        var seen: Set<String> = []
        for item in sequence {
            if allowEmpty, case .sequence(let inner) = item, inner.isEmpty {
                lists.append([])
                continue
            }
            guard case .sequence = item else {
                throw reader.error("items in '\(key)' must be lists of names, found \(reader.describe(item))", at: item)
            }
            let names = try reader.stringList(item, key: key)
            for name in names where !seen.insert(name.value.lowercased()).inserted {
                throw reader.error("'\(key)' lists '\(name.value)' twice", at: name.node)
            }
            lists.append(names.map(\.value))
        }
        return lists
    }
}
