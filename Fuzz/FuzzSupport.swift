// Shared by both fuzz targets (compiled into each by scripts/fuzz.sh, never by SwiftPM),
// with Tests/UNLintTests/Support/PositionChecks.swift, the checks the tests run too.
import UNLint

/// The built-in languages, loaded once per process.
let fuzzCatalog: LanguageCatalog = {
    do { return try LanguageCatalog.builtIn() } catch { fatalError("built-in languages do not load: \(error)") }
}()

/// Stops the process (a crash libFuzzer records with its input) when a position
/// `result` reports breaks one of ``PositionChecks``' promises.
func checkPositions(_ result: FileResult, bytes: [UInt8]) {
    let problems = PositionChecks.problems(in: result, bytes: bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
}
