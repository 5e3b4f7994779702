import Foundation

/// One file in a directory listing, with what the index compares to spot a change.
public struct DirectoryEntry: Sendable, Equatable {
    public var name: String
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64
    public var inode: UInt64
    /// Inode change time (ctime) in nanoseconds since the epoch: unlike the mtime, no
    /// program can set it back, so an in-place rewrite that restores the mtime still shows.
    public var changed: Int64
}

/// Thin wrappers over the POSIX calls Docket's hot paths use; `FileManager` is slow on Linux.
public enum FileSystem {
    /// Regular `.md` files in `directory` (not hidden, not symlinks), unsorted.
    /// A missing directory lists as empty.
    public static func markdownFiles(in directory: String) throws(SystemError) -> [DirectoryEntry] {
        guard let dir = opendir(directory) else {
            if errno == ENOENT { return [] }
            throw SystemError("opendir", path: directory)
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var entries: [DirectoryEntry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasSuffix(".md"), !name.hasPrefix(".") else { continue }
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            entries.append(DirectoryEntry(
                name: name,
                size: Int64(info.st_size),
                modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                inode: UInt64(info.st_ino),
                changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
            ))
        }
        return entries
    }

    /// The path with symlinks resolved, or the path itself when it cannot be resolved.
    public static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` exists (without following a final symlink).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a directory (a symlink to one does not count).
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads a whole file without following a symlink at its last component.
    public static func read(_ path: String) throws(SystemError) -> Data {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError("open", path: path) }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError("read", path: path)
            }
            if count == 0 { break }
            data.append(buffer, count: count)
        }
        return data
    }

    /// Reads a file as UTF-8 text (invalid bytes become U+FFFD).
    public static func readText(_ path: String) throws(SystemError) -> String {
        String(decoding: try read(path), as: UTF8.self)
    }

    /// Creates `path` and any missing parents.
    public static func makeDirectories(_ path: String) throws(SystemError) {
        if isDirectory(path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw SystemError("mkdir", path: path) }
    }

    /// Replaces `path` with `text` atomically: a temporary file in the same directory is
    /// written, synced and renamed over it, so readers see the old file or the new one.
    public static func writeAtomically(_ text: String, to path: String) throws(SystemError) {
        let temporary = try writeTemporary(text, beside: path)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw SystemError("rename", path: path, code: code)
        }
        syncDirectory(of: path)
    }

    /// Creates `path` with `text`, failing with `EEXIST` if it exists. The content is
    /// complete the moment the name appears (written to a temporary file, then linked).
    public static func createExclusively(_ text: String, at path: String) throws(SystemError) {
        let temporary = try writeTemporary(text, beside: path)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else { throw SystemError("link", path: path) }
        syncDirectory(of: path)
    }

    /// `createExclusively`, answering `false` instead of failing when the name is taken.
    public static func createIfAbsent(_ text: String, at path: String) throws(SystemError) -> Bool {
        do {
            try createExclusively(text, at: path)
            return true
        } catch where error.code == EEXIST {
            return false
        }
    }

    /// Moves a file with one `rename`, refusing to replace an existing file.
    public static func move(_ source: String, to destination: String) throws(SystemError) {
        guard !exists(destination) else { throw SystemError("rename", path: destination, code: EEXIST) }
        guard rename(source, destination) == 0 else { throw SystemError("rename", path: source) }
        syncDirectory(of: destination)
        syncDirectory(of: source)
    }

    private static func writeTemporary(_ text: String, beside path: String) throws(SystemError) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = "\(directory)/.docket-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError("open", path: temporary) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let code = errno
                close(fd)
                unlink(temporary)
                throw SystemError("write", path: temporary, code: code)
            }
            written += count
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            unlink(temporary)
            throw SystemError("fsync", path: temporary, code: code)
        }
        close(fd)
        bytes.removeAll()
        return temporary
    }

    /// Makes a directory entry change durable; best effort.
    private static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
