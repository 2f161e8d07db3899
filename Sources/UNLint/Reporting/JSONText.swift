/// JSON written straight to bytes, exactly as `JSONEncoder` writes it with
/// `.sortedKeys` and `.withoutEscapingSlashes` (pretty or compact): the JSON
/// and JSON Lines reports of a large run hold hundreds of thousands of
/// findings, and going through `Encodable` cost as much as linting them.
/// Callers give object keys in sorted order; a test compares the bytes with
/// `JSONEncoder`'s.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the open object or array has no entry yet.
    private var empty = true

    init(pretty: Bool) {
        self.pretty = pretty
    }

    /// Moves the text written so far to `output` once it passes 64 KB, so
    /// that a large report is never held whole.
    mutating func flush(to output: inout some TextOutputStream) {
        guard bytes.count >= 1 << 16 else { return }
        output.write(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text written, with a final newline, copied once, straight into
    /// the string (a large report's JSON was held three times).
    consuming func finished() -> String {
        String(unsafeUninitializedCapacity: bytes.count + 1) { buffer in
            _ = buffer.initialize(from: bytes)
            buffer[bytes.count] = 0x0A
            return bytes.count + 1
        }
    }

    mutating func object(_ members: (inout JSONText) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array(_ elements: (inout JSONText) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), elements)
    }

    /// Starts a member of the open object; its value is written next. Keys
    /// are the report's own names, which need no escape.
    mutating func key(_ name: StaticString) {
        startEntry()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        append(pretty ? " : " : ":")
    }

    /// Starts an element of the open array; it is written next.
    mutating func element() {
        startEntry()
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole.
            var run = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: utf8[run..<index])
                escape(byte)
                run = index + 1
            }
            bytes.append(contentsOf: utf8[run...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x09: append("\\t")
        case 0x0A: append("\\n")
        case 0x0C: append("\\f")
        case 0x0D: append("\\r")
        default:
            append("\\u00")
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    /// Digits written in place: a report holds several numbers per finding.
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[start...])
        }
    }

    mutating func null() {
        append("null")
    }

    mutating func bool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONText) -> Void) {
        bytes.append(open)
        let outer = empty
        empty = true
        depth += 1
        if pretty { bytes.append(0x0A) }
        body(&self)
        depth -= 1
        if pretty {
            bytes.append(0x0A)
            indent()
        }
        bytes.append(close)
        empty = outer
    }

    private mutating func startEntry() {
        if !empty { append(pretty ? ",\n" : ",") }
        empty = false
        if pretty { indent() }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}
