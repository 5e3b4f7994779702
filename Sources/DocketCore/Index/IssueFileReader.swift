import Foundation

/// What reading one file gave: the issue or why there is none.
struct ParsedFile: Sendable {
    var result: Result<Issue, Diagnostic>
    /// The file could not be opened or read at all (permissions, say). A `chmod` leaves its
    /// stamp unchanged, so the index must try such a file again on every refresh.
    var couldNotRead: Bool
    /// What the index stores of it, when the job asked for it (`storesRow`).
    var row: FileRow?
    /// The job's blob id, when the file kept the stamp it was claimed for while it was read:
    /// then the bytes parsed are that blob's.
    var blob: String?
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

    /// Parses the job's file; its `path` is what the issue and its diagnostics name, and its
    /// `size` (from the listing) saves a read call when it is still right.
    ///
    /// Without `wholeText`, a front-matter file is decoded and parsed only up to its closing
    /// fence: every field lives above it, so the issue is the same but for its empty body. A
    /// header of the common shape is read by `FrontMatterScan`, any other by `IssueFormat`.
    func parse(_ job: ParsePipeline.Job) -> ParsedFile {
        var parsed = issue(job)
        if job.storesRow { parsed.row = FileRow(parsed.result) }
        return parsed
    }

    /// What `parse` gives but the row.
    private func issue(_ job: ParsePipeline.Job) -> ParsedFile {
        guard let (count, stamp) = read(directory: job.directory, name: job.name, expectedSize: Int(clamping: job.size), stamping: job.blob != nil) else {
            let reason = String(cString: strerror(errno))
            return ParsedFile(result: .failure(Diagnostic("cannot read: \(reason)", at: SourceLocation(path: job.path, line: 1))), couldNotRead: true)
        }
        var parsed = ParsedFile(result: issue(job, bytes: count), couldNotRead: false)
        if let claim = job.blob, claim.stamp == stamp { parsed.blob = claim.id }
        return parsed
    }

    /// The issue in the first `count` bytes of `buffer`, the job's file, or why there is none.
    private func issue(_ job: ParsePipeline.Job, bytes count: Int) -> Result<Issue, Diagnostic> {
        let (text, matter) = buffer.withUnsafeBufferPointer { bytes in
            let file = UnsafeBufferPointer(rebasing: bytes[..<count])
            let end = job.wholeText ? count : IssueFileReader.frontMatterEnd(file) ?? count
            let text = LosslessUTF8.decode(UnsafeBufferPointer(rebasing: file[..<end]))
            return (text, FrontMatterScan.matter(file, text: text))
        }
        guard let matter else {
            return IssueFormat.parse(text, path: job.path, state: job.state)
        }
        do {
            return .success(try IssueFile.issue(from: matter, path: job.path, state: job.state))
        } catch {
            return .failure(error)
        }
    }

    /// Where the front matter of a file that starts with a fence (`---`, after an optional
    /// byte-order mark) ends: just after the line ending of the first later line that is
    /// `---` or `...`, as `FrontMatter(parsing:)` finds it (lines end at each `\n`, a
    /// `\r` before it is part of the ending). Nil for any other file, or one never closed.
    static func frontMatterEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var start = bytes.starts(with: bom) ? bom.count : 0
        guard bytes[start...].starts(with: "---".utf8) else { return nil }
        start += 3
        if start < bytes.count, bytes[start] == UInt8(ascii: "\r") { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "\n") else { return nil }
        var line = start + 1
        while line < bytes.count {
            let newline = bytes[line...].firstIndex(of: UInt8(ascii: "\n"))
            var content = (newline ?? bytes.count) - line
            if newline != nil, content > 0, bytes[line + content - 1] == UInt8(ascii: "\r") { content -= 1 }
            if content == 3, bytes[line...].starts(with: "---".utf8) || bytes[line...].starts(with: "...".utf8) {
                return newline.map { $0 + 1 } ?? bytes.count
            }
            guard let newline else { return nil }
            line = newline + 1
        }
        return nil
    }

    /// Reads the file whole into `buffer` and returns its length, or nil with `errno` set. A
    /// symlink in the last component is refused, as everywhere in Docket. With `stamping`, the
    /// file's stamp once read comes too: any write before or during the read shows in it.
    private func read(directory: String, name: String, expectedSize: Int, stamping: Bool) -> (count: Int, stamp: DirectoryEntry?)? {
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
        var info = stat()
        return (count, stamping && fstat(fd, &info) == 0 ? DirectoryEntry(name: name, info) : nil)
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
