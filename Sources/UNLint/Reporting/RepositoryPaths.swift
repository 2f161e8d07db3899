import Foundation

/// Paths as CI services want them: relative to the root of the repository
/// (GitHub code scanning and annotations, GitLab Code Quality), whatever
/// folder unlint ran in and however the paths were given.
public struct RepositoryPaths: Sendable, Equatable {
    /// The repository root, absolute; nil outside a repository, where paths stay as linted.
    public let root: String?
    /// The folder relative paths were given from, absolute.
    public let workingDirectory: String

    /// Paths as linted, less a leading `./`: for reports written outside any repository.
    public static let asLinted = RepositoryPaths(root: nil, workingDirectory: "/")

    public init(root: String?, workingDirectory: String) {
        self.root = root.map(Self.standardized)
        self.workingDirectory = Self.standardized(workingDirectory)
    }

    /// The repository around `workingDirectory`: the nearest folder upwards
    /// that holds `.git` (a folder, or a file in a worktree).
    public static func discover(from workingDirectory: String = FileManager.default.currentDirectoryPath) -> RepositoryPaths {
        var folder = URL(fileURLWithPath: workingDirectory, isDirectory: true).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                return RepositoryPaths(root: folder.path, workingDirectory: workingDirectory)
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { return RepositoryPaths(root: nil, workingDirectory: workingDirectory) }
            folder = parent
        }
    }

    /// `path` (as linted: relative to the working directory, or absolute)
    /// relative to the root, with `.` and `..` resolved. A path outside the
    /// repository, or any path when there is none, stays as given, less a
    /// leading `./`.
    public func relative(_ path: String) -> String {
        if let root {
            let absolute = Self.standardized(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
            let prefix = root == "/" ? "/" : root + "/"
            if absolute.hasPrefix(prefix) { return String(absolute.dropFirst(prefix.count)) }
        }
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2).drop { $0 == "/" } }
        return String(trimmed)
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
