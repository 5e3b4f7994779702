import Foundation

/// One listing of an issue folder, with what the index needs to trust it: a signature that
/// changes whenever any file's name, size, mtime, ctime or inode does, and which files were
/// modified too recently for their stamps to be trusted.
///
/// A file's mtime comes from the kernel's coarse clock (or from the file system's own
/// granularity, a whole second on some), so a file written, listed and rewritten with the
/// same size within one clock tick keeps its stamp. Like git's "racily clean" entries, a
/// file modified at or after `cutoff` (a tick before the listing began) is *racy*: the index
/// stores it with an impossible mtime, so the next read parses it again until its stamp is
/// old enough to trust.
struct FolderListing {
    let entries: [DirectoryEntry]
    /// An order-independent hash of every entry's name, size, mtime, ctime and inode.
    let signature: Int64
    /// Whether any entry is racy; the index then stores no signature for the folder.
    let isRacy: Bool
    /// Files modified at or after this time (ns since the epoch) are racy.
    let cutoff: Int64
    /// The directory's own stamp from just before the listing; `nil` when it is racy (or
    /// could not be read), so that no later change can leave it as it was.
    let directoryStamp: DirectoryStamp?

    /// A directory's own stamp. Creating, removing or renaming an entry in a directory
    /// sets its mtime and ctime, so while a directory keeps its stamp it keeps its names.
    struct DirectoryStamp: Equatable {
        var modified: Int64
        var changed: Int64
        var inode: UInt64

        /// The stamp of `directory` now (a symlink's own, never its target's); `nil` when it cannot be read.
        static func of(_ directory: String) -> DirectoryStamp? {
            var info = stat()
            guard lstat(directory, &info) == 0 else { return nil }
            return DirectoryStamp(
                modified: info.st_mtim.nanoseconds, changed: info.st_ctim.nanoseconds,
                inode: UInt64(info.st_ino)
            )
        }
    }

    /// How far before the listing's start a stamp stops being trusted: more than one tick of
    /// the kernel's coarse clock (at most 10 ms on Linux).
    static let slack: Int64 = 20_000_000

    /// Lists `directory`, reading the clock (`now`, ns since the epoch) first.
    init(directory: String, now: Int64 = FolderListing.coarseNow()) throws(SystemError) {
        let cutoff = now - FolderListing.slack
        self.cutoff = cutoff
        let stamp = DirectoryStamp.of(directory)
        directoryStamp = stamp.flatMap { FolderListing.isRacy(modified: $0.modified, changed: $0.changed, cutoff: cutoff) ? nil : $0 }
        entries = try FileSystem.markdownFiles(in: directory)
        var signature: UInt64 = UInt64(truncatingIfNeeded: entries.count)
        var isRacy = false
        for entry in entries {
            signature &+= FolderListing.hash(entry)
            if FolderListing.isRacy(entry, cutoff: cutoff) { isRacy = true }
        }
        self.signature = Int64(bitPattern: FolderListing.mix(signature))
        self.isRacy = isRacy
    }

    /// Whether `entry`'s stamp is too recent to trust (by the later of its mtime and ctime:
    /// a rewrite that sets the mtime back is as recent as its ctime).
    func isRacy(_ entry: DirectoryEntry) -> Bool {
        FolderListing.isRacy(entry, cutoff: cutoff)
    }

    /// A stamp in whole seconds suggests a file system that keeps no finer time (FAT keeps
    /// two seconds), so such a stamp stays racy for two seconds.
    private static func isRacy(_ entry: DirectoryEntry, cutoff: Int64) -> Bool {
        isRacy(modified: entry.modified, changed: entry.changed, cutoff: cutoff)
    }

    private static func isRacy(modified: Int64, changed: Int64, cutoff: Int64) -> Bool {
        let granularity: Int64 = modified % 1_000_000_000 == 0 ? 2_000_000_000 : 0
        return max(modified &+ granularity, changed) >= cutoff
    }

    /// The kernel's coarse real-time clock, the one file stamps are taken from.
    static func coarseNow() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        return now.nanoseconds
    }

    /// FNV-1a over the name, mixed with the stamp.
    private static func hash(_ entry: DirectoryEntry) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var name = entry.name
        name.withUTF8 { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        hash = mix(hash ^ UInt64(bitPattern: entry.size))
        hash = mix(hash ^ UInt64(bitPattern: entry.modified))
        hash = mix(hash ^ UInt64(bitPattern: entry.changed))
        return mix(hash ^ entry.inode)
    }

    /// The SplitMix64 finalizer: spreads every input bit over the whole word.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
