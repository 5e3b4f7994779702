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

extension DirectoryEntry {
    /// The entry of `name` as `stat`, `fstat` or `fstatat` describes it.
    init(name: String, _ info: stat) {
        self.init(name: name, size: Int64(info.st_size), modified: info.st_mtim.nanoseconds, inode: UInt64(info.st_ino), changed: info.st_ctim.nanoseconds)
    }
}

extension timespec {
    /// The time in nanoseconds since the epoch, as every stamp in Docket is kept.
    var nanoseconds: Int64 { Int64(tv_sec) * 1_000_000_000 + Int64(tv_nsec) }
}

/// Thin wrappers over the POSIX calls Docket's hot paths use; `FileManager` is slow on Linux.
public enum FileSystem {
    /// Regular `.md` files in `directory` (not hidden, not symlinks), unsorted.
    /// A missing directory lists as empty.
    public static func markdownFiles(in directory: String) throws(SystemError) -> [DirectoryEntry] {
        var names: [String] = []
        var entries: [DirectoryEntry] = []
        try forEachEntry(in: directory, { bytes, _, _ in
            // A name that is not UTF-8 cannot be opened by the name it would print as; doctor reports it.
            guard bytes.first != UInt8(ascii: "."), isMarkdownName(bytes), let name = String(validating: bytes, as: UTF8.self) else { return }
            names.append(name)
        }, then: { fd in entries = statEach(names, in: fd) })
        return entries
    }

    /// Whether a name ends in `.md`, read from its bytes.
    static func isMarkdownName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        return count >= 3 && bytes[count - 3] == UInt8(ascii: ".") && bytes[count - 2] == UInt8(ascii: "m") && bytes[count - 1] == UInt8(ascii: "d")
    }

    /// How many names make a listing worth splitting between two threads.
    static let parallelStatThreshold = 1_024

    /// The entries of the regular files among `names`, by `fstatat` in the directory `fd`.
    /// The kernel's path lookups are most of what a listing costs, and they run in
    /// parallel: a long listing stats its second half on another thread.
    private static func statEach(_ names: [String], in fd: Int32) -> [DirectoryEntry] {
        guard names.count >= parallelStatThreshold, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            return regularFiles(names[...], in: fd)
        }
        let half = names.count / 2
        let second = BackgroundResult { regularFiles(names[half...], in: fd) }
        return regularFiles(names[..<half], in: fd) + second.value()
    }

    private static func regularFiles(_ names: ArraySlice<String>, in fd: Int32) -> [DirectoryEntry] {
        var entries: [DirectoryEntry] = []
        entries.reserveCapacity(names.count)
        for name in names {
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            entries.append(DirectoryEntry(name: name, info))
        }
        return entries
    }

    /// Calls `body` for each entry of `directory` but `.` and `..`, with the name's bytes,
    /// readdir's `d_type` and the directory's descriptor (for `fstatat`); a missing
    /// directory has no entries. The one `readdir` loop every listing goes through.
    /// `then`, if given, runs after the last entry with the descriptor, still open.
    static func forEachEntry(
        in directory: String, _ body: (_ name: UnsafeBufferPointer<UInt8>, _ type: UInt8, _ directory: Int32) -> Void,
        then: (_ directory: Int32) -> Void = { _ in }
    ) throws(SystemError) {
        guard let dir = opendir(directory) else {
            if errno == ENOENT { return }
            throw SystemError("opendir", path: directory)
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { pointer in
                    let bytes = UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
                    let dot = UInt8(ascii: ".")
                    guard !(bytes.count == 1 && bytes[0] == dot), !(bytes.count == 2 && bytes[0] == dot && bytes[1] == dot) else { return }
                    body(bytes, type, fd)
                }
            }
        }
        then(fd)
    }

    /// A name `forEachEntry` handed out, as the C string it is (readdir ends it with a NUL).
    static func cName(_ name: UnsafeBufferPointer<UInt8>) -> UnsafePointer<CChar> {
        UnsafeRawPointer(name.baseAddress!).assumingMemoryBound(to: CChar.self)
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

    /// Reads a whole regular file without following a symlink at its last component; a
    /// FIFO or device is refused rather than read into a hang.
    public static func readBytes(_ path: String) throws(SystemError) -> [UInt8] {
        try FileDescriptor.openRegularFile(path).readAll()
    }

    /// `readBytes` as `Data`.
    public static func read(_ path: String) throws(SystemError) -> Data {
        Data(try readBytes(path))
    }

    /// Reads a file as text, keeping invalid UTF-8 bytes (see `LosslessUTF8`).
    public static func readText(_ path: String) throws(SystemError) -> String {
        LosslessUTF8.decode(try readBytes(path))
    }

    /// `readText`, or nil when nothing is at `path`; any other failure (a FIFO, no
    /// permission) is an error.
    public static func readTextIfPresent(_ path: String) throws(SystemError) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try readBytes(path)
        } catch {
            if error.code == ENOENT { return nil }
            throw error
        }
        return LosslessUTF8.decode(bytes)
    }

    /// Creates `path` and any missing parents.
    public static func makeDirectories(_ path: String) throws(SystemError) {
        if isDirectory(path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw SystemError("mkdir", path: path) }
    }

    /// Replaces `path` with `text` atomically: a temporary file is written, synced and
    /// renamed over it, so readers see the old file or the new one, never a part. The file
    /// gets `mode`, or keeps its permissions (0644 for a new file).
    ///
    /// The temporary file goes in `temporaryDirectory` when given (a git-ignored folder on
    /// the same file system, so a kill leaves nothing in `git status`), else beside `path`.
    /// Errors name `path`, never the temporary file.
    public static func writeAtomically(_ text: String, to path: String, temporaryDirectory: String? = nil, mode: mode_t? = nil) throws(SystemError) {
        var info = stat()
        let mode = mode ?? (lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644)
        let temporary = try writeTemporary(LosslessUTF8.encode(text), for: path, in: temporaryDirectory, mode: mode)
        var moved = rename(temporary, path) == 0
        if !moved, errno == EXDEV, temporaryDirectory != nil {
            unlink(temporary)
            let beside = try writeTemporary(LosslessUTF8.encode(text), for: path, in: nil, mode: mode)
            moved = rename(beside, path) == 0
            if !moved { unlink(beside) }
        }
        guard moved else {
            let code = errno
            unlink(temporary)
            throw SystemError("rename", path: path, code: code)
        }
        syncDirectory(of: path)
    }

    /// Creates `path` with `text`, failing with `EEXIST` if it exists. The content is
    /// complete the moment the name appears (written to a temporary file, then linked).
    public static func createExclusively(_ text: String, at path: String, temporaryDirectory: String? = nil) throws(SystemError) {
        var temporary = try writeTemporary(LosslessUTF8.encode(text), for: path, in: temporaryDirectory, mode: 0o644)
        var linked = link(temporary, path) == 0
        if !linked, errno == EXDEV, temporaryDirectory != nil {
            unlink(temporary)
            temporary = try writeTemporary(LosslessUTF8.encode(text), for: path, in: nil, mode: 0o644)
            linked = link(temporary, path) == 0
        }
        let code = errno
        unlink(temporary)
        guard linked else { throw SystemError("link", path: path, code: code) }
        syncDirectory(of: path)
    }

    /// `createExclusively`, answering `false` instead of failing when the name is taken.
    public static func createIfAbsent(_ text: String, at path: String, temporaryDirectory: String? = nil) throws(SystemError) -> Bool {
        do {
            try createExclusively(text, at: path, temporaryDirectory: temporaryDirectory)
            return true
        } catch where error.code == EEXIST {
            return false
        }
    }

    /// Moves a file, failing with `EEXIST` rather than replace anything at `destination`:
    /// one `renameat2(RENAME_NOREPLACE)`, or `link` then `unlink` on file systems without it.
    public static func move(_ source: String, to destination: String) throws(SystemError) {
        switch NoReplaceRename.rename(source, destination) {
        case .renamed:
            break
        case .failed(let code):
            throw SystemError("rename", path: code == EEXIST ? destination : source, code: code)
        case .unsupported:
            guard link(source, destination) == 0 else { throw SystemError("link", path: errno == EEXIST ? destination : source) }
            guard unlink(source) == 0 else { throw SystemError("unlink", path: source) }
        }
        syncDirectory(of: destination)
        syncDirectory(of: source)
    }

    /// The prefix of every temporary file Docket writes; `doctor` looks for it.
    public static let temporaryPrefix = ".docket-"
    public static let temporarySuffix = ".tmp"

    /// Writes, syncs and closes a new temporary file for `path`.
    private static func writeTemporary(_ bytes: [UInt8], for path: String, in directory: String?, mode: mode_t) throws(SystemError) -> String {
        let folder = directory ?? (path as NSString).deletingLastPathComponent
        let temporary = "\(folder)/\(temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))\(temporarySuffix)"
        do {
            let file = try FileDescriptor.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: mode, path: path)
            do {
                // The umask must not narrow what was asked for.
                fchmod(file.raw, mode)
                try file.writeAll(bytes)
                try file.sync()
            } catch {
                unlink(temporary)
                throw error
            }
        }
        return temporary
    }

    /// Makes a directory entry change durable; best effort.
    private static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        guard let folder = try? FileDescriptor.open(directory.isEmpty ? "." : directory, flags: O_RDONLY | O_DIRECTORY) else { return }
        try? folder.sync()
    }
}
