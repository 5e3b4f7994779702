import Foundation

/// Keeping the index fresh: each folder a read needs is listed (readdir and fstatat, no
/// file is opened), and only files whose name, size, mtime, ctime (ns) or inode changed are parsed
/// again; vanished files are dropped. All changes go in one transaction.
extension IssueIndex {
    /// What the index holds about one file, to compare with a listing.
    private struct Stamp {
        var id: Int64
        var size: Int64
        var modified: Int64
        var inode: Int64
        var changed: Int64

        func matches(_ entry: DirectoryEntry) -> Bool {
            size == entry.size && modified == entry.modified && inode == Int64(bitPattern: entry.inode) && changed == entry.changed
        }
    }

    /// The mtime stored for a racy file (or one that could not be read): no real file has
    /// it, so the next refresh parses it again.
    static let racyModified = Int64.min

    /// Brings the index in line with the folders of `states` and returns those of their
    /// files that could not be read. A folder whose listing has the signature stored for it is
    /// unchanged and costs no write; otherwise its differences are applied in one
    /// `BEGIN IMMEDIATE` transaction, compared with the rows as they are once the lock is
    /// held, so concurrent processes never apply a stale difference.
    @discardableResult
    func refresh(_ states: [IssueState]) throws -> UnreadableFiles {
        var changed: [(IssueState, FolderListing)] = []
        for state in states {
            let listing = try FolderListing(directory: layout.directory(for: state))
            if try listing.isRacy || storedSignature(state) != listing.signature {
                changed.append((state, listing))
            }
        }
        if let text = pendingNotice {
            // An index built from nothing holds no row yet: every listed file is parsed.
            if changed.reduce(0, { $0 + $1.1.entries.count }) >= IssueIndex.noticeThreshold { notice(text) }
            pendingNotice = nil
        }
        if !changed.isEmpty {
            // A large write spills fewer pages early with a larger page cache; reads keep the
            // default, so a long list does not hold its pages in memory.
            try database.execute("PRAGMA cache_size = -32768")
            defer { try? database.execute("PRAGMA cache_size = -2000") }
            try database.transaction {
                for (state, listing) in changed {
                    try apply(listing, state: state)
                }
            }
        }
        return try unreadable(states)
    }

    /// Applies one folder's listing: the rows of changed and vanished files are deleted,
    /// new and changed files parsed and stored, the full-text index updated for both in one
    /// statement each, and the listing's signature kept unless some file must be read again.
    private func apply(_ listing: FolderListing, state: IssueState) throws {
        var stored = try stamps(state)
        var changed: [DirectoryEntry] = []
        var deleted: [Int64] = []
        for entry in listing.entries {
            if let old = stored.removeValue(forKey: entry.name) {
                if old.matches(entry) { continue }
                deleted.append(old.id)
            }
            changed.append(entry)
        }
        deleted += stored.values.map(\.id)
        // In name order, rows and index entries are appended rather than scattered.
        changed.sort { $0.name < $1.name }
        if !deleted.isEmpty {
            try runBatch(.deleteFromText, deleted)
            try runBatch(.deleteFiles, deleted)
        }
        let directory = layout.directory(for: state)
        let jobs = changed.map { entry in
            ParsePipeline.Job(directory: directory, name: entry.name, path: layout.relativePath(state: state, name: entry.name), state: state, size: entry.size)
        }
        // New rows join the full-text index a batch at a time, while the parsing goes on.
        var inserted: [Int64] = []
        var retry = listing.isRacy
        try IssueIndex.parseEach(jobs) { offset, parsed in
            var stamp = changed[offset]
            if listing.isRacy(stamp) || parsed.couldNotRead {
                stamp.modified = IssueIndex.racyModified
                retry = true
            }
            inserted.append(try insert(parsed.result, state: state, entry: stamp))
            if inserted.count == 2_048 {
                try runBatch(.addToText, inserted)
                inserted.removeAll(keepingCapacity: true)
            }
        }
        if !inserted.isEmpty { try runBatch(.addToText, inserted) }
        let store = try statement(.storeSignature)
        try store.bind([.integer(IssueIndex.folder(state)), retry ? .null : .integer(listing.signature)])
        try store.run()
    }

    private func storedSignature(_ state: IssueState) throws -> Int64? {
        let select = try statement(.selectSignature)
        try select.bind([.integer(IssueIndex.folder(state))])
        defer { select.reset() }
        guard try select.step(), !select.isNull(0) else { return nil }
        return select.int64(0)
    }

    private func stamps(_ state: IssueState) throws -> [String: Stamp] {
        let select = try statement(.selectStamps)
        try select.bind([.integer(IssueIndex.folder(state))])
        var stamps: [String: Stamp] = [:]
        try select.forEachRow { row in
            stamps[row.text(1)] = Stamp(id: row.int64(0), size: row.int64(2), modified: row.int64(3), inode: row.int64(4), changed: row.int64(5))
        }
        return stamps
    }

    /// Parses the files and calls `body` with each in order. Many files are read and parsed
    /// on background threads (one per processor: parsing is the slower half, and this thread
    /// mostly waits for it) while this thread stores what they parse.
    private static func parseEach(_ jobs: [ParsePipeline.Job], _ body: (Int, ParsedFile) throws -> Void) throws {
        guard jobs.count >= 256 else {
            let reader = IssueFileReader()
            for (offset, job) in jobs.enumerated() {
                try body(offset, reader.parse(directory: job.directory, name: job.name, path: job.path, state: job.state, expectedSize: job.size))
            }
            return
        }
        let pipeline = ParsePipeline(jobs: jobs, workers: ProcessInfo.processInfo.activeProcessorCount)
        var offset = 0
        try pipeline.forEach { _, parsed in
            try body(offset, parsed)
            offset += 1
        }
    }

    /// Runs a statement over a set of rows, passed as one JSON array of ids.
    private func runBatch(_ which: Prepared, _ ids: [Int64]) throws {
        let batch = try statement(which)
        try batch.bind([.text("[" + ids.map(String.init).joined(separator: ",") + "]")])
        try batch.run()
    }
}
