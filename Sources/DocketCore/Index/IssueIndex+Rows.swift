/// How an issue becomes a row of `files` (plus its labels and blockers) and a row becomes
/// an `Issue` again, field for field.
extension IssueIndex {
    /// The columns `issue(from:)` reads, in order, for `SELECT … FROM files f`. The index
    /// keeps no bodies in its rows: issues come back with an empty one.
    static let issueColumns = """
        f.folder, f.name, f.prefix, f.number, f.title, f.label_list, f.status,
        f.priority, f.assignee, f.author, f.created, f.updated, f.closed, f.closed_reason, f.closed_by, f.claimed,
        f.blocked_by, f.fields
        """

    /// How many columns `issueColumns` names; a query's own columns come after them.
    static let issueColumnCount = 18

    /// The columns a refresh writes to `files`, in the order of `FileRow.values` after the id
    /// and the stamp.
    static let fileColumns = """
        id, folder, name, size, mtime, inode, ctime, blob, texted, problem, prefix, number, title,
        label_list, status, priority, assignee, assignee_key, author, created, updated,
        closed, closed_reason, closed_by, claimed, blocked_by, fields, status_key, author_key
        """

    /// How many columns `fileColumns` names.
    static let fileColumnCount = 29

    /// Stores one file, the issue it holds or the problem that kept it from being read, under
    /// the next row id of `rows` and returns that id; with `text`, a readable issue's text
    /// joins the full-text index too. The file's row, labels and blockers join `rows`, stored
    /// once the caller finishes them.
    func insert(_ parsed: ParsedFile, state: IssueState, entry: DirectoryEntry, text: Bool, rows: PendingRows) throws -> Int64 {
        let row = parsed.row ?? FileRow(parsed.result)
        let id = rows.nextID
        rows.nextID += 1
        try rows.files.add([
            .integer(id), .integer(IssueIndex.folder(state)), .text(entry.name), .integer(entry.size), .integer(entry.modified),
            .integer(Int64(bitPattern: entry.inode)), .integer(entry.changed), SQLiteValue(parsed.blob), .integer(text ? 1 : 0),
        ], row.values)
        for label in row.labels {
            try rows.labels.add([.text(label), .integer(id)])
        }
        for blocker in row.blockers {
            try rows.blockers.add([.integer(id), blocker.prefix, blocker.number])
        }
        if text, case .success(let issue) = parsed.result { try addText(of: issue, id: id) }
        return id
    }

    /// The rows of the files being stored, written in batches, and the id the next file gets.
    final class PendingRows {
        let files: BatchedInsert
        let labels: BatchedInsert
        let blockers: BatchedInsert
        /// One more than the largest row id in `files` when the batch began: a file stored by
        /// a plain `INSERT` would get the same id.
        var nextID: Int64

        init(files: BatchedInsert, labels: BatchedInsert, blockers: BatchedInsert, nextID: Int64) {
            self.files = files
            self.labels = labels
            self.blockers = blockers
            self.nextID = nextID
        }

        /// Stores the rows still waiting, files first.
        func finish() throws {
            try files.finish()
            try labels.finish()
            try blockers.finish()
        }
    }

    /// Batches for the rows of the files a refresh stores, numbered on from the largest id.
    func pendingRows() throws -> PendingRows {
        let largest = try database.prepare("SELECT coalesce(max(id), 0) FROM files")
        let nextID = try largest.step() ? largest.int64(0) + 1 : 1
        return PendingRows(
            files: BatchedInsert(database, "INSERT INTO files (\(IssueIndex.fileColumns))", columns: IssueIndex.fileColumnCount, single: try statement(.insertFile)),
            labels: BatchedInsert(database, "INSERT OR IGNORE INTO labels (label, file)", columns: 2, single: try statement(.insertLabel)),
            blockers: BatchedInsert(database, "INSERT INTO blockers (file, prefix, number)", columns: 3, single: try statement(.insertBlocker)),
            nextID: nextID
        )
    }

    /// How many files a refresh must store into an empty `files` table before it builds the
    /// indexes afterwards (see `storing(bulk:_:)`).
    static let bulkThreshold = 1_000

    /// Runs `body`, which stores rows. With `bulk` and an empty `files` table (a build from
    /// nothing), the indexes of `files`, `labels` and `blockers` are dropped first and created
    /// again from their own SQL afterwards: SQLite builds an index from its sorted rows far
    /// faster than it inserts the entries one row at a time. Call inside the refresh's
    /// transaction, so no other connection ever sees them missing; `body` must not query.
    func storing(bulk: Bool, _ body: () throws -> Void) throws {
        guard bulk, try !database.prepare("SELECT 1 FROM files LIMIT 1").step() else { return try body() }
        let select = try database.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('files', 'labels', 'blockers') AND sql IS NOT NULL")
        var indexes: [(name: String, sql: String)] = []
        try select.forEachRow { indexes.append((name: $0.text(0), sql: $0.text(1))) }
        for index in indexes {
            try database.execute("DROP INDEX \"\(index.name.replacing("\"", with: "\"\""))\"")
        }
        try body()
        for index in indexes {
            try database.execute(index.sql)
        }
    }

    /// Adds a stored issue's title, body and labels to the full-text index under its row id,
    /// and to `fts_substrings` when they hold a script written without spaces; the caller
    /// marks the row `texted`.
    func addText(of issue: Issue, id: Int64) throws {
        let labels = Query.searchableLabels(of: issue).joined(separator: "\n")
        let values: [SQLiteValue] = [.integer(id), .text(issue.title), .text(issue.body), .text(labels)]
        let insertText = try statement(.insertText)
        try insertText.bind(values)
        try insertText.run()
        guard [issue.title, issue.body, labels].contains(where: Query.hasUnspacedScript) else { return }
        let insertSubstrings = try statement(.insertSubstrings)
        try insertSubstrings.bind(values)
        try insertSubstrings.run()
    }

    /// The issue on the current row of a statement that selected `issueColumns` first.
    func issue(from row: Statement) -> Issue {
        func optional(_ column: Int) -> String? { row.isNull(column) ? nil : row.text(column) }
        let state: IssueState = row.int64(0) == 0 ? .open : .closed
        let name = row.text(1)
        let prefix = row.text(2)
        return Issue(
            key: IssueKey(prefix: prefix.isEmpty ? nil : prefix, number: row.int(3)),
            title: row.text(4),
            state: state,
            status: optional(6),
            priority: Priority(reading: row.text(7)),
            labels: PackedStrings.unpack(row.text(5)),
            assignee: optional(8),
            author: optional(9),
            created: optional(10),
            updated: optional(11),
            closed: optional(12),
            closedReason: optional(13),
            closedBy: optional(14),
            claimed: optional(15),
            blockedBy: PackedStrings.unpack(row.text(16)).compactMap(IssueKey.init(parsing:)),
            fields: PackedStrings.unpackPairs(row.text(17)),
            body: "",
            path: layout.relativePath(state: state, name: name)
        )
    }
}
