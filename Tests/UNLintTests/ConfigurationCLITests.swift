import Foundation
import Testing
@testable import UNLint

/// `.unlint.yml` discovery, precedence and validation, `--select`/`--ignore`/
/// `--fail-on`/`--exit-zero`, and the `config` and `init` subcommands, end to end.
@Suite struct ConfigurationCLITests {
    typealias Fixture = CLITests.Fixture
    typealias Documents = CLITests.Documents

    static let sequenceError = ":22:1: error: Paragraph 4 follows paragraph 2; expected 3. [numbering/paragraph-sequence]\n"
    static let sequenceWarning = ":22:1: warning: Paragraph 4 follows paragraph 2; expected 3. [numbering/paragraph-sequence]\n"

    /// A repository (`.git` marks its root) with a configuration at the root
    /// and a nested one that extends it and overrides some files.
    static func tree() throws -> Fixture {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        try fixture.write(".unlint.yml", """
            rules:
              numbering/*: off
              structure/heading-emphasis: error
            language: en

            """)
        try fixture.write("sub/.unlint.yml", """
            extends: ../.unlint.yml
            rules:
              numbering/paragraph-sequence: warning
            overrides:
              - files: ["*-strict.md"]
                rules:
                  numbering/paragraph-sequence: error
              - files: ["deep/**"]
                language: fr

            """)
        for path in ["a.md", "sub/b.md", "sub/c-strict.md", "sub/deep/d.md", "sub/deep/e-strict.md"] {
            try fixture.write(path, Documents.withError)
        }
        return fixture
    }

    @Test func theNearestConfigurationWinsAndExtendsItsParent() throws {
        let fixture = try Self.tree()
        let root = try fixture.run(["-q", "a.md"])
        #expect(root.status == 0)
        #expect(root.stdout == "")
        let nested = try fixture.run(["-q", "sub/b.md"])
        #expect(nested.status == 0)
        #expect(nested.stdout == "sub/b.md" + Self.sequenceWarning)
        #expect(nested.stderr == "")
    }

    @Test func overridesApplyByGlobAndLaterEntriesWin() throws {
        let fixture = try Self.tree()
        // deep/ is read as French: its English header lines are findings too, left out here.
        let strict = try fixture.run(["-q", "--ignore", "header", "sub/c-strict.md", "sub/deep/e-strict.md"])
        #expect(strict.status == 1)
        #expect(strict.stdout == "sub/c-strict.md" + Self.sequenceError + "sub/deep/e-strict.md" + Self.sequenceError)
        let json = try JSONValue(parsing: try fixture.run(["--format", "json", "sub/deep/d.md", "sub/b.md"]).stdout)
        #expect(json["files"]?[0]?["language"] == .string("en"))
        #expect(json["files"]?[1]?["language"] == .string("fr"))
    }

    @Test func theCommandLineWinsOverConfiguration() throws {
        let fixture = try Self.tree()
        let selected = try fixture.run(["-q", "--select", "numbering", "a.md"])
        #expect(selected.status == 1)
        #expect(selected.stdout == "a.md" + Self.sequenceError)
        let ignored = try fixture.run(["-q", "--ignore", "numbering/paragraph-sequence", "sub/c-strict.md"])
        #expect(ignored.status == 0)
        #expect(ignored.stdout == "")
        let language = try JSONValue(parsing: try fixture.run(["--format", "json", "--language", "es", "sub/deep/d.md"]).stdout)
        #expect(language["files"]?[0]?["language"] == .string("es"))
    }

    @Test func configOptionReplacesDiscoveryAndNoConfigIgnoresIt() throws {
        let fixture = try Self.tree()
        try fixture.write("other.yml", "rules:\n  numbering/paragraph-sequence: info\n")
        let explicit = try fixture.run(["-q", "--config", "other.yml", "sub/c-strict.md"])
        #expect(explicit.status == 0)
        #expect(explicit.stdout == "sub/c-strict.md:22:1: info: Paragraph 4 follows paragraph 2; expected 3. [numbering/paragraph-sequence]\n")
        let none = try fixture.run(["-q", "--no-config", "a.md"])
        #expect(none.status == 1)
        #expect(none.stdout == "a.md" + Self.sequenceError)
    }

    @Test func includeAndExcludeFilterTheFilesFoundInDirectories() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        try fixture.write(".unlint.yml", "include: [\"docs/**\"]\nexclude: [\"docs/drafts/**\"]\n")
        for path in ["docs/a.md", "docs/drafts/b.md", "notes/c.md"] { try fixture.write(path, Documents.withError) }
        let result = try fixture.run(["-q", "."])
        #expect(result.stdout == "./docs/a.md" + Self.sequenceError)
        let named = try fixture.run(["-q", "notes/c.md"])
        #expect(named.stdout == "notes/c.md" + Self.sequenceError, "a file named on the command line is always linted")
    }

    // MARK: Exit codes

    @Test func failOnAndExitZeroSetTheExitCode() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        try fixture.write("warning.md", Documents.withWarning)
        try fixture.write("info.md", Documents.withInfo)
        try fixture.write("error.md", Documents.withError)
        #expect(try fixture.run(["-q", "warning.md"]).status == 0)
        #expect(try fixture.run(["-q", "--fail-on", "warning", "warning.md"]).status == 1)
        #expect(try fixture.run(["-q", "--fail-on", "warning", "info.md"]).status == 0)
        #expect(try fixture.run(["-q", "--fail-on", "info", "info.md"]).status == 1)
        let zero = try fixture.run(["-q", "--exit-zero", "error.md"])
        #expect(zero.status == 0)
        #expect(zero.stdout == "error.md" + Self.sequenceError)
        try fixture.write(".unlint.yml", "fail-on: warning\n")
        #expect(try fixture.run(["-q", "warning.md"]).status == 1)
        #expect(try fixture.run(["-q", "--fail-on", "error", "warning.md"]).status == 0)
        let bad = try fixture.run(["--fail-on", "fatal", "warning.md"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("Error: The value 'fatal' is invalid for '--fail-on <severity>'"))
    }

    @Test func standardInputIsConfiguredAsTheFileItNames() throws {
        let fixture = try Self.tree()
        let named = try fixture.run(["-q", "--stdin-filename", "sub/c-strict.md", "-"], stdin: Documents.withError)
        #expect(named.status == 1)
        #expect(named.stdout == "sub/c-strict.md" + Self.sequenceError)
        let unnamed = try fixture.run(["-q", "-"], stdin: Documents.withError)
        #expect(unnamed.status == 0)
        #expect(unnamed.stdout == "")
    }

    @Test func unknownSelectorsAreUsageErrors() throws {
        let fixture = try Fixture()
        try fixture.write("doc.md", Documents.clean)
        let select = try fixture.run(["--select", "layout", "doc.md"])
        #expect(select.status == 2)
        #expect(select.stderr == "unlint: error: --select: unknown rule or family 'layout'; `unlint rules` lists them\n")
        let ignore = try fixture.run(["--ignore", "date/nope", "doc.md"])
        #expect(ignore.status == 2)
        #expect(ignore.stderr == "unlint: error: --ignore: unknown rule or family 'date/nope'; `unlint rules` lists them\n")
    }

    // MARK: Validation

    struct Invalid: Sendable, CustomTestStringConvertible {
        let yaml: String
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Invalid(yaml: "pack: [x]\n", message: ".unlint.yml:1:1: unknown key 'pack'; expected one of: doctype, exclude, extends, fail-on, include, language, overrides, packs, rules"),
        Invalid(yaml: "packs: [x]\n", message: ".unlint.yml:1:9: 'packs' names 'x', which does not exist"),
        Invalid(yaml: "rules:\n  date/format: loud\n", message: ".unlint.yml:2:16: 'date/format' must be 'off', 'info', 'warning' or 'error', found 'loud'"),
        Invalid(yaml: "rules:\n  date/nope: off\n", message: ".unlint.yml:2:3: unknown rule 'date/nope'; `unlint rules` lists them"),
        Invalid(yaml: "rules:\n  layout/*: off\n", message: ".unlint.yml:2:3: 'layout/*' matches no rule; `unlint rules` lists them"),
        Invalid(yaml: "rules: [date/format]\n", message: ".unlint.yml:1:8: 'rules' must be a mapping, found a list"),
        Invalid(yaml: "language: xx\n", message: ".unlint.yml:1:11: unknown language 'xx'; expected one of: ar, en, es, fr, ru, zh"),
        Invalid(yaml: "doctype: memo\n", message: ".unlint.yml:1:10: unknown document type 'memo'; expected one of: ceb-summary, report, resolution, summary-record"),
        Invalid(yaml: "fail-on: fatal\n", message: ".unlint.yml:1:10: 'fail-on' must be 'error', 'warning' or 'info', found 'fatal'"),
        Invalid(yaml: "include: \"*.md\"\n", message: ".unlint.yml:1:10: 'include' must be a list, found '*.md'"),
        Invalid(yaml: "exclude: [3]\n", message: ".unlint.yml:1:11: items in 'exclude' must be strings, found an integer"),
        Invalid(yaml: "overrides:\n  - rules:\n      date/format: off\n", message: ".unlint.yml:2:5: missing key 'files' in overrides"),
        Invalid(yaml: "overrides:\n  - files: [\"*.md\"]\n    fail-on: info\n", message: ".unlint.yml:3:5: unknown key 'fail-on' in overrides; expected one of: doctype, files, language, packs, rules"),
        Invalid(yaml: "overrides: {files: x}\n", message: ".unlint.yml:1:12: 'overrides' must be a list, found a mapping"),
        Invalid(yaml: "extends: missing.yml\n", message: ".unlint.yml:1:10: 'extends' names 'missing.yml', which does not exist"),
        Invalid(yaml: "extends: .unlint.yml\n", message: ".unlint.yml:1:10: 'extends' makes a cycle: '.unlint.yml' is already being read"),
        Invalid(yaml: "rules:\n  date/format: off\n  date/format: info\n", message: ".unlint.yml:2:3: duplicate key 'date/format'"),
    ])
    func invalidConfigurationExitsTwoWithItsPosition(_ invalid: Invalid) throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        try fixture.write(".unlint.yml", invalid.yaml)
        try fixture.write("doc.md", Documents.clean)
        let result = try fixture.run(["doc.md"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "unlint: error: " + invalid.message + "\n")
    }

    @Test func anErrorInAnExtendedFileNamesThatFile() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        try fixture.write("base.yml", "rules:\n  header/order: sometimes\n")
        try fixture.write("sub/.unlint.yml", "extends: ../base.yml\n")
        try fixture.write("sub/doc.md", Documents.clean)
        let result = try fixture.run(["sub/doc.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "unlint: error: base.yml:2:17: 'header/order' must be 'off', 'info', 'warning' or 'error', found 'sometimes'\n")
    }

    // MARK: config and init

    @Test func configPrintsEachValueWithItsOrigin() throws {
        let fixture = try Self.tree()
        let result = try fixture.run(["config", "--ignore", "symbol", "--fail-on", "warning", "sub/deep/e-strict.md"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            # configuration file: sub/.unlint.yml
            language: fr  # sub/.unlint.yml:9
            doctype: detect  # default
            fail-on: warning  # command line
            include: []  # default
            exclude: []  # default
            rules:
              date/chronology: warning  # default
              date/format: warning  # default
              date/invalid: error  # default
              date/weekday: error  # default
              header/date-missing: error  # default
              header/distribution-format: error  # default
              header/distribution-missing: error  # default
              header/order: warning  # default
              header/original-format: error  # default
              header/original-missing: error  # default
              header/symbol-missing: error  # default
              link/empty-target: warning  # default
              numbering/paragraph-sequence: error  # sub/.unlint.yml:7
              numbering/split-paragraph: off  # .unlint.yml:2
              numbering/subparagraph-sequence: off  # .unlint.yml:2
              spelling/en-ize: warning  # default
              structure/chapter-sequence: error  # default
              structure/heading-emphasis: error  # .unlint.yml:3
              structure/heading-level: warning  # default
              structure/lone-subdivision: warning  # default
              structure/section-order: error  # default
              structure/section-sequence: error  # default
              style/en-per-cent: warning  # default
              style/es-percent: warning  # default
              symbol/format: off  # command line
              symbol/header-year: off  # command line
              symbol/unknown-prefix: off  # command line
              typography/en-dash-ranges: warning  # default
              typography/es-date-range-hyphen: warning  # default
              typography/fr-apostrophe: info  # default
              typography/fr-guillemet-spacing: warning  # default
              typography/fr-ordinals: warning  # default
              typography/fr-space-before-punctuation: warning  # default
              whitespace/double-space: warning  # default
              whitespace/space-before-punctuation: warning  # default
              whitespace/trailing-space: info  # default

            """)
    }

    @Test func initWritesTheStarterFileAndRefusesToOverwriteIt() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(at: fixture.url(".git"), withIntermediateDirectories: true)
        let first = try fixture.run(["init"])
        #expect(first.status == 0)
        #expect(first.stdout == "wrote .unlint.yml\n")
        let written = try String(contentsOf: fixture.url(".unlint.yml"), encoding: .utf8)
        #expect(written.hasPrefix("# unlint configuration."))
        #expect(written.contains("rules:\n  numbering/split-paragraph: info\n"))
        #expect(written.hasSuffix("fail-on: error\n"))
        // The starter is itself a valid configuration.
        try fixture.write("doc.md", Documents.clean)
        #expect(try fixture.run(["-q", "doc.md"]).status == 0)
        let second = try fixture.run(["init"])
        #expect(second.status == 2)
        #expect(second.stderr == "unlint: error: .unlint.yml already exists; not overwriting it\n")
        #expect(try String(contentsOf: fixture.url(".unlint.yml"), encoding: .utf8) == written)
    }
}

@Suite struct GlobTests {
    @Test func globsMatchWithinAndAcrossFolders() {
        #expect(Glob("*.md").matchesPath("a/b/c.md"))
        #expect(!Glob("*.md").matchesPath("a/b/c.txt"))
        #expect(Glob("docs/*.md").matchesPath("docs/a.md"))
        #expect(!Glob("docs/*.md").matchesPath("docs/x/a.md"))
        #expect(Glob("docs/**").matchesPath("docs/x/a.md"))
        #expect(Glob("**/drafts/*.md").matchesPath("drafts/a.md"))
        #expect(Glob("**/drafts/*.md").matchesPath("x/y/drafts/a.md"))
        #expect(Glob("A-?.md").matchesPath("A-1.md"))
        #expect(Glob("[ab].md").matchesPath("b.md"))
        #expect(!Glob("[!ab].md").matchesPath("b.md"))
        #expect(Glob("structure/*").matches("structure/heading-level"))
        #expect(!Glob("structure/*").matches("numbering/split-paragraph"))
    }

    @Test func selectorsNameIdsFamiliesAndGlobs() {
        #expect(Configuration.selector("numbering", matches: "numbering/split-paragraph"))
        #expect(Configuration.selector("numbering/*", matches: "numbering/split-paragraph"))
        #expect(Configuration.selector("numbering/split-paragraph", matches: "numbering/split-paragraph"))
        #expect(!Configuration.selector("number", matches: "numbering/split-paragraph"))
    }
}
