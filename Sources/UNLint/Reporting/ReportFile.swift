import Foundation

/// Writes report files atomically: the text goes into a temporary file beside
/// the target as it is made, and that file is then renamed over it. A reader
/// (a CI job collecting artifacts, an editor watching the file) sees the old
/// report or the whole new one, never part of one, and a write that fails
/// leaves no file behind.
public enum ReportFile {
    /// Writes what `produce` writes to `path`, creating its parent folders. A
    /// symbolic link is followed, so the file it names is replaced, not the
    /// link; a device or pipe (`/dev/stdout`, a FIFO) is written in place, as
    /// renaming over it would replace it.
    public static func write(to path: String, _ produce: (inout ReportStream) -> Void) throws(ReportFileError) {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            return try write(opening: path, flags: 0, produce)
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
        var stream = ReportStream(descriptor: descriptor)
        produce(&stream)
        var failure = stream.finish()
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
        try write(opening: path, flags: O_APPEND | O_CREAT) { $0.write(text) }
    }

    /// Opens `path` for writing with `flags` and writes through it what `produce` writes.
    private static func write(
        opening path: String, flags: Int32, _ produce: (inout ReportStream) -> Void
    ) throws(ReportFileError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | flags, 0o666)
        guard descriptor >= 0 else { throw ReportFileError(path: path, errno: errno) }
        var stream = ReportStream(descriptor: descriptor)
        produce(&stream)
        var failure = stream.finish()
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw ReportFileError(path: path, errno: failure) }
    }

    /// Writes to standard output what `produce` writes. A failure is not
    /// reported: the reader has gone.
    public static func writeStandardOutput(_ produce: (inout ReportStream) -> Void) {
        var stream = ReportStream(descriptor: STDOUT_FILENO)
        produce(&stream)
        _ = stream.finish()
    }
}

/// Text written to a file descriptor as it comes, 64 KB at a time: a report
/// can be hundreds of megabytes and is never held whole for writing.
public struct ReportStream: TextOutputStream {
    private static let chunk = 1 << 16

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// The `errno` of the first write that failed; what comes after is dropped.
    private var failure: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public mutating func write(_ string: String) {
        guard failure == nil else { return }
        var string = string
        string.withUTF8 { utf8 in
            if buffer.count + utf8.count < Self.chunk {
                buffer.append(contentsOf: utf8)
                return
            }
            // A long text goes out from where it is, not through the buffer.
            drain()
            if failure == nil { failure = Self.writeAll(utf8, to: descriptor) }
        }
    }

    /// Writes what is buffered; the `errno` of the first failure, or nil.
    mutating func finish() -> Int32? {
        drain()
        return failure
    }

    private mutating func drain() {
        guard failure == nil, !buffer.isEmpty else { return }
        failure = buffer.withUnsafeBufferPointer { Self.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte of `bytes`; the `errno` of a failure, or nil.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var done = 0
        while done < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 {
                if errno != EINTR { return errno }
            } else {
                done += written
            }
        }
        return nil
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
