import Foundation
import Testing
@testable import UNLint

/// Runs larger than one machine: `--shard K/N`, `--files-from`, `unlint merge`,
/// and `--timings`.
@Suite struct ScaleOutTests {
    typealias Fixture = CLITests.Fixture
    typealias Documents = CLITests.Documents

    static let paths = (1...40).map { "docs/\($0 % 4)/A-HRC-55-\($0).md" }

    @Test func shardsPartitionThePathsTheSameWayEveryTime() throws {
        let shards = (1...3).map { Shard("\($0)/3")! }
        for path in Self.paths {
            #expect(shards.filter { $0.contains(path) }.count == 1, "\(path)")
        }
        // A hash of the path as given: fixed values, whatever the machine or run.
        #expect(shards.map { shard in Self.paths.filter(shard.contains).count } == [9, 16, 15])
        #expect(Shard("2/3")!.contains("docs/1/A-HRC-55-1.md"))
        #expect(Shard("1/1")!.contains("anything.md"))
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "1/3/5", ""] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }

    /// A tree of documents, each with one planted error except the clean ones.
    static func tree() throws -> Fixture {
        let fixture = try Fixture()
        for (index, path) in Self.paths.prefix(12).enumerated() {
            try fixture.write(path, index % 3 == 0 ? Documents.clean : Documents.withError)
        }
        return fixture
    }

    @Test func shardsMergedGiveTheReportOfTheWholeRun() throws {
        let fixture = try Self.tree()
        let whole = try fixture.run(["--format", "json", "docs"])
        var parts: [String] = []
        for k in 1...3 {
            let part = try fixture.run(["--shard", "\(k)/3", "--format", k == 2 ? "jsonl" : "json", "--output", "part\(k)", "docs"])
            #expect(part.status <= 1, "\(part)")
            parts.append("part\(k)")
        }
        let merged = try fixture.run(["merge", "--format", "json"] + parts)
        #expect(merged.status == 1)
        // JSON Lines name only documents with findings; the clean ones come from the JSON parts.
        let wholeReport = try JSONValue(parsing: whole.stdout)
        let mergedReport = try JSONValue(parsing: merged.stdout)
        let wholeFiles = try #require(wholeReport["files"]?.arrayValue)
        let mergedFiles = try #require(mergedReport["files"]?.arrayValue)
        let withFindings = wholeFiles.filter { $0["diagnostics"] != .array([]) }
        #expect(mergedFiles.filter { $0["diagnostics"] != .array([]) }.map { $0["diagnostics"] } == withFindings.map { $0["diagnostics"] })
        #expect(mergedReport["summary"]?["errors"] == wholeReport["summary"]?["errors"])
        let text = try fixture.run(["merge", "-q"] + parts)
        #expect(text.stdout.split(separator: "\n").count == 8)
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix(ConfigurationCLITests.sequenceError.dropLast()) })
    }

    @Test func mergeRefusesWhatUnlintDidNotWrite() throws {
        let fixture = try Fixture()
        try fixture.write("good.jsonl", #"{"column":1,"endColumn":2,"endLine":1,"endOffset":1,"line":1,"message":"m","offset":0,"path":"a.md","rule":"x/y","severity":"error"}"# + "\n")
        try fixture.write("bad.jsonl", "\n{\"path\": \"a.md\"}\n")
        let result = try fixture.run(["merge", "good.jsonl", "bad.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr == "unlint: error: bad.jsonl:2: neither a JSON report of unlint nor a line of its JSON Lines (no 'rule')\n")
        let good = try fixture.run(["merge", "-q", "good.jsonl"])
        #expect(good.status == 1)
        #expect(good.stdout == "a.md:1:1: error: m [x/y]\n")
    }

    @Test func filesFromReadsAListOfPaths() throws {
        let fixture = try Self.tree()
        try fixture.write("list.txt", "\(Self.paths[1])\n\n\(Self.paths[2])\r\n")
        let listed = try fixture.run(["-q", "--files-from", "list.txt"])
        #expect(listed.status == 1)
        #expect(listed.stdout == [Self.paths[1], Self.paths[2]].map { $0 + ConfigurationCLITests.sequenceError }.joined())
        let piped = try fixture.run(["-q", "--files-from", "-", Self.paths[0]], stdin: Self.paths[1] + "\n")
        #expect(piped.stdout == Self.paths[1] + ConfigurationCLITests.sequenceError)
        let nothing = try fixture.run(["-q"])
        #expect(nothing.status == 2)
        #expect(nothing.stderr == "unlint: error: no paths to lint; give PATHs or --files-from FILE\n")
        let both = try fixture.run(["--files-from", "-", "-"], stdin: "")
        #expect(both.status == 2)
        #expect(both.stderr == "unlint: error: standard input cannot be both a document (-) and the list of --files-from -\n")
    }

    @Test func timingsListParsingAndEveryRuleThatRan() throws {
        let fixture = try Self.tree()
        let result = try fixture.run(["-q", "--timings", "--select", "numbering", Self.paths[1]])
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("rule ") == true && lines.first?.hasSuffix("ms   share") == true)
        let rules = Set(lines.dropFirst().dropLast().map { String($0.prefix { $0 != " " }) })
        #expect(rules == ["(parsing)", "numbering/paragraph-sequence", "numbering/split-paragraph", "numbering/subparagraph-sequence"])
        #expect(lines.last?.hasPrefix("total ") == true)
        #expect(lines.last?.hasSuffix("(summed over 1 files and the threads that linted them)") == true)
    }

    @Test func timingsAreRenderedInMillisecondsWithShares() {
        var a = FileResult(path: "a.md", language: "en", source: nil, diagnostics: [])
        a.timings = [Linter.parsing: .milliseconds(3), "x/slow": .microseconds(900), "x/fast": .microseconds(100)]
        var b = FileResult(path: "b.md", language: "en", source: nil, diagnostics: [])
        b.timings = [Linter.parsing: .milliseconds(5)]
        #expect(TimingsReporter().report([a, b]) == """
            rule               ms   share
            (parsing)         8.0     89%
            x/slow            0.9     10%
            x/fast            0.1      1%
            total             9.0  (summed over 2 files and the threads that linted them)

            """)
    }
}
