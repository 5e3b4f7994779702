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
        return try FileLock(path: counterDirectory + "/lock").withLock(body)
    }

    /// The last number handed out for `prefix` (`nil` for Docket's own issues); 0 when none
    /// was. A counter that cannot be read (a FIFO, say) is an error, never a hang or a guess.
    func lastAllocated(prefix: String?) throws -> Int {
        guard let text = try FileSystem.readTextIfPresent(counterPath(prefix)) else { return 0 }
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
