/// Reading issues out of the index: filtered lists and ranked full-text search.
extension IssueIndex {
    /// One search result: the issue, and a snippet of text around the match when the
    /// search had words to match.
    struct Hit {
        var issue: Issue
        var snippet: String?
    }

    /// The issues `query` selects, in key order, without their bodies; `defaultState` applies
    /// when it names no state.
    func issues(matching query: Query, defaultState: Query.State) throws -> [Issue] {
        let condition = query.sqlCondition(defaultState: defaultState)
        let statement = try database.prepare(
            "SELECT \(IssueIndex.issueColumns) FROM files f \(condition.indexHint) WHERE \(condition.sql) ORDER BY f.prefix, f.number")
        try statement.bind(condition.bindings)
        var issues: [Issue] = []
        try statement.forEachRow { issues.append(issue(from: $0)) }
        return issues
    }

    /// A ranked search: at most `limit` hits and how many there are in all. With words to
    /// match, results carry a snippet marked with `highlight`, and `sort:relevance` (the
    /// default then) ranks by BM25 with title matches weighted above label and body matches;
    /// otherwise the query's sort applies. Issues come without their bodies.
    ///
    /// When the only words are matched as substrings (`日本`, see `Query+Substring`),
    /// relevance puts the issues whose title holds more of them first, as `FallbackRanking`
    /// does, and the snippet is a `SubstringSnippet`.
    ///
    /// The hits are ranked first and their snippets made after, for the hits shown only: a
    /// word in most issues then costs one snippet per hit shown, not per match.
    func search(_ query: Query, defaultState: Query.State, limit: Int?, highlight: (start: String, end: String)) throws -> (hits: [Hit], total: Int) {
        let required = query.fullTextMatch.required
        let condition = query.sqlCondition(defaultState: defaultState, textFilter: false)
        var from = required == nil ? "FROM files f WHERE " : "FROM fts JOIN files f ON f.id = fts.rowid WHERE fts MATCH ? AND "
        from += condition.sql
        let bindings = (required.map { [SQLiteValue.text($0)] } ?? []) + condition.bindings
        let substrings = SubstringSnippet(query)
        var sql = "SELECT \(IssueIndex.issueColumns), f.id \(from) ORDER BY "
        var orderBindings: [SQLiteValue] = []
        if required == nil, !substrings.needles.isEmpty, query.sort == nil || query.sort == .relevance {
            sql += "(" + substrings.needles.map { _ in "(f.title LIKE ? ESCAPE '\\')" }.joined(separator: " + ") + ") DESC, "
            orderBindings = substrings.needles.map { .text(Query.likePattern(containing: $0)) }
        }
        sql += IssueIndex.order(query.sort, ranked: required != nil)
        if limit != nil { sql += " LIMIT ?" }
        let ranked = try database.prepare(sql)
        try ranked.bind(bindings + orderBindings + (limit.map { [SQLiteValue.integer(Int64($0))] } ?? []))
        var issues: [(issue: Issue, id: Int64)] = []
        try ranked.forEachRow { row in issues.append((issue(from: row), row.int64(IssueIndex.issueColumnCount))) }
        var total = issues.count
        if let limit, total == limit {
            let count = try database.prepare("SELECT count(*) \(from)")
            try count.bind(bindings)
            total = try count.step() ? count.int(0) : total
        }
        guard let required else {
            guard !substrings.needles.isEmpty else { return (issues.map { Hit(issue: $0.issue, snippet: nil) }, total) }
            return (try substringHits(issues, substrings, highlight: highlight), total)
        }
        // FTS5's snippet only for bodies short enough; longer ones come back whole for
        // `LongTextSnippet` (SQLite evaluates only the CASE branch taken).
        let snippets = try database.prepare("""
            SELECT CASE WHEN length(body) <= ?1 THEN snippet(fts, -1, ?2, ?3, '…', \(LongTextSnippet.tokens)) END,
                CASE WHEN length(body) > ?1 THEN body END
            FROM fts WHERE fts MATCH ?4 AND rowid = ?5
            """)
        let long = LongTextSnippet(query)
        let threshold = SQLiteValue.integer(Int64(LongTextSnippet.threshold))
        let hits = try issues.map { issue, id in
            try snippets.bind([threshold, .text(highlight.start), .text(highlight.end), .text(required), .integer(id)])
            defer { snippets.reset() }
            guard try snippets.step() else { return Hit(issue: issue, snippet: nil) }
            let snippet = snippets.isNull(1)
                ? snippets.text(0)
                : long.snippet(title: issue.title, body: snippets.text(1), labels: issue.labels, highlight: highlight)
            return Hit(issue: issue, snippet: snippet)
        }
        return (hits, total)
    }

    /// The hits of a search whose only words are substrings, with their `SubstringSnippet`s
    /// (every such hit has a row in `fts_substrings`).
    private func substringHits(_ issues: [(issue: Issue, id: Int64)], _ snippet: SubstringSnippet, highlight: (start: String, end: String)) throws -> [Hit] {
        let texts = try database.prepare("SELECT title, body, labels FROM fts_substrings WHERE rowid = ?")
        return try issues.map { issue, id in
            try texts.bind([.integer(id)])
            defer { texts.reset() }
            guard try texts.step() else { return Hit(issue: issue, snippet: nil) }
            return Hit(issue: issue, snippet: snippet.snippet(title: texts.text(0), body: texts.text(1), labels: texts.text(2), highlight: highlight))
        }
    }

    /// The `ORDER BY` for a sort, matching `Query.Sort.areInIncreasingOrder` (a missing date sorts as empty text,
    /// ties go by key). Relevance needs a full-text match; without one it is by key.
    static func order(_ sort: Query.Sort?, ranked: Bool) -> String {
        orderTerms(sort, ranked: ranked).map { $0.expression + ($0.descending ? " DESC" : "") }.joined(separator: ", ")
    }

    /// The terms of `order(_:ranked:)`, each with its direction, so an order can be reversed.
    static func orderTerms(_ sort: Query.Sort?, ranked: Bool) -> [(expression: String, descending: Bool)] {
        let key = [(expression: "f.prefix", descending: false), (expression: "f.number", descending: false)]
        switch sort {
        case .createdAscending: return [("coalesce(f.created, '')", false)] + key
        case .createdDescending: return [("coalesce(f.created, '')", true)] + key
        case .updatedAscending: return [("coalesce(f.updated, '')", false)] + key
        case .updatedDescending: return [("coalesce(f.updated, '')", true)] + key
        case .priority:
            let rank = Priority.levels.enumerated().map { "WHEN '\($0.element)' THEN \($0.offset)" }.joined(separator: " ")
            return [("CASE f.priority \(rank) ELSE \(Priority.levels.count) END", false), ("coalesce(f.created, '')", false)] + key
        case .id: return key
        case .relevance, nil: return ranked ? [("bm25(fts, 10.0, 1.0, 4.0)", false)] + key : key
        }
    }
}
