/// The SQLite index of a project's issue files: a disposable cache that makes queries and
/// full-text search fast. The files stay the only source of truth; before every read the
/// index is brought in line with the folders the read needs (`refresh(_:)`).
///
/// Not `Sendable`, like the `Database` it wraps. Open it with `IssueIndex.withIndex`, which
/// also rebuilds a missing, damaged or outdated file.
final class IssueIndex {
    let database: Database
    let layout: ProjectLayout
    private var prepared: [Statement?] = Array(repeating: nil, count: Prepared.allCases.count)
    /// The notice of a build from nothing, printed through `notice` once the first refresh
    /// finds at least `IssueIndex.noticeThreshold` files to parse (a build of fewer is too
    /// quick to be worth a line), then cleared.
    var pendingNotice: String?
    /// Where `pendingNotice` goes: a terminal's stderr, or nowhere.
    var notice: (String) -> Void = { _ in }
    /// When a refresh's listings start (ns since the epoch; the kernel's coarse clock): what
    /// is modified later than a tick before it is racy. Tests move it on.
    var clock: () -> Int64 = FolderListing.coarseNow
    /// Whether a build from nothing may copy rows from the clone's other worktrees (see
    /// `IssueIndex+SharedRows`); `reindex`, which promises a build from the files alone, turns it off.
    var sharesRows = true

    /// How many files a build must parse before it says so: about 300 ms of parsing.
    static let noticeThreshold = 2_000

    /// Wraps a connection whose schema is in place.
    init(database: Database, layout: ProjectLayout) {
        self.database = database
        self.layout = layout
    }

    /// The statements used once per file, prepared on first use and reused.
    enum Prepared: Int, CaseIterable {
        case insertFile, insertLabel, insertBlocker, selectStamps, selectSignature, storeSignature, storeDirectoryStamp
        case deleteFiles, insertText, countUntexted, insertSubstrings

        var sql: String {
            switch self {
            case .insertFile:
                return """
                    INSERT INTO files (\(IssueIndex.fileColumns))
                    VALUES (\(Array(repeating: "?", count: IssueIndex.fileColumnCount).joined(separator: ", ")))
                    """
            case .insertLabel: return "INSERT OR IGNORE INTO labels (label, file) VALUES (?, ?)"
            case .insertBlocker: return "INSERT INTO blockers (file, prefix, number) VALUES (?, ?, ?)"
            case .deleteFiles: return "DELETE FROM files WHERE id IN (SELECT value FROM json_each(?))"
            case .insertText: return "INSERT INTO fts (rowid, title, body, labels) VALUES (?, ?, ?, ?)"
            case .insertSubstrings: return "INSERT INTO fts_substrings (rowid, title, body, labels) VALUES (?, ?, ?, ?)"
            case .countUntexted:
                return "SELECT count(*) FROM files INDEXED BY files_untexted WHERE folder = ? AND texted = 0 AND problem IS NULL"
            case .selectStamps: return "SELECT id, name, size, mtime, inode, ctime FROM files WHERE folder = ?"
            case .selectSignature:
                return "SELECT signature, directory_mtime, directory_ctime, directory_inode FROM folders WHERE folder = ?"
            case .storeSignature:
                return """
                    INSERT OR REPLACE INTO folders (folder, signature, directory_mtime, directory_ctime, directory_inode)
                    VALUES (?, ?, ?, ?, ?)
                    """
            case .storeDirectoryStamp:
                return "UPDATE folders SET directory_mtime = ?2, directory_ctime = ?3, directory_inode = ?4 WHERE folder = ?1 AND signature = ?5"
            }
        }
    }

    /// One of the reusable statements.
    func statement(_ which: Prepared) throws -> Statement {
        if let statement = prepared[which.rawValue] { return statement }
        let statement = try database.prepare(which.sql)
        prepared[which.rawValue] = statement
        return statement
    }

    /// The folder number stored for a state.
    static func folder(_ state: IssueState) -> Int64 {
        state == .open ? 0 : 1
    }

    /// The files in `states`' folders that could not be read, as of the last refresh: the
    /// first few by path, and how many.
    func unreadable(_ states: [IssueState]) throws -> UnreadableFiles {
        let folders = states.map { String(IssueIndex.folder($0)) }.joined(separator: ", ")
        let condition = "WHERE problem IS NOT NULL AND folder IN (\(folders))"
        let count = try database.prepare("SELECT count(*) FROM files \(condition)")
        guard try count.step(), count.int(0) > 0 else { return UnreadableFiles(first: [], count: 0) }
        // `closed/` sorts before `open/`, as their paths do.
        let first = try database.prepare("SELECT problem FROM files \(condition) ORDER BY folder DESC, name LIMIT \(UnreadableFiles.named)")
        var headlines: [String] = []
        try first.forEachRow { headlines.append($0.text(0)) }
        return UnreadableFiles(first: headlines, count: count.int(0))
    }

    /// How many readable issues the index holds.
    func issueCount() throws -> Int {
        let statement = try database.prepare("SELECT count(*) FROM files WHERE problem IS NULL")
        return try statement.step() ? statement.int(0) : 0
    }
}
