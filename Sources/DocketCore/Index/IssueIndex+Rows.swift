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

    /// Stores one file, the issue it holds or the problem that kept it from being read, and
    /// returns its row id; with `text`, a readable issue's text joins the full-text index too.
    /// Its labels and blockers join `rows`, stored once the caller finishes them.
    func insert(_ parsed: Result<Issue, Diagnostic>, state: IssueState, entry: DirectoryEntry, text: Bool, rows: RelatedRows) throws -> Int64 {
        var values: [SQLiteValue] = [
            .integer(IssueIndex.folder(state)), .text(entry.name), .integer(entry.size), .integer(entry.modified),
            .integer(Int64(bitPattern: entry.inode)), .integer(entry.changed), .integer(text ? 1 : 0),
        ]
        let issue: Issue
        switch parsed {
        case .failure(let problem):
            values.append(.text(problem.headline))
            values += Array(repeating: SQLiteValue.null, count: 19)
            let insert = try statement(.insertFile)
            try insert.bind(values)
            try insert.run()
            return database.lastInsertRowID
        case .success(let value):
            issue = value
        }
        values += [
            .null, .text(issue.key.prefix ?? ""), .integer(Int64(issue.key.number)), .text(issue.title),
            .text(PackedStrings.pack(issue.labels)), SQLiteValue(issue.status),
            .text(issue.priority.text), SQLiteValue(issue.assignee), SQLiteValue(issue.assignee.map(Query.assigneeKey)),
            SQLiteValue(issue.author), SQLiteValue(issue.created), SQLiteValue(issue.updated), SQLiteValue(issue.closed),
            SQLiteValue(issue.closedReason), SQLiteValue(issue.closedBy), SQLiteValue(issue.claimed),
            .text(PackedStrings.pack(issue.blockedBy.map(\.plain))), .text(PackedStrings.pack(issue.fields)),
            .text(Query.statusKey(of: issue)), SQLiteValue(issue.author.map(Query.assigneeKey)),
        ]
        let insert = try statement(.insertFile)
        try insert.bind(values)
        try insert.run()
        let id = database.lastInsertRowID
        for label in issue.labels {
            try rows.labels.add([.text(Query.normalized(label)), .integer(id)])
        }
        for key in issue.blockedBy {
            try rows.blockers.add([.integer(id), .text(key.prefix ?? ""), .integer(Int64(key.number))])
        }
        if text { try addText(of: issue, id: id) }
        return id
    }

    /// The label and blocker rows of the files being stored, written in batches.
    struct RelatedRows {
        let labels: BatchedInsert
        let blockers: BatchedInsert

        /// Stores the rows still waiting.
        func finish() throws {
            try labels.finish()
            try blockers.finish()
        }
    }

    /// Batches for the label and blocker rows of the files a refresh stores.
    func relatedRows() throws -> RelatedRows {
        RelatedRows(
            labels: BatchedInsert(database, "INSERT OR IGNORE INTO labels (label, file)", columns: 2, single: try statement(.insertLabel)),
            blockers: BatchedInsert(database, "INSERT INTO blockers (file, prefix, number)", columns: 3, single: try statement(.insertBlocker))
        )
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
