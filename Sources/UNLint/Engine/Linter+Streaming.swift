import Foundation

extension Linter {
    /// Lints many inputs concurrently, at most `width` at a time, like
    /// `lint(_:perInput:width:)`, but hands each result to `receive` as soon as
    /// it and every input before it are done, with the time linting it took
    /// (reading the file included). Results come in the order of `inputs`, so
    /// output written from them is the same in every run, and a long run
    /// reports as it goes instead of at the end.
    ///
    /// `receive` is called from the calling task, one result at a time.
    public func lint(
        _ inputs: [LintInput], perInput: [Options], width: Int = ProcessInfo.processInfo.activeProcessorCount,
        receive: (FileResult, Duration) -> Void
    ) async {
        await withTaskGroup(of: (Int, FileResult, Duration).self) { group in
            let width = max(width, 1)
            // Results that finished before an earlier input wait for it; at most
            // this many inputs are ahead of the first undelivered one, so one
            // slow document cannot make a long run hold every other result.
            let window = width * 4
            var waiting: [Int: (FileResult, Duration)] = [:]
            var next = 0
            var running = 0
            var delivered = 0
            func startWhatFits() {
                while next < inputs.count, running < width, next < delivered + window {
                    let index = next
                    let (input, options) = (inputs[index], perInput[index])
                    group.addTask {
                        let clock = ContinuousClock()
                        let started = clock.now
                        let result = self.lint(input, options: options)
                        return (index, result, clock.now - started)
                    }
                    next += 1
                    running += 1
                }
            }
            startWhatFits()
            for await (index, result, duration) in group {
                running -= 1
                waiting[index] = (result, duration)
                while let (ready, took) = waiting.removeValue(forKey: delivered) {
                    receive(ready, took)
                    delivered += 1
                }
                startWhatFits()
            }
        }
    }
}
