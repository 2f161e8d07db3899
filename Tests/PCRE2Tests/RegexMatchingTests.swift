import PCRE2
import Testing

/// Matching: every expected range is a UTF-8 byte range, counted by hand.
@Suite struct RegexMatchingTests {
    @Test func frenchWordsGiveUTF8ByteRanges() throws {
        let regex = try Regex(#"\b(?:résolution|décision)\b"#, options: .ucp)
        let found = try regex.matches(in: "Projet de résolution — décision 75/1")
        #expect(found.map(\.range) == [10..<21, 26..<35])
    }

    @Test func ucpWidensWordCharacters() throws {
        #expect(try Regex(#"\w+"#, options: .ucp).matches(in: "Générale").map(\.range) == [0..<10])
        // Without UCP \w is ASCII-only, so the word breaks at each é.
        #expect(try Regex(#"\w+"#).matches(in: "Générale").map(\.range) == [0..<1, 3..<4, 6..<10])
        // A pattern may ask for UCP itself.
        #expect(try Regex(#"(*UCP)\w+"#).matches(in: "Générale").map(\.range) == [0..<10])
    }

    @Test func regionsEndTheSubjectButLookbehindsSeeBefore() throws {
        let text = "été a\nb été\nété"  // été is 5 bytes: 0..<5, 10..<15, 16..<21
        // `$` matches at each region's end; `(?<=a\n)` looks before the second region.
        #expect(try Regex("été$").matches(in: text, regions: [0..<5, 8..<15]).map(\.range) == [0..<5, 10..<15])
        #expect(try Regex("(?<=a\n)b").matches(in: text, regions: [8..<15]).map(\.range) == [8..<9])
        // Nothing is found outside the regions.
        #expect(try Regex("été").matches(in: text, regions: [5..<8]).isEmpty)
        var seen = 0
        try Regex("é").forEachMatch(in: text, regions: [0..<5, 10..<21]) { _ in
            seen += 1
            return seen < 3
        }
        #expect(seen == 3)
    }

    /// A match started in a callback (the same pattern, or another with more
    /// groups) uses its own scratch: the outer scan goes on undisturbed.
    @Test func matchesNestedInACallbackDoNotDisturbTheOuterOne() throws {
        let words = try Regex("é(t)é")
        let inner = try Regex("(a)(b)(c)(d)")
        var outer: [Range<Int>] = []
        try words.forEachMatch(in: "été abcd été été") { match throws(PCRE2Error) in
            outer.append(match.range)
            let same = try words.matches(in: "ééé été")
            let other = try inner.firstMatch(in: "xabcd")
            #expect(same.map(\.range) == [7..<12])
            #expect(other?.captures == [1..<2, 2..<3, 3..<4, 4..<5])
            return true
        }
        #expect(outer == [0..<5, 11..<16, 17..<22])
    }

    @Test func badRegionsThrow() throws {
        #expect(throws: PCRE2Error.self) { try Regex("a").matches(in: "été", regions: [0..<9]) }
        #expect(throws: PCRE2Error.self) { try Regex("a").matches(in: "été", regions: [1..<3]) }
    }

    @Test func unsetGroupIsNil() throws {
        let match = try #require(try Regex("(a)?(b)(c)?").firstMatch(in: "xbc"))
        #expect(match.range == 1..<3)
        #expect(match.captures == [nil, 1..<2, 2..<3])
        #expect(match[0] == 1..<3)
        #expect(match[1] == nil)
        #expect(match[2] == 1..<2)
        #expect(match[4] == nil)
    }

    @Test func namedGroupsMapToNumbers() throws {
        let regex = try Regex(#"(?<symbol>[A-Z]+)/(\d+)/(?<n>\d+)"#)
        #expect(regex.captureCount == 3)
        #expect(regex.namedGroups == ["symbol": 1, "n": 3])
        let match = try #require(try regex.firstMatch(in: "Résolution A/75/1"))
        #expect(match[regex.namedGroups["n"]!] == 17..<18)
        #expect(try Regex("a(b)").namedGroups.isEmpty)
    }

    @Test func adjacentMatchesAreAllFound() throws {
        #expect(try Regex("a").matches(in: "aaa").map(\.range) == [0..<1, 1..<2, 2..<3])
        #expect(try Regex("é").matches(in: "ééé").map(\.range) == [0..<2, 2..<4, 4..<6])
    }

    @Test func emptyMatchesStepWholeScalars() throws {
        #expect(try Regex("x*").matches(in: "éa").map(\.range) == [0..<0, 2..<2, 3..<3])
        #expect(try Regex("x*").matches(in: "").map(\.range) == [0..<0])
        // Perl's rule: after an empty match, a non-empty one may start at the same place.
        #expect(try Regex("a*").matches(in: "baaac").map(\.range) == [0..<0, 1..<4, 4..<4, 5..<5])
        #expect(try Regex("|é").matches(in: "éé").map(\.range) == [0..<0, 0..<2, 2..<2, 2..<4, 4..<4])
    }

    @Test func emptyMatchNeverSplitsCRLF() throws {
        // With a CRLF-aware newline convention, \r\n is one step (as in pcre2demo).
        #expect(try Regex(#"(*ANYCRLF)$"#, options: .multiline).matches(in: "a\r\nb").map(\.range) == [1..<1, 4..<4])
        #expect(try Regex(#"(*CRLF)x*"#).matches(in: "\r\n").map(\.range) == [0..<0, 2..<2])
        // Under the default LF convention \r is an ordinary character.
        #expect(try Regex("x*").matches(in: "\r\n").map(\.range) == [0..<0, 1..<1, 2..<2])
    }

    @Test func cyrillicArabicChineseSubject() throws {
        let subject = "Резолюция 75/1 — قرار 75/2 — 决议 75/3"
        #expect(try Regex(#"\d+/\d+"#).matches(in: subject).map(\.range) == [19..<23, 37..<41, 53..<57])
        #expect(try Regex(#"\p{Cyrillic}+"#).matches(in: subject).map(\.range) == [0..<18])
        #expect(try Regex(#"\p{Arabic}+"#).matches(in: subject).map(\.range) == [28..<36])
        #expect(try Regex(#"\p{Han}+"#).matches(in: subject).map(\.range) == [46..<52])
        #expect(try Regex(#"\w+"#, options: .ucp).matches(in: subject).count == 9)
    }

    @Test func startOffsetFirstMatchAndIsMatch() throws {
        let regex = try Regex(#"\d+"#)
        #expect(try regex.matches(in: "é 12 34", from: 5).map(\.range) == [6..<8])
        #expect(try regex.firstMatch(in: "é 12 34")?.range == 3..<5)
        #expect(try regex.isMatch("75/1"))
        #expect(try !regex.isMatch("aucun chiffre"))
        var seen = 0
        try regex.forEachMatch(in: "1 2 3 4") { _ in seen += 1; return seen < 2 }
        #expect(seen == 2)
    }

    @Test func badStartOffsetsThrow() throws {
        let regex = try Regex("a")
        // Offset 1 is inside "é": with PCRE2_NO_UTF_CHECK it must be refused, not matched.
        #expect(throws: PCRE2Error.self) { try regex.matches(in: "éa", from: 1) }
        #expect((try? regex.matches(in: "éa", from: 3)) == [])
        let tooFar = #expect(throws: PCRE2Error.self) { try regex.matches(in: "éa", from: 4) }
        #expect(tooFar?.code == -33)
        let inside = #expect(throws: PCRE2Error.self) { try regex.matches(in: "éa", from: 1) }
        #expect(inside?.code == -36)
    }

    @Test func compileOptions() throws {
        #expect(try Regex("RÉSOLUTION", options: .caseless).isMatch("résolution"))
        #expect(try Regex("^b", options: .multiline).matches(in: "a\nb").map(\.range) == [2..<3])
        #expect(try Regex("^b").matches(in: "a\nb").isEmpty)
        #expect(try Regex("a.b", options: .dotAll).isMatch("a\nb"))
        #expect(try !Regex("a.b").isMatch("a\nb"))
        #expect(try Regex("a b # comment", options: .extended).isMatch("ab"))
    }

    @Test func jitIsAvailableAndUsed() throws {
        #expect(PCRE2Library.isJITAvailable)
        #expect(PCRE2Library.version.hasPrefix("10.42"))
        #expect(try Regex("a+").isJITCompiled)
        #expect(try !Regex("a+", options: [], useJIT: false).isJITCompiled)
    }

    @Test func jitAndInterpreterAgree() throws {
        let subject = "Projet de résolution — décision 75/1, Résolution A/RES/75/1"
        for pattern in [#"\b\w+\b"#, #"(?i)résolution"#, #"(\d+)/(\d+)?"#, "x*"] {
            let jit = try Regex(pattern, options: .ucp).matches(in: subject)
            let interpreted = try Regex(pattern, options: .ucp, useJIT: false).matches(in: subject)
            #expect(jit == interpreted, "\(pattern)")
        }
    }

    @Test func oneRegexSharedByConcurrentTasks() async throws {
        let regex = try Regex(#"\b\w+\b|\d+/\d+"#, options: .ucp)
        let subjects = (0..<8).map { i in
            String(repeating: "Résolution \(i) — قرار 75/\(i) — 决议 \(i) ", count: 200 + i)
        }
        typealias Outcome = Result<[Match], PCRE2Error>
        func run(_ s: String) -> Outcome { Result { () throws(PCRE2Error) in try regex.matches(in: s) } }
        let serial = subjects.map(run)
        let concurrent = await withTaskGroup(of: (Int, Outcome).self) { group in
            for (i, s) in subjects.enumerated() { group.addTask { (i, run(s)) } }
            var results = [Outcome?](repeating: nil, count: subjects.count)
            for await (i, outcome) in group { results[i] = outcome }
            return results
        }
        #expect(concurrent == serial)
        #expect(try serial[0].get().count == 200 * 7)
    }
}
