/// `list`'s tab-separated lines (as `IssuePrinter` prints them) streamed from the index
/// row by row (`IssueIndex.forEachListRow`), for the common case of a list piped to
/// another program: no `Issue` is built and none is held, so memory stays flat however
/// long the list.
enum ListLines {
    /// Prints the lines of the issues `query` selects and returns `true`; `false`, having
    /// printed nothing, when the index cannot be used (the caller lists from the files).
    static func print(_ context: CommandContext, _ query: Query, sort: Query.Sort, reverse: Bool, limit: Int?) throws -> Bool {
        guard !query.matchesNothing else { return true }
        let query = query.resolvingMe(as: context.actor)
        let reporter = IssueQuery(context: context)
        let printed = try IssueIndex.withIndex(try context.layout(), warn: context.warn, notice: context.notice) { index in
            reporter.reportBroken(try index.refresh(IssueQuery.folders(for: query, defaultState: .open), text: query.needsFullText))
            var out = OutputBytes(context.stdout)
            do {
                try index.forEachListRow(query, defaultState: .open, sort: sort, reverse: reverse, limit: limit) { append($0, to: &out) }
            } catch let error as SQLiteError {
                // Lines already written must not be written again by a retry on a rebuilt index.
                guard out.hasWritten else { throw error }
                out.flush()
                throw DocketError.failure("the index failed in the middle of the list: \(error.message)")
            }
            out.flush()
            return true
        }
        return printed ?? false
    }

    /// One line: key, state, priority, title, labels, assignee, created.
    private static func append(_ row: Statement, to out: inout OutputBytes) {
        typealias Column = IssueIndex.ListColumn
        let number = row.int(Column.number.rawValue)
        let prefix = row.text(Column.prefix.rawValue)
        if prefix.isEmpty {
            out.append(number)
        } else {
            out.append(IssueKey(prefix: prefix, number: number).plain, escapedAs: .field)
        }
        out.appendTab()
        out.append(row.int64(Column.folder.rawValue) == 0 ? IssueState.open.rawValue : IssueState.closed.rawValue)
        field(row, .priority, to: &out)
        field(row, .title, to: &out)
        out.appendTab()
        row.withUTF8(Column.labels.rawValue) { packed in
            var first = true
            PackedStrings.forEachItem(in: packed) { label in
                if !first { out.append(",") }
                first = false
                out.append(utf8: label, escapedAs: .field)
            }
        }
        field(row, .assignee, to: &out)
        field(row, .created, to: &out)
        out.endLine()
    }

    /// A tab, then the column's text escaped as a field.
    private static func field(_ row: Statement, _ column: IssueIndex.ListColumn, to out: inout OutputBytes) {
        out.appendTab()
        row.withUTF8(column.rawValue) { out.append(utf8: $0, escapedAs: .field) }
    }
}
