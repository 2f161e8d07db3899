import Foundation
import Testing
@testable import UNLint

/// JSONText must write exactly the bytes JSONEncoder writes with sorted keys
/// and unescaped slashes: the JSON reports are a contract, and they were
/// written by JSONEncoder before.
@Suite struct JSONTextTests {
    /// Every ASCII scalar (control characters among them) and some that are not.
    static let strings: [String] = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
        + ["", "a/b", "é", "\u{2028}", "\u{FFFE}", "👩‍👩‍👧", "متن", "中文", "Distr.: \"General\"\r\n\t\\"]

    @Test(arguments: [true, false])
    func stringsAreEscapedAsJSONEncoderEscapesThem(pretty: Bool) throws {
        for value in Self.strings {
            var json = JSONText(pretty: pretty)
            json.array { json in
                json.element()
                json.string(value)
            }
            #expect(json.finished() == Self.encoded([value], pretty: pretty), "scalars \(value.unicodeScalars.map(\.value))")
        }
    }

    /// Numbers are written digit by digit, in place.
    @Test(arguments: [true, false])
    func numbersAreWrittenAsJSONEncoderWritesThem(pretty: Bool) throws {
        let values = [0, 1, -1, 9, 10, -10, 99, 100, 1_234_567, -1_000_000_007, Int.max, Int.min, Int.min + 1]
        var json = JSONText(pretty: pretty)
        json.array { json in
            for value in values {
                json.element()
                json.int(value)
            }
        }
        #expect(json.finished() == Self.encoded(values, pretty: pretty))
    }

    @Test(arguments: [true, false])
    func nestingEmptyContainersAndNullAreLaidOutAsJSONEncoderLaysThemOut(pretty: Bool) throws {
        var json = JSONText(pretty: pretty)
        json.object { json in
            json.key("a")
            json.array { _ in }
            json.key("b")
            json.object { _ in }
            json.key("c")
            json.array { json in
                for value in [1, -20] {
                    json.element()
                    json.object { json in
                        json.key("x")
                        json.null()
                        json.key("y")
                        json.int(value)
                    }
                }
            }
            json.key("d")
            json.string("end")
        }
        #expect(json.finished() == Self.encoded(Sample(), pretty: pretty))
    }

    /// `{"a": [], "b": {}, "c": [{"x": null, "y": 1}, {"x": null, "y": -20}], "d": "end"}`.
    private struct Sample: Encodable {
        struct Item: Encodable {
            let y: Int
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeNil(forKey: .x)
                try container.encode(y, forKey: .y)
            }
            enum CodingKeys: String, CodingKey { case x, y }
        }
        let a: [Int] = []
        let b: [String: Int] = [:]
        let c = [Item(y: 1), Item(y: -20)]
        let d = "end"
    }

    private static func encoded(_ value: some Encodable, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n"
    }
}
