import Foundation

/// An exclusive `flock` on a lock file, held while a closure runs and released however it
/// ends (also by the kernel when the process dies, so a kill never leaves a stale lock).
struct FileLock {
    let path: String

    func withLock<T>(_ body: () throws -> T) throws -> T {
        let file = try FileDescriptor.open(path, flags: O_RDWR | O_CREAT | O_NOFOLLOW, mode: 0o644)
        try file.lockExclusively()
        defer { flock(file.raw, LOCK_UN) }
        return try body()
    }
}

/// The lock that every read-modify-write of one issue holds, in every command: the file is
/// read again once the lock is held, so no writer works from a stale copy.
struct IssueLock {
    let layout: ProjectLayout
    let key: IssueKey

    func withLock<T>(_ body: () throws -> T) throws -> T {
        try layout.prepareCacheDirectory()
        return try FileLock(path: layout.locksDirectory + "/" + key.plain + ".lock").withLock(body)
    }
}
