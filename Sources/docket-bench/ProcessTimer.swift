import DocketCore
import Foundation

/// One finished child process: wall time, peak resident memory and how it ended.
struct ProcessSample: Sendable {
    var milliseconds: Double
    /// `ru_maxrss` from `wait4`, in KiB.
    var maxRSSKiB: Int
    /// The exit code, or 128 plus the signal number when a signal ended it.
    var status: Int32
    /// This process's resident size at the spawn, in KiB: `maxRSSKiB` cannot read below it.
    var parentRSSKiB: Int
}

/// Runs whole processes with `posix_spawn` and measures them with `clock_gettime(MONOTONIC)`
/// and `wait4`'s resource usage. No shell is involved: arguments go to the child as they are.
///
/// On Linux a child's `ru_maxrss` starts from the parent's own high-water mark: `posix_spawn`
/// shares the parent's address space until exec, and exec records that space's peak. So each
/// spawn first resets this process's peak to its current size (`/proc/self/clear_refs`), and
/// the report states that size, below which no child's RSS can read.
enum ProcessTimer {
    /// Runs `arguments` (the first is the executable's path) with standard input and error on
    /// `/dev/null` and standard output to `output`, which is created or truncated.
    static func run(_ arguments: [String], output: String = "/dev/null") throws -> ProcessSample {
        guard let executable = arguments.first else { throw BenchError.failure("nothing to run") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        resetPeak()
        let parentRSS = residentKiB
        let start = now()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError.failure("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        guard retryingInterrupts({ wait4(pid, &status, 0, &usage) }) >= 0 else { throw BenchError.system("wait4", executable) }
        let elapsed = now() - start
        let signal = status & 0x7F
        return ProcessSample(
            milliseconds: elapsed * 1000,
            maxRSSKiB: Int(usage.ru_maxrss),
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
            parentRSSKiB: parentRSS
        )
    }

    /// Runs `arguments` and returns what it printed on standard output, or nil when it failed.
    static func capture(_ arguments: [String], scratch: String) -> String? {
        defer { unlink(scratch) }
        guard let sample = try? run(arguments, output: scratch), sample.status == 0 else { return nil }
        return read(scratch)
    }

    /// The text of a small file, empty when it cannot be read.
    static func read(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Lowers this process's peak resident memory to its current size (Linux 4.0 and later;
    /// without it the reset silently does nothing).
    static func resetPeak() {
        let fd = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = write(fd, "5", 1)
        close(fd)
    }

    /// This process's resident size now, in KiB, from `/proc/self/statm` (0 when unreadable).
    ///
    /// Not `getrusage`: a process's own `ru_maxrss` also carries the peak of whatever started
    /// it (`swift run`, say), for the same reason a child's carries this one's.
    static var residentKiB: Int {
        let fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return 0 }
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * sysconf(Int32(_SC_PAGESIZE)) / 1024
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
