/// The year in the header symbol agrees with the issue date.
struct SymbolHeaderYearRule: Rule {
    static let description = RuleDescription(
        id: "symbol/header-year",
        title: "Symbol year far from the issue date",
        rationale: """
            Series numbered by year (`E/2021/47`, `S/2021/1`, `CEB/2021/1`) carry the year of issue in \
            the symbol (Dag Hammarskjöld Library, document symbols), and Security Council resolutions the \
            year of adoption (`S/RES/955 (1994)`). A document may be issued early in the next year, so a \
            difference of one year is normal; more is a typo in the symbol or the date. Session-numbered \
            symbols (`A/80/1`) carry no year and are not checked.
            """,
        defaultSeverity: .warning,
        examples: [
            RuleExample("E/2021/47\n\nDistr.: General\n1 March 2021\n\n1. §.\n"),
            RuleExample("CEB/2021/2\n\nDistr.: General\n4 January 2022\n\n1. §.\n"),
            RuleExample("A/80/1\n\nDistr.: General\n3 March 2025\n\n1. §.\n"),
            RuleExample(
                "↓E/2012/47\n\nDistr.: General\n1 March 2021\n\n1. §.\n",
                messages: ["The symbol's year 2012 is 9 years from the issue date, 1 March 2021."]),
            RuleExample(
                "↓CEB/2019/1\n\nDistr. générale\n12 août 2021\nFrançais\n\n1. §.\n",
                messages: ["The symbol's year 2019 is 2 years from the issue date, 12 août 2021."]),
        ])

    /// Years a UN symbol can carry: from the first session to the far future.
    static let plausibleYears = 1946...2100

    func check(_ document: Document, report: inout DiagnosticSink) {
        let fields = document.headerFields
        guard let symbol = fields.symbol, let issued = fields.issueDate, let dateField = fields.date,
            let year = Self.year(in: symbol.text)
        else { return }
        let distance = abs(year - issued.year)
        guard distance > 1 else { return }
        report("The symbol's year \(year) is \(distance) years from the issue date, \(dateField.text).", at: symbol.range)
    }

    /// The year component of a symbol: a four-digit component (`E/2021/47`)
    /// or the year in parentheses (`S/RES/955 (1994)`).
    static func year(in symbol: String) -> Int? {
        let components = symbol.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == "(" || $0 == ")" })
        return components.lazy.compactMap { component -> Int? in
            guard component.count == 4, component.allSatisfy(\.isASCII), let value = Int(component) else { return nil }
            return plausibleYears.contains(value) ? value : nil
        }.first
    }
}
