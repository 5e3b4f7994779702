import Foundation

/// Rows shared across the worktrees of one clone. Worktrees hold mostly the same files, so a
/// new worktree's first build copies the rows its siblings' indexes already parsed instead
/// of parsing every file again.
///
/// A row is shared by the file's git blob id. A file's blob id is known without reading it
/// when git's index (`GitIndexFile`) holds the file's exact stat data, not racily: then its
/// bytes are that blob, as `git status` assumes. A refresh that parses many files stores
/// each one's blob id with its row (when the file kept its stamp while it was read); a build
/// from nothing attaches the siblings' index files read-only and copies every row whose
/// folder, name and blob id are this worktree's file's, with this worktree's own stamp. The
/// rest is parsed as always, so freshness holds exactly as for parsed rows: a copied row
/// describes the very bytes this worktree's file holds.
extension IssueIndex {
    /// How many changed files make it worth reading git's index for their blob ids.
    static let blobClaimThreshold = 64

    /// How many sibling indexes a build from nothing looks into, most recently written first.
    static let siblingLimit = 3

    /// Where the project sits in its repository and what git's index says of its issue
    /// folders, as one refresh uses them: each found at most once, when first needed.
    final class GitView {
        private let layout: ProjectLayout
        private var foundRepository: ProjectInRepository??
        private var readIndex: GitIndexFile??

        init(layout: ProjectLayout) {
            self.layout = layout
        }

        /// The project's place in its git repository; nil outside one.
        var repository: ProjectInRepository? {
            if let found = foundRepository { return found }
            let found = ProjectInRepository(layout: layout)
            foundRepository = found
            return found
        }

        /// Git's index of this worktree, both issue folders' files; nil when it cannot be read.
        private var index: GitIndexFile? {
            if let read = readIndex { return read }
            let read = repository.flatMap { repository in
                GitCommonDirectory.gitDirectory(ofWorktree: repository.workTreeRoot).flatMap { gitDirectory in
                    GitIndexFile.read(
                        path: gitDirectory + "/index", folders: IssueState.allCases.map(repository.folder),
                        objectIDLength: GitIndexFile.objectIDLength(commonDirectory: repository.commonDirectory))
                }
            }
            readIndex = read
            return read
        }

        /// The blob id git's index vouches for of each entry of `state`'s folder (nil for one
        /// it does not, or racy in `listing`), or nil when there is no git index to read.
        func blobClaims(_ entries: [DirectoryEntry], state: IssueState, listing: FolderListing) -> [ParsePipeline.BlobClaim?]? {
            guard let repository, let index else { return nil }
            let folder = repository.folder(state)
            return entries.map { entry in
                guard !listing.isRacy(entry), let id = index.objectID(of: entry, in: folder) else { return nil }
                return ParsePipeline.BlobClaim(id: id, stamp: entry)
            }
        }
    }

    /// Attaches, read-only, the indexes of the clone's other worktrees that have this schema
    /// version (at most `siblingLimit`, the most recently written first) and returns their
    /// schema names. Call outside any transaction; a sibling that cannot be used is skipped.
    func attachSiblings(_ git: GitView) -> [String] {
        guard let repository = git.repository else { return [] }
        let candidates = GitCommonDirectory.worktreeRoots(commonDirectory: repository.commonDirectory)
            .map(FileSystem.realPath)
            .filter { $0 != repository.workTreeRoot }
            .map { ProjectLayout(root: repository.projectRoot(inWorktree: $0)) }
            .filter { (try? $0.checkContained()) != nil }
            .compactMap { sibling in IssueIndex.lastWritten(sibling.indexPath).map { (path: sibling.indexPath, written: $0) } }
            .sorted { $0.written > $1.written }
            .prefix(IssueIndex.siblingLimit)
        var attached: [String] = []
        for candidate in candidates {
            let schema = "sibling_\(attached.count)"
            do {
                let attach = try database.prepare("ATTACH ? AS \(schema)")
                try attach.bind([.text(IssueIndex.readOnlyURI(candidate.path))])
                try attach.run()
            } catch {
                continue
            }
            let version = try? database.prepare("PRAGMA \(schema).user_version")
            if let version, (try? version.step()) == true, version.int(0) == Int(IndexSchema.version) {
                attached.append(schema)
            } else {
                try? database.execute("DETACH \(schema)")
            }
        }
        return attached
    }

    /// Detaches what `attachSiblings` attached.
    func detach(_ schemas: [String]) {
        for schema in schemas {
            try? database.execute("DETACH \(schema)")
        }
    }

    /// Copies from the attached `siblings` the rows of the entries with a blob claim whose
    /// folder, name and blob id they share, under this worktree's stamps, with their labels
    /// and blockers (not their text: `texted` is 0). Call in a build from nothing, before
    /// any row of `state` is stored. Returns the names copied.
    func copyShared(_ entries: [DirectoryEntry], claims: [ParsePipeline.BlobClaim?], state: IssueState, from siblings: [String]) throws -> Set<String> {
        try database.execute("""
            CREATE TEMP TABLE IF NOT EXISTS shared_wanted (
                name TEXT PRIMARY KEY, blob TEXT NOT NULL, size INTEGER, mtime INTEGER, inode INTEGER, ctime INTEGER
            ) WITHOUT ROWID;
            DELETE FROM shared_wanted
            """)
        defer { try? database.execute("DROP TABLE IF EXISTS temp.shared_wanted") }
        let wanted = BatchedInsert(
            database, "INSERT INTO shared_wanted (name, blob, size, mtime, inode, ctime)", columns: 6,
            single: try database.prepare("INSERT INTO shared_wanted (name, blob, size, mtime, inode, ctime) VALUES (?, ?, ?, ?, ?, ?)"))
        var count = 0
        for (entry, claim) in zip(entries, claims) {
            guard let claim else { continue }
            try wanted.add([
                .text(entry.name), .text(claim.id), .integer(entry.size), .integer(entry.modified),
                .integer(Int64(bitPattern: entry.inode)), .integer(entry.changed),
            ])
            count += 1
        }
        try wanted.finish()
        var copied: Set<String> = []
        for (offset, sibling) in siblings.enumerated() where copied.count < count {
            let names = try copyRows(state: state, from: sibling)
            copied.formUnion(names)
            if offset < siblings.count - 1, !names.isEmpty {
                let remove = try database.prepare("DELETE FROM shared_wanted WHERE name = ?")
                for name in names {
                    try remove.bind([.text(name)])
                    try remove.run()
                }
            }
        }
        return copied
    }

    /// Copies the rows of `shared_wanted` that `sibling` holds, numbered after the rows
    /// stored so far (the sibling's id plus the largest id), and returns their names.
    private func copyRows(state: IssueState, from sibling: String) throws -> [String] {
        let largest = try database.prepare("SELECT coalesce(max(id), 0) FROM main.files")
        let shift = try largest.step() ? largest.int64(0) : 0
        let fields = IssueIndex.fileColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let copiedFields = fields.drop { $0 != "problem" }.map { "s." + $0 }.joined(separator: ", ")
        let insert = try database.prepare("""
            INSERT INTO main.files (\(IssueIndex.fileColumns))
            SELECT s.id + ?1, ?2, w.name, w.size, w.mtime, w.inode, w.ctime, w.blob, 0, \(copiedFields)
            FROM temp.shared_wanted w JOIN \(sibling).files s ON s.folder = ?2 AND s.name = w.name AND s.blob = w.blob
            """)
        try insert.bind([.integer(shift), .integer(IssueIndex.folder(state))])
        try insert.run()
        // Every row stored so far has an id of at most `shift`.
        let copied = try database.prepare("SELECT name FROM main.files WHERE id > ?")
        try copied.bind([.integer(shift)])
        var names: [String] = []
        try copied.forEachRow { names.append($0.text(0)) }
        guard !names.isEmpty else { return [] }
        try database.execute("""
            INSERT OR IGNORE INTO main.labels (label, file)
                SELECT l.label, f.id FROM main.files f JOIN \(sibling).labels l ON l.file = f.id - \(shift) WHERE f.id > \(shift);
            INSERT INTO main.blockers (file, prefix, number)
                SELECT f.id, b.prefix, b.number FROM main.files f JOIN \(sibling).blockers b ON b.file = f.id - \(shift) WHERE f.id > \(shift)
            """)
        return names
    }

    /// When an index file was last written: the later mtime of the file and its write-ahead log.
    private static func lastWritten(_ path: String) -> Int64? {
        func modified(_ path: String) -> Int64? {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return info.st_mtim.nanoseconds
        }
        guard let file = modified(path) else { return nil }
        return max(file, modified(path + "-wal") ?? file)
    }

    /// An SQLite URI that opens `path` read-only: every byte but unreserved ones and `/`
    /// percent-encoded, so `?`, `#` and `%` in a path stay part of it.
    static func readOnlyURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                uri += String(format: "%%%02X", byte)
            }
        }
        return uri + "?mode=ro"
    }
}
