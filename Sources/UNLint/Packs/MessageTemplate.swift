/// A message or replacement written in a rule pack, with placeholders
/// (`{match}`, `{1}`…, `{suggestion}`, `{count}`…) filled in for each finding.
/// `{{` and `}}` stand for literal braces.
struct MessageTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        case group(Int)
        case named(String)
    }

    let parts: [Part]

    /// Why a template cannot be read, with the scalar offset of the problem.
    struct Problem: Error {
        let message: String
        let offset: Int
    }

    /// Reads `template`; `names` are the named placeholders the rule's kind
    /// provides, `groups` the highest capture group its patterns have.
    init(_ template: String, names: [String], groups: Int) throws(Problem) {
        var parts: [Part] = []
        var text = ""
        var scalars = Array(template.unicodeScalars)[...]
        var offset = 0
        func take() -> Unicode.Scalar? {
            offset += 1
            return scalars.popFirst()
        }
        while let scalar = take() {
            if scalar == "}" {
                guard scalars.first == "}" else {
                    throw Problem(message: "a lone '}' (write '}}' for a brace)", offset: offset - 1)
                }
                _ = take()
                text.unicodeScalars.append("}")
                continue
            }
            guard scalar == "{" else {
                text.unicodeScalars.append(scalar)
                continue
            }
            if scalars.first == "{" {
                _ = take()
                text.unicodeScalars.append("{")
                continue
            }
            let start = offset - 1
            var name = ""
            var closed = false
            while let next = take() {
                if next == "}" {
                    closed = true
                    break
                }
                name.unicodeScalars.append(next)
            }
            guard closed else {
                throw Problem(message: "'{' is not closed (write '{{' for a brace)", offset: start)
            }
            if !text.isEmpty { parts.append(.text(text)) }
            text = ""
            if let group = Int(name), name.allSatisfy(\.isASCII) {
                guard group >= 1, group <= groups else {
                    let available = groups == 0 ? "the patterns have no capture group" : "the patterns have \(groups)"
                    throw Problem(message: "placeholder '{\(name)}' names no capture group (\(available))", offset: start)
                }
                parts.append(.group(group))
            } else {
                guard names.contains(name) else {
                    let known = (names.map { "{\($0)}" } + (groups > 0 ? ["{1}…{\(groups)}"] : [])).joined(separator: ", ")
                    throw Problem(message: "unknown placeholder '{\(name)}'; expected \(known)", offset: start)
                }
                parts.append(.named(name))
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    /// The text with each placeholder replaced; a group that took no part in
    /// the match reads as nothing.
    func render(groups: (Int) -> String, named: (String) -> String) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .group(let group): out += groups(group)
            case .named(let name): out += named(name)
            }
        }
        return out
    }
}
