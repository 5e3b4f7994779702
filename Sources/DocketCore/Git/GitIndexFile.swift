import Foundation

/// What git's index (`.git/index`, versions 2 to 4) says of the files of some folders, read
/// without running git: for each tracked file, the stat data git saw when it last wrote the
/// file or hashed it, and its blob id. While a file still has that stat data, its bytes are
/// that blob, as `git status` itself assumes; so a file's blob id is known without reading it.
///
/// Anything this reader does not fully understand (a split index, an unknown version, a
/// truncated file) gives no entries at all: the blob ids only save work, never decide it.
struct GitIndexFile {
    /// One tracked file as git's index records it (times and sizes truncated to 32 bits, as
    /// git keeps them).
    struct Entry: Equatable {
        var changedSeconds: UInt32
        var changedNanoseconds: UInt32
        var modifiedSeconds: UInt32
        var modifiedNanoseconds: UInt32
        var inode: UInt32
        var size: UInt32
        /// The blob id in lower-case hex.
        var objectID: String
    }

    /// The folders' tracked regular files by path (`folder/name`), but those whose stat data git
    /// does not keep up to date (assume-unchanged, skip-worktree, intent-to-add, a merge stage).
    let entries: [String: Entry]
    /// The index file's own mtime (ns since the epoch): an entry modified at or after it
    /// may have changed within the same tick git wrote it ("racily clean"), so its stat
    /// data proves nothing.
    let modified: Int64

    /// The blob id of a file listed in `folder` when git's stat data for it is the file's own and not racy.
    func objectID(of file: DirectoryEntry, in folder: String) -> String? {
        guard let entry = entries[folder + "/" + file.name] else { return nil }
        let modifiedSeconds = file.modified.floorDivided(by: 1_000_000_000)
        let changedSeconds = file.changed.floorDivided(by: 1_000_000_000)
        guard entry.size == UInt32(truncatingIfNeeded: file.size),
              entry.inode == UInt32(truncatingIfNeeded: file.inode),
              entry.modifiedSeconds == UInt32(truncatingIfNeeded: modifiedSeconds),
              entry.modifiedNanoseconds == UInt32(truncatingIfNeeded: file.modified - modifiedSeconds * 1_000_000_000),
              entry.changedSeconds == UInt32(truncatingIfNeeded: changedSeconds),
              entry.changedNanoseconds == UInt32(truncatingIfNeeded: file.changed - changedSeconds * 1_000_000_000),
              file.modified < modified
        else { return nil }
        return entry.objectID
    }

    /// Reads the index at `path`, keeping the files directly inside `folders` (paths relative
    /// to the worktree's top, such as `.project/issues/open`). Nil when the file is missing or
    /// not an index this reader fully understands.
    /// - Parameter objectIDLength: 20 bytes (SHA-1) or 32 (SHA-256), as the repository's `extensions.objectFormat` says.
    static func read(path: String, folders: [String], objectIDLength: Int) -> GitIndexFile? {
        var info = stat()
        guard stat(path, &info) == 0, let bytes = try? FileSystem.readBytes(path) else { return nil }
        let prefixes = folders.map { Array(($0 + "/").utf8) }
        guard let entries = bytes.withUnsafeBufferPointer({ parse($0, prefixes: prefixes, objectIDLength: objectIDLength) }) else { return nil }
        return GitIndexFile(entries: entries, modified: info.st_mtim.nanoseconds)
    }

    /// The entries that name a file directly inside one of the folders `prefixes` (each ending in `/`).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, prefixes: [[UInt8]], objectIDLength: Int) -> [String: Entry]? {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(4).map(Array.init) == Array("DIRC".utf8),
              let version = reader.uint32(), (2...4).contains(version),
              let count = reader.uint32()
        else { return nil }
        var entries: [String: Entry] = [:]
        var path: [UInt8] = []
        for _ in 0..<count {
            let start = reader.offset
            guard let stat = reader.take(40), let objectID = reader.take(objectIDLength), let flags = reader.uint16() else { return nil }
            var extended: UInt16 = 0
            if flags & 0x4000 != 0 {
                guard version >= 3, let more = reader.uint16() else { return nil }
                extended = more
            }
            if version == 4 {
                guard let strip = reader.varint(), strip <= path.count, let suffix = reader.takeThroughNUL() else { return nil }
                path.removeLast(strip)
                path += suffix
            } else {
                guard let name = reader.takeThroughNUL() else { return nil }
                path = Array(name)
                // Padded with NULs to a multiple of eight bytes, the name's own NUL included.
                let length = reader.offset - start
                guard reader.skip((8 - length % 8) % 8) else { return nil }
            }
            let mode = ByteReader.uint32(stat, at: 24)
            let trusted = flags & 0x8000 == 0 && flags & 0x3000 == 0 && extended & 0x6000 == 0 && mode & 0o170000 == 0o100000
            guard trusted, let prefix = prefixes.first(where: { path.starts(with: $0) }),
                  !path[prefix.count...].contains(UInt8(ascii: "/"))
            else { continue }
            let name = String(decoding: path, as: UTF8.self)
            guard name.utf8.elementsEqual(path) else { continue }
            entries[name] = Entry(
                changedSeconds: ByteReader.uint32(stat, at: 0), changedNanoseconds: ByteReader.uint32(stat, at: 4),
                modifiedSeconds: ByteReader.uint32(stat, at: 8), modifiedNanoseconds: ByteReader.uint32(stat, at: 12),
                inode: ByteReader.uint32(stat, at: 20), size: ByteReader.uint32(stat, at: 36),
                objectID: hex(objectID)
            )
        }
        // A split index keeps most entries in a shared file this reader does not follow.
        while reader.remaining >= objectIDLength + 8 {
            guard let signature = reader.take(4), let size = reader.uint32(), reader.skip(Int(size)) else { return nil }
            if Array(signature) == Array("link".utf8) { return nil }
        }
        return entries
    }

    /// The object id format of the repository whose common git directory is `commonDirectory`:
    /// 32 bytes when its config sets `extensions.objectFormat = sha256`, else 20.
    static func objectIDLength(commonDirectory: String) -> Int {
        guard let config = try? FileSystem.readText(commonDirectory + "/config") else { return 20 }
        let sha256 = config.split(whereSeparator: \.isNewline).contains { line in
            let words = line.lowercased().split { $0 == " " || $0 == "\t" || $0 == "=" }
            return words.first == "objectformat" && words.dropFirst().first == "sha256"
        }
        return sha256 ? 32 : 20
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { output in
            for (offset, byte) in bytes.enumerated() {
                output[offset * 2] = hexDigits[Int(byte >> 4)]
                output[offset * 2 + 1] = hexDigits[Int(byte & 0x0F)]
            }
            return bytes.count * 2
        }
    }
}

/// Reads big-endian fields from a byte buffer; every read past the end gives nil.
private struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int) -> UnsafeBufferPointer<UInt8>.SubSequence? {
        guard count >= 0, count <= remaining else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func skip(_ count: Int) -> Bool {
        take(count) != nil
    }

    mutating func uint16() -> UInt16? {
        take(2).map { UInt16($0[$0.startIndex]) << 8 | UInt16($0[$0.startIndex + 1]) }
    }

    mutating func uint32() -> UInt32? {
        take(4).map { ByteReader.uint32($0, at: 0) }
    }

    /// The bytes up to the next NUL, which is consumed but not returned.
    mutating func takeThroughNUL() -> UnsafeBufferPointer<UInt8>.SubSequence? {
        guard let end = bytes[offset...].firstIndex(of: 0) else { return nil }
        defer { offset = end + 1 }
        return bytes[offset..<end]
    }

    /// Git's offset varint (index version 4): seven bits a byte, each continuation adding one.
    mutating func varint() -> Int? {
        guard var byte = take(1)?.first else { return nil }
        var value = Int(byte & 0x7F)
        while byte & 0x80 != 0 {
            guard value < Int.max >> 8, let next = take(1)?.first else { return nil }
            byte = next
            value = ((value + 1) << 7) | Int(byte & 0x7F)
        }
        return value
    }

    static func uint32(_ slice: UnsafeBufferPointer<UInt8>.SubSequence, at position: Int) -> UInt32 {
        let start = slice.startIndex + position
        return UInt32(slice[start]) << 24 | UInt32(slice[start + 1]) << 16 | UInt32(slice[start + 2]) << 8 | UInt32(slice[start + 3])
    }
}

private extension Int64 {
    /// Division that rounds toward negative infinity, as seconds of a time before 1970 do.
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
