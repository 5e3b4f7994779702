import Foundation

/// An open file descriptor that closes itself; every call retries `EINTR` and throws a
/// `SystemError` naming the path the descriptor was opened for.
final class FileDescriptor {
    let raw: Int32
    /// The path errors name.
    let path: String

    private init(raw: Int32, path: String) {
        self.raw = raw
        self.path = path
    }

    deinit { close(raw) }

    /// `openat(directory, name, flags)`; `O_CLOEXEC` is always added.
    static func open(_ name: String, flags: Int32, mode: mode_t = 0o644, relativeTo directory: Int32 = AT_FDCWD, path: String? = nil) throws(SystemError) -> FileDescriptor {
        let fd = retryingInterrupts { openat(directory, name, flags | O_CLOEXEC, mode) }
        guard fd >= 0 else { throw SystemError("open", path: path ?? name) }
        return FileDescriptor(raw: fd, path: path ?? name)
    }

    /// Opens a regular file for reading without following a final symlink, and without
    /// hanging on a FIFO or a device: those are refused with a reason.
    static func openRegularFile(_ path: String) throws(SystemError) -> FileDescriptor {
        let file = try open(path, flags: O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        let info = try file.status()
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw SystemError("open", path: path, reason: "not a regular file (\(FileDescriptor.kind(of: info.st_mode)))")
        }
        return file
    }

    /// `fstat`.
    func status() throws(SystemError) -> stat {
        var info = stat()
        guard retryingInterrupts({ fstat(raw, &info) }) == 0 else { throw SystemError("fstat", path: path) }
        return info
    }

    /// Reads to the end of the file; more than `limit` bytes is an error (a file that grows
    /// without end never fills memory).
    func readAll(limit: Int = FileDescriptor.defaultReadLimit) throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        let size = Int((try? status().st_size) ?? 0)
        var capacity = max(size + 1, 4096)
        bytes.reserveCapacity(capacity)
        var count = 0
        while true {
            if count == capacity { capacity *= 2 }
            bytes.append(contentsOf: repeatElement(0, count: capacity - bytes.count))
            let result = bytes.withUnsafeMutableBytes { buffer in
                retryingInterrupts { Glibc.read(raw, buffer.baseAddress! + count, buffer.count - count) }
            }
            guard result >= 0 else { throw SystemError("read", path: path) }
            if result == 0 { break }
            count += result
            guard count <= limit else { throw SystemError("read", path: path, reason: "larger than \(limit / 1_048_576) MiB") }
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Writes every byte, however many calls it takes.
    func writeAll(_ bytes: [UInt8]) throws(SystemError) {
        try FileDescriptor.writeAll(bytes, to: raw, path: path)
    }

    /// Writes every byte to a descriptor this type does not own (standard output, say).
    static func writeAll(_ bytes: [UInt8], to raw: Int32, path: String) throws(SystemError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                retryingInterrupts { Glibc.write(raw, buffer.baseAddress! + written, buffer.count - written) }
            }
            guard result > 0 else { throw SystemError("write", path: path, code: result == 0 ? EIO : errno) }
            written += result
        }
    }

    /// `fsync`: the bytes are on disk when it returns.
    func sync() throws(SystemError) {
        guard retryingInterrupts({ fsync(raw) }) == 0 else { throw SystemError("fsync", path: path) }
    }

    /// `flock(LOCK_EX)`, waiting as long as it takes.
    func lockExclusively() throws(SystemError) {
        guard retryingInterrupts({ flock(raw, LOCK_EX) }) == 0 else { throw SystemError("flock", path: path) }
    }

    /// The largest file Docket reads whole: 256 MiB.
    static let defaultReadLimit = 256 << 20

    /// A word for a file type, for messages.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a directory"
        case S_IFLNK: return "a symlink"
        default: return "not a file"
        }
    }
}
