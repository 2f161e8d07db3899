/// Compiler-style text: `path:line:col: severity: message [rule]`, the source
/// line with a caret under the span, a `note:` line for each related place,
/// then a summary line.
public struct TextReporter: Reporter {
    public var colored: Bool
    /// Only the diagnostic lines: no source excerpt, no summary.
    public var quiet: Bool

    public init(colored: Bool = false, quiet: Bool = false) {
        self.colored = colored
        self.quiet = quiet
    }

    public func write(_ report: LintReport, to output: inout some TextOutputStream) {
        for file in report.files {
            // The scalars of the line quoted last: findings come in line order,
            // and a long line can carry thousands of them.
            var quoted: (number: Int, scalars: [Unicode.Scalar])?
            for diagnostic in file.diagnostics {
                let start = diagnostic.range.start
                let severity = paint(diagnostic.severity.rawValue, diagnostic.severity.color)
                output.write(paint("\(file.path):\(start.line):\(start.column):", "1"))
                output.write(" \(severity): \(diagnostic.message) \(paint("[\(diagnostic.rule)]", "2"))\n")
                guard !quiet else { continue }
                if quoted?.number != start.line, let line = file.quotedLines[start.line] {
                    quoted = (start.line, Array(line.unicodeScalars))
                }
                if let quoted, quoted.number == start.line {
                    output.write(excerpt(quoted.scalars, diagnostic.range))
                }
                for related in diagnostic.related {
                    output.write(paint("\(file.path):\(related.position.line):\(related.position.column):", "1"))
                    output.write(" \(paint("note", "1;36")): \(related.message)\n")
                }
            }
        }
        if !quiet {
            output.write(summary(report) + "\n")
        }
    }

    /// `3 errors, 1 warning in 2 files` (infos only when there are some), then
    /// `; 2 baseline entries no longer match` when a baseline has stale entries.
    public func summary(_ report: LintReport) -> String {
        func counted(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [counted(report.count(.error), "error"), counted(report.count(.warning), "warning")]
        if report.count(.info) > 0 { parts.append(counted(report.count(.info), "info")) }
        var line = parts.joined(separator: ", ") + " in " + counted(report.files.count, "file")
        if let stale = report.staleBaselineEntries, stale > 0 {
            line += "; \(counted(stale, "baseline entry").replacingOccurrences(of: "entrys", with: "entries")) no longer \(stale == 1 ? "matches" : "match")"
        }
        return line
    }

    /// How many scalars are quoted before and after the span, and of the span
    /// itself: a line with no more than the context on either side of its
    /// span is quoted whole, a longer one around it, with `…` where it is cut.
    private static let excerptContext = 80
    private static let excerptSpan = 160

    /// The line, then a caret line whose padding has the display width of the
    /// text before the span (tabs kept, wide East Asian characters doubled,
    /// combining marks dropped) so the caret lands under the span in a terminal.
    private func excerpt(_ scalars: [Unicode.Scalar], _ range: SourceRange) -> String {
        let startIndex = min(range.start.column - 1, scalars.count)
        let endIndex = range.end.line == range.start.line ? min(max(range.end.column - 1, startIndex + 1), scalars.count) : scalars.count
        // The window quoted: the whole line unless it runs past the context.
        let from = startIndex > Self.excerptContext ? startIndex - Self.excerptContext : 0
        let spanEnd = min(endIndex, startIndex + Self.excerptSpan)
        let to = scalars.count - spanEnd > Self.excerptContext ? spanEnd + Self.excerptContext : scalars.count
        var line = from > 0 ? "…" : ""
        line.unicodeScalars.append(contentsOf: scalars[from..<to])
        if to < scalars.count { line += "…" }
        var pad = from > 0 ? " " : ""
        for scalar in scalars[from..<startIndex] {
            pad += scalar == "\t" ? "\t" : String(repeating: " ", count: scalar.displayWidth)
        }
        let width = max(1, scalars[startIndex..<max(startIndex, min(endIndex, to))].reduce(0) { $0 + $1.displayWidth })
        let marker = "^" + String(repeating: "~", count: width - 1)
        return "    \(line)\n    \(pad)\(paint(marker, "32"))\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension Severity {
    /// ANSI colour: bold red, bold yellow, bold cyan.
    var color: String {
        switch self {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }
}

extension Unicode.Scalar {
    /// Columns a terminal gives the scalar: 2 for wide East Asian, 0 for combining marks.
    var displayWidth: Int {
        switch value {
        case 0x0300...0x036F, 0x0610...0x061A, 0x064B...0x065F, 0x200B...0x200F: 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            2
        default: 1
        }
    }
}
