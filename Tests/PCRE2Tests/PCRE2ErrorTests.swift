import PCRE2
import Testing

@Suite struct PCRE2ErrorTests {
    @Test func missingParenthesis() {
        let error = #expect(throws: PCRE2Error.self) { try Regex("abc(def") }
        #expect(error?.message.contains("missing closing parenthesis") == true)
        #expect(error?.code == 114)
        #expect(error?.patternOffset == 7)
        #expect(error?.patternScalarOffset == 7)
        #expect(error?.description == "missing closing parenthesis at offset 7")
        #expect(error?.isResourceLimit == false)
    }

    @Test func scalarOffsetCountsMultibyteCharacters() {
        // "Générale(" is 11 bytes but 9 scalars; PCRE2 stops at the end.
        let open = #expect(throws: PCRE2Error.self) { try Regex("Générale(") }
        #expect(open?.patternOffset == 11)
        #expect(open?.patternScalarOffset == 9)
        // "决议)": the stray ")" is at byte 6, scalar 2.
        let close = #expect(throws: PCRE2Error.self) { try Regex("决议)") }
        #expect(close?.message.contains("unmatched closing parenthesis") == true)
        #expect(close?.patternOffset == 6)
        #expect(close?.patternScalarOffset == 2)
        #expect(close?.description == "unmatched closing parenthesis at offset 2")
    }

    static let catastrophic = String(repeating: "a", count: 40) + "b"

    @Test(arguments: [true, false])
    func matchLimitThrowsInsteadOfNoMatch(useJIT: Bool) throws {
        let regex = try Regex("^(a+)+$", options: [], useJIT: useJIT)
        #expect(regex.isJITCompiled == useJIT)
        let error = #expect(throws: PCRE2Error.self) {
            try regex.matches(in: Self.catastrophic, limits: MatchLimits(matchLimit: 100_000))
        }
        #expect(error?.code == -47)
        #expect(error?.isMatchLimit == true)
        #expect(error?.isResourceLimit == true)
        #expect(error?.patternOffset == nil)
        #expect(error?.description == "match limit exceeded (PCRE2 error -47)")
    }

    @Test func depthLimitStopsTheInterpreter() throws {
        let regex = try Regex("^(a+)+$", options: [], useJIT: false)
        let error = #expect(throws: PCRE2Error.self) {
            try regex.isMatch(Self.catastrophic, limits: MatchLimits(depthLimit: 10))
        }
        #expect(error?.code == -53)
        #expect(error?.isResourceLimit == true)
        #expect(error?.isMatchLimit == false)
    }

    @Test func jitStackLimitIsAResourceLimit() throws {
        // Each repetition of a capturing group takes JIT stack.
        let regex = try Regex("(a|b)*c")
        let subject = String(repeating: "ab", count: 100_000) + "c"
        let error = #expect(throws: PCRE2Error.self) {
            try regex.matches(in: subject, limits: MatchLimits(jitStackSize: 32 * 1024))
        }
        #expect(error?.code == -46)
        #expect(error?.isResourceLimit == true)
        #expect(try regex.matches(in: subject).map(\.range) == [0..<200_001])
    }
}
