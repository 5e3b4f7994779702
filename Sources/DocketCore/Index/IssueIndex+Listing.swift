/// A list streamed from the index: rows in the order asked for, each read for the few
/// columns a tab-separated list prints, with no `Issue` built and none held (a list of
/// 100,000 issues then costs what printing them costs).
extension IssueIndex {
    /// The columns `forEachListRow` selects, in order.
    enum ListColumn: Int {
        case folder, prefix, number, priority, title, labels, assignee, created
    }

    /// Calls `body` on each row `query` selects (`defaultState` when it names no state), in
    /// `sort` order or its reverse, at most `limit` rows; ties and duplicate IDs go by file name.
    func forEachListRow(
        _ query: Query, defaultState: Query.State, sort: Query.Sort, reverse: Bool, limit: Int?, _ body: (Statement) throws -> Void
    ) throws {
        let condition = query.sqlCondition(defaultState: defaultState)
        var terms = IssueIndex.orderTerms(sort, ranked: false) + [(expression: "f.name", descending: false)]
        if reverse { terms = terms.map { ($0.expression, !$0.descending) } }
        let order = terms.map { $0.expression + ($0.descending ? " DESC" : "") }.joined(separator: ", ")
        let statement = try database.prepare("""
            SELECT f.folder, f.prefix, f.number, f.priority, f.title, f.label_list, f.assignee, f.created
            FROM files f \(condition.indexHint) WHERE \(condition.sql) ORDER BY \(order)\(limit == nil ? "" : " LIMIT ?")
            """)
        try statement.bind(condition.bindings + (limit.map { [SQLiteValue.integer(Int64($0))] } ?? []))
        try statement.forEachRow(body)
    }
}
