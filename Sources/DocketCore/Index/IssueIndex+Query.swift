/// Reading issues out of the index: filtered lists and ranked full-text search.
extension IssueIndex {
    /// One search result: the issue, and a snippet of text around the match when the
    /// search had words to match.
    struct Hit {
        var issue: Issue
        var snippet: String?
    }

    /// The issues `query` selects, in key order; `defaultState` applies when it names no state.
    func issues(matching query: Query, defaultState: Query.State, includeBody: Bool = true) throws -> [Issue] {
        let condition = query.sqlCondition(defaultState: defaultState)
        let statement = try database.prepare(
            "SELECT \(IssueIndex.issueColumns(includeBody: includeBody)) FROM files f \(condition.indexHint) WHERE \(condition.sql) ORDER BY f.prefix, f.number")
        try statement.bind(condition.bindings)
        var issues: [Issue] = []
        try statement.forEachRow { issues.append(issue(from: $0)) }
        return issues
    }

    /// A ranked search. With words to match, results carry a snippet marked with
    /// `highlight`, and `sort:relevance` (the default then) ranks by BM25 with title matches
    /// weighted above label and body matches; otherwise the query's sort applies. Issues
    /// come without their bodies.
    func search(_ query: Query, defaultState: Query.State, limit: Int?, highlight: (start: String, end: String)) throws -> [Hit] {
        let required = query.fullTextMatch.required
        let condition = query.sqlCondition(defaultState: defaultState, textFilter: false)
        var sql = "SELECT \(IssueIndex.issueColumns(includeBody: false))"
        var bindings: [SQLiteValue] = []
        if let required {
            // FTS5's snippet only for bodies short enough; longer ones come back whole for
            // `LongTextSnippet` (SQLite evaluates only the CASE branch taken).
            sql += """
                , CASE WHEN length(f.body) <= ? THEN snippet(fts, -1, ?, ?, '…', \(LongTextSnippet.tokens)) END,
                CASE WHEN length(f.body) > ? THEN f.body END
                FROM fts JOIN files f ON f.id = fts.rowid WHERE fts MATCH ? AND\u{20}
                """
            let threshold = SQLiteValue.integer(Int64(LongTextSnippet.threshold))
            bindings = [threshold, .text(highlight.start), .text(highlight.end), threshold, .text(required)]
        } else {
            sql += " FROM files f WHERE "
        }
        sql += condition.sql + " ORDER BY " + IssueIndex.order(query.sort, ranked: required != nil)
        bindings += condition.bindings
        if let limit {
            sql += " LIMIT ?"
            bindings.append(.integer(Int64(limit)))
        }
        let statement = try database.prepare(sql)
        try statement.bind(bindings)
        var hits: [Hit] = []
        let long = LongTextSnippet(query)
        try statement.forEachRow { row in
            let hit = issue(from: row)
            var snippet: String?
            if required != nil {
                let column = IssueIndex.issueColumnCount
                snippet = row.isNull(column + 1)
                    ? row.text(column)
                    : long.snippet(title: hit.title, body: row.text(column + 1), labels: hit.labels, highlight: highlight)
            }
            hits.append(Hit(issue: hit, snippet: snippet))
        }
        return hits
    }

    /// The `ORDER BY` for a sort, matching `Query.Sort.areInIncreasingOrder` (a missing date sorts as empty text,
    /// ties go by key). Relevance needs a full-text match; without one it is by key.
    static func order(_ sort: Query.Sort?, ranked: Bool) -> String {
        let key = "f.prefix, f.number"
        switch sort {
        case .createdAscending: return "coalesce(f.created, ''), " + key
        case .createdDescending: return "coalesce(f.created, '') DESC, " + key
        case .updatedAscending: return "coalesce(f.updated, ''), " + key
        case .updatedDescending: return "coalesce(f.updated, '') DESC, " + key
        case .priority:
            let rank = Priority.levels.enumerated().map { "WHEN '\($0.element)' THEN \($0.offset)" }.joined(separator: " ")
            return "CASE f.priority \(rank) ELSE \(Priority.levels.count) END, coalesce(f.created, ''), " + key
        case .id: return key
        case .relevance, nil: return ranked ? "bm25(fts, 10.0, 1.0, 4.0), " + key : key
        }
    }
}
