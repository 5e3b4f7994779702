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

/// The few file operations hook installation needs, on `FileSystem`'s calls, with errors
/// as `HooksError`.
enum HookFile {
    /// Whether anything (even a dangling symlink) is at `path`.
    static func exists(_ path: String) -> Bool {
        FileSystem.exists(path)
    }

    static func isExecutable(_ path: String) -> Bool {
        access(path, X_OK) == 0
    }

    /// The file's text; `nil` when nothing is there. Something there that cannot be read as
    /// a file (a FIFO, a directory, over 1 MiB) yields `""`, so it counts as foreign and is
    /// left alone.
    static func read(_ path: String) -> String? {
        guard exists(path) else { return nil }
        guard let file = try? FileDescriptor.openRegularFile(path), let bytes = try? file.readAll(limit: 1 << 20) else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Creates `path` and any missing parents.
    static func makeDirectories(_ path: String) throws {
        do { try FileSystem.makeDirectories(path) } catch { throw HooksError(error) }
    }

    /// Replaces `path` with `text`, mode 0755, atomically.
    static func writeExecutable(_ text: String, to path: String) throws {
        do { try FileSystem.writeAtomically(text, to: path, mode: 0o755) } catch { throw HooksError(error) }
    }

    /// Renames a file as is (same bytes, mode and inode), never over another file.
    static func rename(_ source: String, to destination: String) throws {
        do { try FileSystem.move(source, to: destination) } catch { throw HooksError(error) }
    }

    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw HooksError.file(call: "unlink", path: path, code: errno) }
    }
}

extension HooksError {
    init(_ error: SystemError) {
        self = .file(call: error.call, path: error.path, code: error.code)
    }
}
