import Foundation
import UNLint

/// Turns command-line paths into inputs: files as given, directories searched
/// for documents (hidden files and folders skipped), `-` read from standard
/// input once. A path given twice is linted once.
enum InputCollector {
    static let documentExtensions: Set<String> = ["md", "markdown", "txt"]

    struct Collected {
        var inputs: [LintInput] = []
        /// Paths that name nothing to lint, with the reason.
        var problems: [(path: String, reason: String)] = []
        /// Inputs found by searching a directory (configuration `include`/`exclude` apply to them only).
        var fromDirectory: Set<String> = []
    }

    static func collect(_ paths: [String], stdinName: String) -> Collected {
        var collected = Collected()
        var seen: Set<String> = []
        func add(_ input: LintInput) {
            if seen.insert(input.path).inserted { collected.inputs.append(input) }
        }
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                if !seen.contains(stdinName) {
                    add(LintInput(path: stdinName, content: .bytes([UInt8](FileHandle.standardInput.readDataToEndOfFile()))))
                }
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                collected.problems.append((path, "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                add(LintInput(path: path, content: .file(path)))
                continue
            }
            let found = documents(in: path)
            if found.isEmpty {
                collected.problems.append((path, "no documents (*.md, *.markdown, *.txt) in this directory"))
            }
            for file in found where !seen.contains(file) {
                add(LintInput(path: file, content: .file(file)))
                collected.fromDirectory.insert(file)
            }
        }
        return collected
    }

    /// Regular files with a document extension below `directory`, sorted, as
    /// `directory/relative/path`.
    private static func documents(in directory: String) -> [String] {
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [], options: [.skipsHiddenFiles])
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let baseLength = base.standardizedFileURL.path.count
        var found: [String] = []
        while let url = walker?.nextObject() as? URL {
            // lstat, as the resource value did, at a fraction of its cost: symbolic links are not followed.
            var status = stat()
            guard documentExtensions.contains(url.pathExtension.lowercased()),
                lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG
            else { continue }
            let relative = url.standardizedFileURL.path.dropFirst(baseLength).drop { $0 == "/" }
            found.append(prefix + relative)
        }
        return found.sorted()
    }
}
