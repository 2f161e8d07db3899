import Foundation

/// Writes report files atomically: the text goes into a temporary file beside
/// the target, which is then renamed over it. A reader (a CI job collecting
/// artifacts, an editor watching the file) sees the old report or the whole
/// new one, never part of one, and a write that fails leaves no file behind.
public enum ReportFile {
    /// Writes `text` to `path`, creating its parent folders. A symbolic link
    /// is followed, so the file it names is replaced, not the link; a device or
    /// pipe (`/dev/stdout`, a FIFO) is written in place, as renaming over it
    /// would replace it.
    public static func write(_ text: String, to path: String) throws(ReportFileError) {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            return try write(text, opening: path, flags: 0)
        }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportFileError(path: path, reason: "cannot create its folder")
        }
        // Same folder, so the rename stays on one file system and is atomic.
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw ReportFileError(path: path, errno: errno) }
        var failure = writeAll(text, to: descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target.path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw ReportFileError(path: path, errno: failure)
        }
    }

    /// Adds `text` at the end of the file at `path`, creating it if needed: for
    /// files that collect the output of several steps (`GITHUB_STEP_SUMMARY`).
    public static func append(_ text: String, to path: String) throws(ReportFileError) {
        try write(text, opening: path, flags: O_APPEND | O_CREAT)
    }

    /// Opens `path` for writing with `flags` and writes `text` through it.
    private static func write(_ text: String, opening path: String, flags: Int32) throws(ReportFileError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | flags, 0o666)
        guard descriptor >= 0 else { throw ReportFileError(path: path, errno: errno) }
        var failure = writeAll(text, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw ReportFileError(path: path, errno: failure) }
    }

    /// Writes `text` to standard output, as it is (a report can be hundreds
    /// of megabytes: it is not copied first). A failure is not reported: the
    /// reader has gone.
    public static func writeStandardOutput(_ text: String) {
        _ = writeAll(text, to: STDOUT_FILENO)
    }

    /// Writes every byte of `text`; the `errno` of a failure, or nil.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { utf8 in
            var done = 0
            while done < utf8.count {
                let written = Foundation.write(descriptor, utf8.baseAddress! + done, utf8.count - done)
                if written < 0 {
                    if errno != EINTR { return errno }
                } else {
                    done += written
                }
            }
            return nil
        }
    }
}

/// A report that could not be written: exit code 2.
public struct ReportFileError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    public var description: String { "cannot write \(path): \(reason)" }
}
