/// The `--timings` table: time spent parsing and in each rule, summed over
/// every document, slowest first, so that a slow rule (often a rule-pack
/// pattern) stands out.
public struct TimingsReporter {
    public init() {}

    public func report(_ files: [FileResult]) -> String {
        var totals: [String: Duration] = [:]
        for file in files {
            for (rule, duration) in file.timings { totals[rule, default: .zero] += duration }
        }
        let all = totals.values.reduce(Duration.zero, +)
        let rows = totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let width = max(rows.map(\.key.count).max() ?? 0, "rule".count)
        var out = "rule".padding(width) + "  " + "ms".leftPadded(10) + "  " + "share".leftPadded(6) + "\n"
        for (rule, duration) in rows {
            let share = all > .zero ? 100 * (duration / all) : 0
            out += rule.padding(width) + "  " + Self.milliseconds(duration).leftPadded(10) + "  "
                + (String(Int(share.rounded())) + "%").leftPadded(6) + "\n"
        }
        out += "total".padding(width) + "  " + Self.milliseconds(all).leftPadded(10) + "  (summed over \(files.count) files and the threads that linted them)\n"
        return out
    }

    /// Milliseconds with one decimal.
    static func milliseconds(_ duration: Duration) -> String {
        let tenths = Int((duration / .milliseconds(1) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
