import Foundation

/// Reads and parses many issue files on background threads while the caller stores the
/// results, handing them back in order. Workers run at most `window` chunks ahead of the
/// consumer, which bounds the memory held by parsed issues, and free the chunks the
/// consumer is done with, so that its thread (the one that writes the index, the slower
/// half) spends no time on it.
final class ParsePipeline: @unchecked Sendable {
    /// One file to parse.
    struct Job: Sendable {
        var directory: String
        var name: String
        var path: String
        var state: IssueState
        var size: Int64
        /// Whether the issue needs its body; without it a front-matter file is parsed only
        /// up to its closing fence (see `IssueFileReader`).
        var wholeText = true
        /// Whether the result carries its `FileRow`, worked out on the parser thread.
        var storesRow = false
        /// The blob id git's index gives the file with its listed stamp (`GitIndexFile`);
        /// the result keeps it only if the file still has that stamp once read.
        var blob: BlobClaim? = nil
    }

    /// A blob id claimed for a file while it has `stamp`.
    struct BlobClaim: Sendable {
        var id: String
        var stamp: DirectoryEntry
    }

    private let jobs: [Job]
    private let chunkSize = 64
    private let window = 32
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var parsed: [Int: [ParsedFile]] = [:]
    private var claimed = 0
    private var consumed = 0
    /// Chunks the consumer is done with, for a worker to free.
    private var spent: [[ParsedFile]] = []
    private var returned = 0
    private var isCancelled = false

    private var chunkCount: Int { (jobs.count + chunkSize - 1) / chunkSize }

    /// Starts `workers` threads on `jobs`.
    init(jobs: [Job], workers: Int) {
        self.jobs = jobs
        for _ in 0..<max(1, workers) {
            let thread = Thread { [self] in work() }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// Stops the workers after their current chunk; call when the results are no longer wanted.
    func cancel() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Calls `body` with each job's result, in job order; stops the workers when done or
    /// when `body` throws.
    func forEach(_ body: (Job, ParsedFile) throws -> Void) rethrows {
        defer { cancel() }
        for chunk in 0..<chunkCount {
            let results = take(chunk)
            for (offset, result) in results.enumerated() {
                try body(jobs[chunk * chunkSize + offset], result)
            }
            condition.lock()
            spent.append(consume results)
            returned += 1
            condition.broadcast()
            condition.unlock()
        }
    }

    private func take(_ chunk: Int) -> [ParsedFile] {
        condition.lock()
        defer { condition.unlock() }
        while parsed[chunk] == nil { condition.wait() }
        consumed = chunk + 1
        condition.broadcast()
        return parsed.removeValue(forKey: chunk) ?? []
    }

    private func work() {
        let reader = IssueFileReader()
        condition.lock()
        while true {
            if !spent.isEmpty {
                var garbage: [[ParsedFile]] = []
                swap(&garbage, &spent)
                condition.unlock()
                garbage.removeAll()
                condition.lock()
                continue
            }
            guard !isCancelled, returned < chunkCount else { break }
            guard claimed < chunkCount, claimed < consumed + window else {
                condition.wait()
                continue
            }
            let chunk = claimed
            claimed += 1
            condition.unlock()
            let range = chunk * chunkSize..<min(jobs.count, (chunk + 1) * chunkSize)
            let results = jobs[range].map { job in
                reader.parse(job)
            }
            condition.lock()
            parsed[chunk] = results
            condition.broadcast()
        }
        condition.unlock()
    }
}
