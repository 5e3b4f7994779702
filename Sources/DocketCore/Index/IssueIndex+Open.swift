import Foundation

/// Opening the index: it is never required and never trusted blindly. A missing, empty,
/// damaged or outdated file is rebuilt (with one line on stderr), and when SQLite cannot be
/// used at all (a read-only checkout, a full disk, a lock held too long) readers fall back
/// to the files.
extension IssueIndex {
    /// What to do when the index cannot be used.
    enum Unavailable {
        /// Return nil, so the caller reads the files instead.
        case fallBack
        /// Throw a `DocketError` that says why.
        case fail
    }

    /// Runs `body` with the project's index, opened in WAL mode with a busy timeout so that
    /// concurrent docket processes wait for each other instead of failing.
    ///
    /// A file SQLite reports as corrupt (at opening or at any later statement) is deleted
    /// and rebuilt once, and `body` runs again; `body` must therefore print nothing itself.
    /// - Parameter fresh: start from an empty file, deleting the old one. A process still
    ///   using the old file keeps reading (and writing) that one, which is harmless for a cache.
    /// - Parameter notice: where the notice that a missing index is being built goes (see
    ///   `IssueIndex.pendingNotice`); problems with an existing file go to `warn`.
    /// - Returns: `body`'s result, or nil when the index is unavailable and `unavailable` is `.fallBack`.
    static func withIndex<Result>(
        _ layout: ProjectLayout, warn: (String) -> Void, notice: @escaping (String) -> Void = { _ in },
        unavailable: Unavailable = .fallBack, fresh: Bool = false, _ body: (IssueIndex) throws -> Result
    ) throws -> Result? {
        var announce = !fresh
        for attempt in 0..<2 {
            do {
                try layout.prepareCacheDirectory()
                if fresh, attempt == 0 { removeFiles(layout) }
                let index = try open(layout, warn: announce ? warn : { _ in })
                if announce { index.notice = notice } else { index.pendingNotice = nil }
                return try body(index)
            } catch let error as SQLiteError where error.isCorrupt && attempt == 0 {
                warn("docket: the index \(layout.relative(layout.indexPath)) is damaged (\(error.message)); rebuilding it from the issue files")
                removeFiles(layout)
                announce = false
            } catch let error as SQLiteError {
                return try unusable(layout, error.message, unavailable)
            } catch let error as SystemError where error.path.hasPrefix(layout.cacheDirectory) {
                return try unusable(layout, String(describing: error), unavailable)
            }
        }
        return try unusable(layout, "it stays damaged after a rebuild", unavailable)
    }

    private static func unusable<Result>(_ layout: ProjectLayout, _ reason: String, _ unavailable: Unavailable) throws -> Result? {
        switch unavailable {
        case .fallBack: return nil
        case .fail: throw DocketError.failure("cannot use the index \(layout.relative(layout.indexPath)): \(reason)")
        }
    }

    /// Opens the file and brings its schema to the current version, announcing a rebuild.
    private static func open(_ layout: ProjectLayout, warn: (String) -> Void) throws -> IssueIndex {
        let path = layout.indexPath
        let existed = FileSystem.exists(path)
        let database = try Database(path: path)
        try database.enableWAL()
        // A rebuild's write-ahead log is as large as the index; it is cut back once checkpointed.
        try database.execute("PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 4194304")
        let version = try database.userVersion()
        var pendingNotice: String?
        if version != IndexSchema.version {
            let isEmpty = try !hasTables(database)
            // Another process may have rebuilt it while this one waited for the lock.
            let rebuilt = try database.transaction { () -> Bool in
                guard try database.userVersion() != IndexSchema.version else { return false }
                try IndexSchema.recreate(in: database)
                return true
            }
            if rebuilt {
                let name = layout.relative(path)
                if !existed {
                    pendingNotice = "docket: building the index \(name) from the issue files"
                } else if isEmpty {
                    warn("docket: the index \(name) was empty; rebuilding it from the issue files")
                } else {
                    warn("docket: the index \(name) has schema version \(version), not \(IndexSchema.version); rebuilding it from the issue files")
                }
            }
        }
        let index = IssueIndex(database: database, layout: layout)
        index.pendingNotice = pendingNotice
        return index
    }

    /// Whether the file holds any table (a zero-length file holds none).
    private static func hasTables(_ database: Database) throws -> Bool {
        let count = try database.prepare("SELECT count(*) FROM sqlite_master")
        defer { count.reset() }
        return try count.step() && count.int(0) > 0
    }

    /// Deletes the index and its WAL files; best effort.
    private static func removeFiles(_ layout: ProjectLayout) {
        for suffix in ["", "-wal", "-shm"] {
            unlink(layout.indexPath + suffix)
        }
    }
}
