/// What a refresh stores of one parsed file, worked out on the parser thread (see
/// `ParsePipeline`) so that the thread that writes the index only binds values: the
/// columns of its `files` row from `problem` on, and its label and blocker rows but for
/// the file's id, which only the writer knows.
struct FileRow: Sendable {
    /// One blocker row but its file id.
    struct Blocker: Sendable {
        var prefix: SQLiteValue
        var number: SQLiteValue
    }

    /// `problem` through `author_key`, in `IssueIndex.fileColumns` order.
    var values: [SQLiteValue]
    /// The labels as the `labels` table keeps them (normalized).
    var labels: [String]
    var blockers: [Blocker]

    /// The row of a file that parsed as `parsed`.
    init(_ parsed: Result<Issue, Diagnostic>) {
        switch parsed {
        case .failure(let problem):
            values = [.text(problem.headline)] + Array(repeating: SQLiteValue.null, count: 19)
            labels = []
            blockers = []
        case .success(let issue):
            values = [
                .null, .text(issue.key.prefix ?? ""), .integer(Int64(issue.key.number)), .text(issue.title),
                .text(PackedStrings.pack(issue.labels)), SQLiteValue(issue.status),
                .text(issue.priority.text), SQLiteValue(issue.assignee), SQLiteValue(issue.assignee.map(Query.assigneeKey)),
                SQLiteValue(issue.author), SQLiteValue(issue.created), SQLiteValue(issue.updated), SQLiteValue(issue.closed),
                SQLiteValue(issue.closedReason), SQLiteValue(issue.closedBy), SQLiteValue(issue.claimed),
                .text(PackedStrings.pack(issue.blockedBy.map(\.plain))), .text(PackedStrings.pack(issue.fields)),
                .text(Query.statusKey(of: issue)), SQLiteValue(issue.author.map(Query.assigneeKey)),
            ]
            labels = issue.labels.map(Query.normalized)
            blockers = issue.blockedBy.map { Blocker(prefix: .text($0.prefix ?? ""), number: .integer(Int64($0.number))) }
        }
    }
}
