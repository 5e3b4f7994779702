import Foundation

/// Hands out issue numbers under an exclusive lock, so concurrent `docket new` processes
/// (in any worktree of one clone) never share one.
///
/// The counter lives in the git common directory (`docket/`) when there is one, so every
/// worktree of a clone sees it; otherwise in `.project/.docket/`. A number is above both the
/// counter and every number already present in the files.
struct IDAllocator {
    let counterDirectory: String

    init(layout: ProjectLayout) {
        if let common = GitCommonDirectory.find(from: layout.root) {
            counterDirectory = common + "/docket"
        } else {
            counterDirectory = layout.cacheDirectory
        }
    }

    /// Runs `body` holding the lock; the lock is released however `body` ends.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        try FileSystem.makeDirectories(counterDirectory)
        let lockPath = counterDirectory + "/lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError("open", path: lockPath) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw SystemError("flock", path: lockPath) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// The last number handed out for `prefix` (`nil` for Docket's own issues).
    func lastAllocated(prefix: String?) -> Int {
        guard let text = try? FileSystem.readText(counterPath(prefix)) else { return 0 }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Records `number` as handed out. Call while holding the lock.
    func record(_ number: Int, prefix: String?) throws {
        try FileSystem.writeAtomically("\(number)\n", to: counterPath(prefix))
    }

    private func counterPath(_ prefix: String?) -> String {
        counterDirectory + "/last-id" + (prefix.map { "-" + $0 } ?? "")
    }
}
