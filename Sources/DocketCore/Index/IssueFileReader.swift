import Foundation

/// What reading one file gave: the issue or why there is none.
struct ParsedFile: Sendable {
    var result: Result<Issue, Diagnostic>
    /// The file could not be opened or read at all (permissions, say). A `chmod` leaves its
    /// stamp unchanged, so the index must try such a file again on every refresh.
    var couldNotRead: Bool
}

/// Reads issue files for the index with one reusable buffer and plain POSIX calls
/// (`openat` relative to each folder, no `FileManager`), then parses them with `IssueFormat`.
///
/// Not `Sendable`: each thread uses its own.
final class IssueFileReader {
    private var buffer: [UInt8] = Array(repeating: 0, count: 16_384)
    /// Open descriptors of the folders read so far, by path.
    private var folders: [String: Int32] = [:]

    deinit {
        for fd in folders.values { close(fd) }
    }

    /// Parses `directory/name`; `path` is what the issue and its diagnostics name.
    /// `expectedSize` (from the listing) saves a read call when it is still right.
    func parse(directory: String, name: String, path: String, state: IssueState, expectedSize: Int64 = -1) -> ParsedFile {
        guard let text = read(directory: directory, name: name, expectedSize: Int(clamping: expectedSize)) else {
            let reason = String(cString: strerror(errno))
            return ParsedFile(result: .failure(Diagnostic("cannot read: \(reason)", at: SourceLocation(path: path, line: 1))), couldNotRead: true)
        }
        return ParsedFile(result: IssueFormat.parse(text, path: path, state: state), couldNotRead: false)
    }

    /// The file's text (invalid UTF-8 kept as `LosslessUTF8` stand-ins), or nil with `errno` set. A symlink in the
    /// last component is refused, as everywhere in Docket.
    private func read(directory: String, name: String, expectedSize: Int) -> String? {
        guard let folder = folder(directory) else { return nil }
        let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if expectedSize >= buffer.count {
            buffer = Array(repeating: 0, count: expectedSize + 1)
        }
        var count = 0
        while true {
            if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let result = buffer.withUnsafeMutableBytes { bytes in
                retryingInterrupts { Glibc.read(fd, bytes.baseAddress.map { $0 + count }, bytes.count - count) }
            }
            if result < 0 { return nil }
            count += result
            // A regular file reads short only at its end: when it still has the size the
            // listing saw, no further call is needed to find the end.
            if result == 0 || (count == expectedSize && count < buffer.count) { break }
        }
        return buffer.withUnsafeBufferPointer { LosslessUTF8.decode(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// A descriptor for `directory`, or nil with `errno` set.
    private func folder(_ directory: String) -> Int32? {
        if let fd = folders[directory] { return fd }
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        folders[directory] = fd
        return fd
    }
}
