extension StructureBuilder {
    /// Longest heading line, in scalars, read as a plain-text heading; longer lines are prose.
    static let maximumHeadingLength = 150
    /// Longest line read as an annex heading (`Annex II`, `Annexe`).
    static let maximumAnnexHeadingLength = 80
    /// In Chinese and Arabic an annex word is followed by its ordinal (`附件一`, `المرفق الأول`).
    static let maximumCaselessAnnexSuffix = 12

    /// Recognises a heading without `#`: a line alone in its block (Markdown)
    /// or at a block start (plain text) that is a chapter or section label with
    /// its title, a label alone, or an annex line (only after a blank line, so
    /// that prose wrapped to start with "Annex I contains…" stays prose).
    mutating func isHeadingLine(_ line: ScannedLine, next: ScannedLine?, blockStart: Bool) -> Bool {
        let alone = next == nil || next!.number > line.number + 1
        if format == .markdown && !alone { return false }
        // Prose lines are long: only a short line can be a heading.
        guard line.content.utf8.count <= Self.maximumHeadingLength * 4 else { return false }
        // Inside a block only a label makes a heading.
        if !blockStart, !labelReader.mayHoldLabel(line.content) { return false }
        let plain = DocumentParser.plainText(line.content)
        if blockStart, opensAnnex(plain, strictly: true) || opensPart(plain) {
            addHeading(line, level: nil, text: line.content, contentStart: line.contentStart)
            return true
        }
        guard plain.unicodeScalars.count <= Self.maximumHeadingLength, let token = labelReader.read(plain) else { return false }
        if case .number = token.candidate { return false }
        if token.title.isEmpty {
            pendingLabel = (line, token)
            return true
        }
        addHeading(line, level: nil, text: line.content, contentStart: line.contentStart)
        return true
    }

    /// Adds a heading: resolves its label, tracks annexes, and ends the open paragraph.
    mutating func addHeading(_ line: ScannedLine, level: Int?, text: Substring, contentStart: Int) {
        closeBlock()
        if let pendingLabel {
            self.pendingLabel = nil
            addPendingLabelAlone(pendingLabel)
        }
        pendingNumber = nil
        paragraphOpen = false
        numberedList = nil
        let wrap = EmphasisWrap.find(in: text)
        let plain = DocumentParser.plainText(text)
        let isAnnex = opensAnnex(plain, strictly: level == nil)
        let isPart = !isAnnex && opensPart(plain)
        if isAnnex { enterAnnex() }
        if isPart {
            lastChapter = 0
            lastSection = 0
        }
        let token = isAnnex || isPart ? nil : labelReader.read(plain)
        let label = token.flatMap { token in
            // The label as written in the line: markup (`**II.** Debate`) may precede it.
            let written = text.utf8.firstRange(of: token.text.utf8).map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) } ?? 0
            return resolve(token, level: level, line: line.number, at: contentStart + written)
        }
        if label != nil || isAnnex || isPart {
            headerDone = true
        } else if !headerDone {
            headerLines.append(HeaderBlock.Line(number: line.number, text: plain))
        }
        let sourceLine = source.lines[line.number - 1]
        headings.append(
            Heading(
                line: line.number,
                range: source.range(line: line.number, bytes: 0..<sourceLine.text.utf8.count),
                text: plain, markdownLevel: level,
                levelMarkerRange: line.markerBytes.map { source.range(line: line.number, bytes: $0) },
                label: label, title: token?.title ?? plain,
                emphasis: wrap.map {
                    Heading.Emphasis(
                        marker: $0.marker,
                        range: source.range(line: line.number, bytes: contentStart..<(contentStart + text.utf8.count)))
                },
                opensAnnex: isAnnex, opensPart: isPart, annex: annex))
    }

    /// A label alone on its line followed by its title on the next (`II.` / `International peace and security`).
    mutating func addLabelledHeading(_ labelLine: ScannedLine, token: HeadingLabelReader.Token, titleLine: ScannedLine) {
        addHeading(labelLine, level: nil, text: labelLine.content, contentStart: labelLine.contentStart)
        let last = headings.removeLast()
        headings.append(
            Heading(
                line: last.line, range: last.range, text: last.text + " " + titleLine.content, markdownLevel: nil,
                levelMarkerRange: nil, label: last.label, title: String(titleLine.content), emphasis: last.emphasis,
                opensAnnex: false, opensPart: false, annex: last.annex))
    }

    /// A label alone with no title after it still counts as a heading.
    mutating func addPendingLabelAlone(_ pending: (line: ScannedLine, token: HeadingLabelReader.Token)) {
        addHeading(pending.line, level: nil, text: pending.line.content, contentStart: pending.line.contentStart)
    }

    /// True when `plain` starts with an annex word (`Annex`, `Annexe`, `المرفق`).
    /// `strictly`, for lines without `#`: only the word, an optional label
    /// (`II`, `B`, `3`) and then the end or punctuation (`Annex II: Agenda`).
    private func opensAnnex(_ plain: String, strictly: Bool) -> Bool {
        guard plain.unicodeScalars.count <= Self.maximumAnnexHeadingLength else { return false }
        let lower = plain.prefix(annexHeadingLength).lowercased()
        return zip(profile.annexHeadings, lowercasedAnnexHeadings).contains { word, lowercased in
            guard lower.hasPrefix(lowercased) else { return false }
            let rest = plain.dropFirst(word.count)
            if profile.caseless { return !strictly || rest.count <= Self.maximumCaselessAnnexSuffix }
            guard rest.first.map({ !$0.isLetter }) ?? true else { return false }
            guard strictly else { return true }
            let afterLabel = rest.trimmingWhitespace().drop { $0.isUppercase || $0.isNumber }
            return afterLabel.first.map { ".:–—-".contains($0) } ?? true
        }
    }

    /// True when `plain` is a part heading of the language (`Part two`).
    private func opensPart(_ plain: String) -> Bool {
        plain.unicodeScalars.count <= Self.maximumAnnexHeadingLength
            && profile.partHeadings.contains { (try? $0.regex.isMatch(plain)) == true }
    }

    private mutating func enterAnnex() {
        annex += 1
        lastChapter = 0
        lastSection = 0
    }

    /// Decides what a label is. `I`, `V`, `X`, `L`, `C`, `D`, `M` are both Roman
    /// numerals and letters: a letter that continues the sections of the chapter
    /// is a section (`I.` after `H.`); one that continues the chapters is a
    /// chapter; otherwise the Markdown level of the first chapter or section
    /// decides, and failing that a small numeral near the last chapter.
    private mutating func resolve(_ token: HeadingLabelReader.Token, level: Int?, line: Int, at labelStart: Int) -> Label? {
        let range = source.range(line: line, bytes: labelStart..<(labelStart + token.text.utf8.count))
        let rank: Label.Rank
        let value: Int?
        switch token.candidate {
        case .chapter(let number):
            (rank, value) = (.chapter, number)
        case .section(let letter):
            (rank, value) = (.section, letter)
        case .number(let number):
            return Label(rank: .number, text: token.text, value: number, range: range)
        case .chapterOrSection(let roman, let letter):
            let asSection = letter == lastSection + 1 && lastSection > 0
            if asSection {
                (rank, value) = (.section, letter)
            } else if roman == lastChapter + 1 {
                (rank, value) = (.chapter, roman)
            } else if let level, firstSectionLevel == .some(level) {
                (rank, value) = (.section, letter)
            } else if let level, firstChapterLevel == .some(level) {
                (rank, value) = (.chapter, roman)
            } else if roman <= lastChapter + 3 {
                (rank, value) = (.chapter, roman)
            } else {
                (rank, value) = (.section, letter)
            }
        }
        switch rank {
        case .chapter:
            if firstChapterLevel == nil { firstChapterLevel = .some(level) }
            lastChapter = value ?? lastChapter + 1
            lastSection = 0
        case .section:
            if firstSectionLevel == nil { firstSectionLevel = .some(level) }
            lastSection = value ?? lastSection + 1
        case .number:
            break
        }
        return Label(rank: rank, text: token.text, value: value, range: range)
    }
}
