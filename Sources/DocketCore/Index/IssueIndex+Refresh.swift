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
    /// - Parameter text: whether the read needs the full-text index: then changed files join
    ///   it as they are parsed, and rows stored earlier without their text get it
    ///   (`fillText`), with a notice when they are many. Otherwise only the fields are
    ///   stored, which is all a list reads.
    @discardableResult
    func refresh(_ states: [IssueState], text: Bool = false) throws -> UnreadableFiles {
        var changed: [(IssueState, FolderListing)] = []
        var restamped: [(IssueState, FolderListing)] = []
        var untexted: [IssueState] = []
        var missingText = 0
        for state in states {
            let listing = try FolderListing(directory: layout.directory(for: state), now: clock())
            let stored = try storedFolder(state)
            if listing.isRacy || stored?.signature != listing.signature {
                changed.append((state, listing))
            } else if let stamp = listing.directoryStamp, stored?.directoryStamp != stamp {
                restamped.append((state, listing))
            }
            if text {
                let missing = try untextedCount(state)
                missingText += missing
                if missing > 0 { untexted.append(state) }
            }
        }
        if let text = pendingNotice {
            // An index built from nothing holds no row yet: every listed file is parsed.
            if changed.reduce(0, { $0 + $1.1.entries.count }) >= IssueIndex.noticeThreshold { notice(text) }
            pendingNotice = nil
        } else if missingText >= IssueIndex.noticeThreshold {
            notice("docket: building the full-text index of \(missingText) issues, once")
        }
        // A build from nothing may copy rows from the clone's other worktrees; their indexes
        // must be attached before the transaction begins.
        let git = GitView(layout: layout)
        var siblings: [String] = []
        if sharesRows, changed.contains(where: { $0.1.entries.count >= IssueIndex.bulkThreshold }), try !database.prepare("SELECT 1 FROM files LIMIT 1").step() {
            siblings = attachSiblings(git)
        }
        defer { detach(siblings) }
        if !changed.isEmpty || !untexted.isEmpty || !restamped.isEmpty {
            // A large write spills fewer pages early with a larger page cache; reads keep the
            // default, so a long list does not hold its pages in memory.
            try database.execute("PRAGMA cache_size = -32768")
            defer { try? database.execute("PRAGMA cache_size = -2000") }
            try database.transaction {
                for (state, listing) in changed {
                    try apply(listing, state: state, text: text, git: git, siblings: siblings)
                }
                for (state, listing) in restamped {
                    try storeDirectoryStamp(listing, state: state)
                }
                for state in untexted {
                    try fillText(state)
                }
            }
        }
        return try unreadable(states)
    }

    /// Applies one folder's listing: the rows of changed and vanished files are deleted (the
    /// trigger takes their text with them), new and changed files parsed and stored (with
    /// their text when `text`), and the listing's signature kept unless some file must be read again.
    /// In a build from nothing, rows the attached `siblings` hold for the same bytes are copied
    /// instead of parsed (see `IssueIndex+SharedRows`).
    private func apply(_ listing: FolderListing, state: IssueState, text: Bool, git: GitView, siblings: [String]) throws {
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
        // In name order, rows and index entries are appended rather than scattered. SQLite
        // orders text by its bytes, and comparing bytes is many times faster than `String`'s
        // Unicode order.
        changed.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        if !deleted.isEmpty {
            let batch = try statement(.deleteFiles)
            try batch.bind([.text("[" + deleted.map(String.init).joined(separator: ",") + "]")])
            try batch.run()
        }
        let directory = layout.directory(for: state)
        var claims = changed.count >= IssueIndex.blobClaimThreshold ? git.blobClaims(changed, state: state, listing: listing) : nil
        var retry = listing.isRacy
        let bulk = stored.isEmpty && changed.count >= IssueIndex.bulkThreshold
        var copied: Set<String> = []
        try storing(bulk: bulk) {
            if bulk, !siblings.isEmpty, let all = claims {
                copied = try copyShared(changed, claims: all, state: state, from: siblings)
                if !copied.isEmpty {
                    let kept = changed.indices.filter { !copied.contains(changed[$0].name) }
                    changed = kept.map { changed[$0] }
                    claims = kept.map { all[$0] }
                }
            }
            let jobs = changed.indices.map { offset in
                let entry = changed[offset]
                return ParsePipeline.Job(
                    directory: directory, name: entry.name, path: layout.relativePath(state: state, name: entry.name), state: state,
                    size: entry.size, wholeText: text, storesRow: true, blob: claims?[offset]
                )
            }
            let rows = try pendingRows()
            try IssueIndex.parseEach(jobs) { offset, parsed in
                var stamp = changed[offset]
                if listing.isRacy(stamp) || parsed.couldNotRead {
                    stamp.modified = IssueIndex.racyModified
                    retry = true
                }
                _ = try insert(parsed, state: state, entry: stamp, text: text, rows: rows)
            }
            try rows.finish()
        }
        // Copied rows come without their text.
        if text, !copied.isEmpty { try fillText(state) }
        let store = try statement(.storeSignature)
        let stamp = retry ? nil : listing.directoryStamp
        try store.bind([
            .integer(IssueIndex.folder(state)), retry ? .null : .integer(listing.signature),
            stamp.map { .integer($0.modified) } ?? .null, stamp.map { .integer($0.changed) } ?? .null,
            stamp.map { .integer(Int64(bitPattern: $0.inode)) } ?? .null,
        ])
        try store.run()
    }

    /// Records the directory stamp of a listing found unchanged, only while the stored
    /// signature is still that listing's (another process may have applied a newer one).
    private func storeDirectoryStamp(_ listing: FolderListing, state: IssueState) throws {
        guard let stamp = listing.directoryStamp else { return }
        let store = try statement(.storeDirectoryStamp)
        try store.bind([
            .integer(IssueIndex.folder(state)), .integer(stamp.modified), .integer(stamp.changed),
            .integer(Int64(bitPattern: stamp.inode)), .integer(listing.signature),
        ])
        try store.run()
    }

    /// What the index keeps about a folder's last listing.
    struct StoredFolder {
        var signature: Int64?
        var directoryStamp: FolderListing.DirectoryStamp?
    }

    func storedFolder(_ state: IssueState) throws -> StoredFolder? {
        let select = try statement(.selectSignature)
        try select.bind([.integer(IssueIndex.folder(state))])
        defer { select.reset() }
        guard try select.step() else { return nil }
        let stamp = select.isNull(1) || select.isNull(2) || select.isNull(3) ? nil : FolderListing.DirectoryStamp(
            modified: select.int64(1), changed: select.int64(2), inode: UInt64(bitPattern: select.int64(3)))
        return StoredFolder(signature: select.isNull(0) ? nil : select.int64(0), directoryStamp: stamp)
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
    static func parseEach(_ jobs: [ParsePipeline.Job], _ body: (Int, ParsedFile) throws -> Void) throws {
        guard jobs.count >= 256 else {
            let reader = IssueFileReader()
            for (offset, job) in jobs.enumerated() {
                try body(offset, reader.parse(job))
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
}
