import Foundation

/// When a run started and how long each document took, for the reports that
/// record it (JUnit's `timestamp` and `time`).
public struct RunTiming: Sendable, Equatable {
    /// The start of the run.
    public let start: Date
    /// Lint time by path; a path without one took no measured time.
    public let durations: [String: Duration]

    public init(start: Date, durations: [String: Duration]) {
        self.start = start
        self.durations = durations
    }

    /// The measured timing, unless the run must be reproducible: given a
    /// `SOURCE_DATE_EPOCH` instant (see ``sourceDateEpoch(in:)``), the start is
    /// that instant and no duration is kept, so the report depends on the
    /// documents alone.
    public init(start: Date, durations: [String: Duration], sourceDateEpoch: Date?) {
        if let sourceDateEpoch {
            self.init(start: sourceDateEpoch, durations: [:])
        } else {
            self.init(start: start, durations: durations)
        }
    }

    /// `SOURCE_DATE_EPOCH` from the environment (the reproducible-builds
    /// convention: whole seconds since 1970-01-01 UTC), nil when unset. A value
    /// that is not a number of seconds is refused, as the convention asks.
    public static func sourceDateEpoch(in environment: [String: String]) throws(RunTimingError) -> Date? {
        guard let value = environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = Int64(value), seconds >= 0 else { throw RunTimingError(value: value) }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

/// A `SOURCE_DATE_EPOCH` that is not a number of seconds: a usage error.
public struct RunTimingError: Error, Equatable, CustomStringConvertible {
    public let value: String

    public var description: String {
        "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not '\(value)'"
    }
}
