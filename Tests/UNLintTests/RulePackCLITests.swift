import Foundation
import Testing
@testable import UNLint

/// Rule packs through the binary: `packs` in `.unlint.yml`, levels set on
/// pack rules, `unlint test-rules`, `rules` and `explain`.
@Suite struct RulePackCLITests {
    typealias Fixture = CLITests.Fixture
    typealias Documents = CLITests.Documents

    static let pack = """
        rules:
          - id: house/session-word
            title: The word "session" in running text
            kind: existence
            pattern: '\\bsession\\b'
            message: "'{match}' found."
            rationale: A house rule for the tests.
            examples:
              - text: "The Council opened its session today."
                expect: ['1:24 ''session'' found.']
              - text: "The Council opened its meeting today."

        """

    /// A repository whose `sub/` configuration adds a pack that the root one does not.
    static func tree() throws -> Fixture {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        try fixture.write("packs/house.yml", pack)
        try fixture.write("sub/.unlint.yml", """
            packs: [../packs]
            rules:
              house/*: error
            overrides:
              - files: ["quiet-*.md"]
                rules:
                  house/session-word: off

            """)
        for path in ["a.md", "sub/b.md", "sub/quiet-c.md"] { try fixture.write(path, Documents.clean) }
        return fixture
    }

    @Test func aPackAppliesWhereItsConfigurationDoes() throws {
        let fixture = try Self.tree()
        #expect(try fixture.run(["-q", "a.md"]).stdout == "")
        let nested = try fixture.run(["-q", "sub/b.md", "sub/quiet-c.md"])
        #expect(nested.status == 1)
        let findings = nested.stdout.split(separator: "\n").map(String.init)
        #expect(findings.count == 3, "\(nested)")
        #expect(findings.allSatisfy { $0.hasPrefix("sub/b.md:") && $0.hasSuffix("error: 'session' found. [house/session-word]") })
    }

    @Test func configShowsPackRulesWithTheirOrigin() throws {
        let fixture = try Self.tree()
        let result = try fixture.run(["config", "sub/quiet-c.md"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  house/session-word: off  # sub/.unlint.yml:7\n"), "\(result.stdout)")
        let plain = try fixture.run(["config", "sub/b.md"])
        #expect(plain.stdout.contains("\n  house/session-word: error  # sub/.unlint.yml:3\n"), "\(plain.stdout)")
        #expect(try fixture.run(["config", "a.md"]).stdout.contains("house/") == false)
    }

    @Test func selectingAPackRuleOnTheCommandLineWorks() throws {
        let fixture = try Self.tree()
        let result = try fixture.run(["-q", "--select", "house", "sub/b.md"])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 3)
    }

    @Test func aDuplicateIdAcrossPacksIsAConfigurationError() throws {
        let fixture = try Self.tree()
        try fixture.write("packs/again.yml", Self.pack)
        let result = try fixture.run(["sub/b.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "unlint: error: packs/house.yml:2:9: duplicate rule id 'house/session-word': already defined (packs/again.yml)\n")
    }

    @Test func aPackThatShadowsAShippedRuleIsRefused() throws {
        let fixture = try Fixture()
        try fixture.write("p.yml", Self.pack.replacingOccurrences(of: "house/session-word", with: "whitespace/double-space"))
        let result = try fixture.run(["test-rules", "p.yml"])
        #expect(result.status == 2)
        #expect(result.stderr == "unlint: error: p.yml:2:9: duplicate rule id 'whitespace/double-space': already defined (Rules/packs/whitespace.yml)\n")
    }

    @Test func testRulesPassesFailsAndExplains() throws {
        let fixture = try Fixture()
        try fixture.write("good.yml", Self.pack)
        let good = try fixture.run(["test-rules", "good.yml"])
        #expect(good.status == 0)
        #expect(good.stdout == "ok    house/session-word (2 examples)\n1 rules, 2 examples: 2 passed, 0 failed\n")
        try fixture.write("bad.yml", Self.pack.replacingOccurrences(of: "1:24", with: "1:25"))
        let bad = try fixture.run(["test-rules", "bad.yml"])
        #expect(bad.status == 1)
        #expect(bad.stdout == """
            FAIL  house/session-word (bad.yml)
              example 1:
                expected 1:25 warning house/session-word: 'session' found.
                reported 1:24 warning house/session-word: 'session' found.
            1 rules, 2 examples: 1 passed, 1 failed

            """)
        try fixture.write("broken.yml", "rules:\n  - id: house/x\n")
        let broken = try fixture.run(["test-rules", "broken.yml"])
        #expect(broken.status == 2)
        #expect(broken.stderr == "unlint: error: broken.yml:2:5: missing key 'title' in rules\n")
    }

    @Test func testRulesRunsTheShippedPacksByDefault() throws {
        let result = try Fixture().run(["test-rules"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("12 rules, 33 examples: 33 passed, 0 failed\n"), "\(result.stdout)")
    }

    @Test func testRulesAddsTheConfiguredPacks() throws {
        let fixture = try Self.tree()
        let result = try fixture.run(["test-rules", "--config", "sub/.unlint.yml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ok    house/session-word (2 examples)\n"))
        #expect(result.stdout.hasSuffix("13 rules, 35 examples: 35 passed, 0 failed\n"), "\(result.stdout)")
    }

    @Test func explainShowsAPackRuleWithItsExamples() throws {
        let result = try Fixture().run(["explain", "typography/fr-ordinals"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("typography/fr-ordinals: French ordinal abbreviation\nDefault severity: warning\n"))
        #expect(result.stdout.contains("  → 1:6: warning: Abbreviated ordinal '2ème': write '2e'.\n"))
    }
}
