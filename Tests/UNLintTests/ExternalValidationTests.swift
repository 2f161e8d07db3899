import Foundation
import Testing
@testable import UNLint

/// The golden JUnit and SARIF reports of `Examples/` against the reference
/// schemas, with the public tools CI uses (`.ci/run` runs the same checks);
/// each test first shows the tool rejecting a broken report, so a tool that
/// accepts everything cannot pass them.
@Suite struct ExternalValidationTests {
    static func golden(_ name: String) throws -> String {
        try String(contentsOf: GoldenReportTests.golden.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(.enabled(if: ExternalValidators.canValidateJUnit, "\(ExternalValidators.missingJUnit)"))
    func theJUnitReportIsValidAgainstJUnit10() throws {
        let junit = try Self.golden("examples.junit.xml")
        // The mistake SwiftLint made: a suite without `tests`.
        let broken = junit.replacingOccurrences(of: #" tests="42" failures="4""#, with: #" failures="4""#)
        #expect(broken != junit)
        #expect(try ExternalValidators.junitProblems(broken)?.contains("The attribute 'tests' is required but missing") == true)
        #expect(try ExternalValidators.junitProblems(junit) == nil)
    }

    @Test(.enabled(if: ExternalValidators.canValidateSARIF, "\(ExternalValidators.missingSARIF)"))
    func theSARIFReportIsValidAgainstSARIF210() throws {
        let sarif = try Self.golden("examples.sarif")
        let broken = sarif.replacingOccurrences(of: #""level" : "note""#, with: #""level" : "info""#)
        #expect(broken != sarif)
        #expect(try ExternalValidators.sarifProblems(broken)?.contains("'info' is not one of ['none', 'note', 'warning', 'error']") == true)
        #expect(try ExternalValidators.sarifProblems(sarif) == nil)
    }
}
