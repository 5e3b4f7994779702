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

    /// How far before the listing's start a stamp stops being trusted: more than one tick of
    /// the kernel's coarse clock (at most 10 ms on Linux).
    static let slack: Int64 = 20_000_000

    /// Lists `directory`, reading the clock first.
    init(directory: String) throws(SystemError) {
        cutoff = FolderListing.coarseNow() - FolderListing.slack
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
        let granularity: Int64 = entry.modified % 1_000_000_000 == 0 ? 2_000_000_000 : 0
        return max(entry.modified &+ granularity, entry.changed) >= cutoff
    }

    /// The kernel's coarse real-time clock, the one file stamps are taken from.
    static func coarseNow() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
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
