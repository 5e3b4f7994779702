import Foundation

/// Why installing or removing hooks failed.
public enum HooksError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A hook that is not Docket's holds the name (`hooks/post-commit`) and `force` was not given.
    case foreignHook(String)
    /// `force` would chain a foreign hook, but its `.docket-chained` name is taken.
    case chainedHookExists(String)
    /// A chained hook cannot be put back because a foreign hook holds its name.
    case cannotRestore(String, String)
    /// The mode cannot be written into a hook script.
    case invalidMode(String)
    /// A system call failed on a path.
    case file(call: String, path: String, code: Int32)

    public var description: String {
        switch self {
        case .foreignHook(let hook):
            return "\(hook) exists and is not Docket's; rerun with --force to chain it (it will run first)"
        case .chainedHookExists(let chained):
            return "\(chained) already exists; move it away before chaining another hook"
        case let .cannotRestore(chained, hook):
            return "cannot restore \(chained): \(hook) exists and is not Docket's; move one of them away"
        case .invalidMode(let mode):
            return "invalid hook mode '\(mode)': use letters, digits, '-' and '_'"
        case let .file(call, path, code):
            return "\(call) '\(path)' failed: \(String(cString: strerror(code)))"
        }
    }
}

/// The few POSIX file operations hook installation needs.
enum HookFile {
    /// Whether anything (even a dangling symlink) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isExecutable(_ path: String) -> Bool {
        access(path, X_OK) == 0
    }

    /// The file's text (up to 1 MiB); `nil` when nothing is there. Something there that
    /// cannot be read as a file yields `""`, so it counts as foreign and is left alone.
    static func read(_ path: String) -> String? {
        guard exists(path) else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 1 << 20)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Creates `path` and any missing parents.
    static func makeDirectories(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw HooksError.file(call: "mkdir", path: path, code: errno) }
    }

    /// Replaces `path` with `text`, mode 0755, atomically: written to a temporary file in the
    /// same directory, synced, then renamed over it.
    static func writeExecutable(_ text: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(directory)/.\(name).docket-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw HooksError.file(call: "open", path: temporary, code: errno) }
        var failure: HooksError?
        let bytes = Array(text.utf8)
        var written = 0
        while failure == nil, written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress.map { $0 + written }, $0.count - written) }
            if count > 0 {
                written += count
            } else if count < 0, errno != EINTR {
                failure = .file(call: "write", path: temporary, code: errno)
            }
        }
        if failure == nil, fchmod(fd, 0o755) != 0 { failure = .file(call: "chmod", path: temporary, code: errno) }
        if failure == nil, fsync(fd) != 0 { failure = .file(call: "fsync", path: temporary, code: errno) }
        close(fd)
        if failure == nil, Glibc.rename(temporary, path) != 0 { failure = .file(call: "rename", path: path, code: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        syncDirectory(directory)
    }

    /// Renames a file as is: same bytes, same mode, same inode.
    static func rename(_ source: String, to destination: String) throws {
        guard Glibc.rename(source, destination) == 0 else { throw HooksError.file(call: "rename", path: source, code: errno) }
        syncDirectory((destination as NSString).deletingLastPathComponent)
    }

    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw HooksError.file(call: "unlink", path: path, code: errno) }
    }

    /// Makes renames in `directory` durable; best effort.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
