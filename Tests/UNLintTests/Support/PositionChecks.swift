// Public API only: scripts/fuzz.sh compiles this file into the fuzz targets too,
// against a library built without testing enabled.
import UNLint

/// The promises every reported position keeps, checked on one linted file.
enum PositionChecks {
    /// What is wrong with the positions in `result`, linted from `bytes`: empty
    /// when every position lies inside the file (not in a byte-order mark), on a
    /// scalar boundary (a UTF-8 lead byte or the end), with the line and column
    /// the offset has, and every range ends at or after its start. A file that is
    /// not UTF-8 has no decoded text: only the bounds are checked there.
    static func problems(in result: FileResult, bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        let decoded = try? SourceText(bytes: bytes)
        func check(_ position: SourcePosition, _ what: String, of diagnostic: Diagnostic) {
            func fail(_ problem: String) {
                problems.append("\(result.path): \(what) \(position) of \(diagnostic.rule) '\(diagnostic.message)': \(problem)")
            }
            guard position.line >= 1, position.column >= 1 else { return fail("line or column below 1") }
            guard position.offset >= 0, position.offset <= bytes.count else { return fail("offset outside the file") }
            guard let source = decoded else { return }
            guard position.offset >= source.baseOffset else { return fail("offset inside the byte-order mark") }
            guard position.offset == bytes.count || bytes[position.offset] & 0xC0 != 0x80 else {
                return fail("offset inside a UTF-8 sequence")
            }
            let expected = source.position(atOffset: position.offset)
            guard expected == position else {
                return fail("line and column disagree with the offset, which is at \(expected.line):\(expected.column)")
            }
        }
        for diagnostic in result.diagnostics {
            let range = diagnostic.range
            check(range.start, "start", of: diagnostic)
            check(range.end, "end", of: diagnostic)
            if range.start.offset > range.end.offset || (range.start.line, range.start.column) > (range.end.line, range.end.column) {
                problems.append("\(result.path): \(diagnostic.rule) '\(diagnostic.message)': range \(range) ends before it starts")
            }
            for related in diagnostic.related { check(related.position, "related", of: diagnostic) }
        }
        return problems
    }
}
