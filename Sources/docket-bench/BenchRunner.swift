import DocketCore
import Foundation

/// The timings of one operation at one corpus size.
struct OperationTimings {
    let operation: Operation
    var docket: [ProcessSample] = []
    var floor: [ProcessSample] = []
    var rg: [ProcessSample] = []
    /// Lines `docket` and `rg` printed in the warm-up run, to show they found comparable sets.
    var docketLines: Int?
    var rgLines: Int?
    /// Seconds the operation's untimed set-up took, when it has one.
    var setUpSeconds: Double?
}

/// Runs each operation's commands, interleaved run by run so that noise from other work on
/// the machine falls on all three alike. The current directory must be the corpus's
/// `.project/issues/`.
struct BenchRunner {
    let docketPath: String
    let selfPath: String
    let rgPath: String?
    let runs: Int
    /// A file outside the corpus that warm-up output goes to.
    let scratch: String
    /// The corpus's `.project/.docket/`, where the index lives.
    let cacheDirectory: String

    func measure(_ operation: Operation) throws -> OperationTimings {
        var result = OperationTimings(operation: operation)
        let floor = [selfPath] + operation.floor + operation.floorFolders
        let rg = rgPath.flatMap { path in operation.rg.map { [path] + $0 } }
        if operation.docket != nil, let worktrees = operation.worktrees { result.setUpSeconds = try worktrees.setUp() }
        if let docket = operation.docket, operation.warms {
            dropIndexIfNeeded(operation)
            try operation.worktrees?.add(0)
            result.docketLines = try countLines([docketPath] + docket(0))
            try operation.worktrees?.remove(0)
        }
        _ = try ProcessTimer.run(floor)
        if let rg { result.rgLines = try countLines(rg) }
        for run in 1...runs {
            if let docket = operation.docket {
                dropIndexIfNeeded(operation)
                try operation.worktrees?.add(run)
                result.docket.append(try ProcessTimer.run([docketPath] + docket(run)))
                try operation.worktrees?.remove(run)
            }
            result.floor.append(try ProcessTimer.run(floor))
            if let rg { result.rg.append(try ProcessTimer.run(rg)) }
        }
        return result
    }

    private func dropIndexIfNeeded(_ operation: Operation) {
        guard operation.dropsIndex else { return }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            unlink(cacheDirectory + "/index.sqlite" + suffix)
        }
    }

    /// Runs once with output to the scratch file and counts the lines printed, reading in
    /// small chunks so that this process stays small (see `ProcessSample.parentRSSKiB`).
    private func countLines(_ arguments: [String]) throws -> Int? {
        _ = try ProcessTimer.run(arguments, output: scratch)
        defer { unlink(scratch) }
        let fd = open(scratch, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var lines = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { bytes in retryingInterrupts { read(fd, bytes.baseAddress, bytes.count) } }
            guard count > 0 else { return count == 0 ? lines : nil }
            lines += buffer[..<count].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        }
    }
}

extension Array where Element == ProcessSample {
    /// The median wall time in milliseconds, or nil when empty.
    var medianMilliseconds: Double? {
        guard !isEmpty else { return nil }
        let times = map(\.milliseconds).sorted()
        let middle = times.count / 2
        return times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2
    }

    /// The largest peak RSS in MiB, or nil when empty.
    var maxRSSMiB: Double? {
        map(\.maxRSSKiB).max().map { Double($0) / 1024 }
    }

    /// Whether the peak RSS may be docket-bench's own size rather than the child's (see
    /// `ProcessSample.parentRSSKiB`): then it is only an upper bound.
    var rssIsUpperBound: Bool {
        (map(\.maxRSSKiB).max() ?? 0) <= (map(\.parentRSSKiB).max() ?? 0)
    }

    /// Exit codes other than 0 (and, for `rg`, 1 meaning "no match"), sorted and distinct.
    func failures(allowing allowed: Set<Int32> = [0]) -> [Int32] {
        Set(map(\.status)).subtracting(allowed).sorted()
    }
}
