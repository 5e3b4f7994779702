/// Compiles a query's filters to SQL over `files AS f`. Every value is a bound parameter;
/// the SQL text holds only placeholders. The result selects exactly what `matches(_:isOpen:)`
/// accepts for every filter but free text, which goes through FTS5 (`fullTextMatch`, and
/// `fts_substrings` for words of scripts written without spaces).
extension Query {
    /// A condition for a `WHERE` clause and the values for its `?` placeholders, in order.
    struct SQLCondition {
        var sql: String
        var bindings: [SQLiteValue]
        /// `INDEXED BY …` to put after `files f` when the condition selects only rows of a
        /// partial index (`files_ready` for `is:ready`), else empty.
        var indexHint = ""
    }

    /// The condition; `state` stands in for the query's own when it names none.
    /// - Parameter textFilter: whether to filter by the free-text terms here; a ranked
    ///   search matches its required `unicode61` terms itself and passes `false` (substring
    ///   terms are always filtered here).
    func sqlCondition(defaultState: State, textFilter: Bool = true) -> SQLCondition {
        var builder = SQLConditionBuilder()
        builder.add("f.problem IS NULL")
        switch state ?? defaultState {
        case .open: builder.add("f.folder = 0")
        case .closed: builder.add("f.folder = 1")
        case .all: break
        }
        for group in labels {
            builder.add("f.id IN (SELECT file FROM labels WHERE label IN (%))", group.map(Query.normalized))
        }
        if !excludedLabels.isEmpty {
            builder.add("f.id NOT IN (SELECT file FROM labels WHERE label IN (%))", excludedLabels.map(Query.normalized))
        }
        if requiresNoLabel { builder.add("f.id NOT IN (SELECT file FROM labels)") }
        for group in assignees {
            builder.add("f.assignee_key IN (%)", group.map(Query.normalized))
        }
        if !excludedAssignees.isEmpty {
            builder.add("f.assignee_key IS NULL OR f.assignee_key NOT IN (%)", excludedAssignees.map(Query.normalized))
        }
        if requiresNoAssignee { builder.add("f.assignee IS NULL") }
        for group in authors {
            builder.add("f.author_key IN (%)", group.map(Query.normalized))
        }
        if inProgress {
            builder.add("f.folder = 0 AND (f.claimed IS NOT NULL OR f.status_key = ?)", [.text(Query.inProgressStatusKey)])
        }
        for group in priorities {
            builder.add("f.priority IN (%)", group.map(\.text))
        }
        if !excludedPriorities.isEmpty {
            builder.add("f.priority NOT IN (%)", excludedPriorities.map(\.text))
        }
        for group in statuses {
            builder.add("f.status_key IN (%)", group.map(Query.statusKey))
        }
        for group in ids {
            builder.addKeys(group, "%", prefix: "f.prefix", number: "f.number")
        }
        for group in blockedBy {
            builder.addKeys(group, "EXISTS (SELECT 1 FROM blockers b WHERE b.file = f.id AND %)", prefix: "b.prefix", number: "b.number")
        }
        builder.addRange(created, column: "f.created")
        builder.addRange(updated, column: "f.updated")
        builder.addRange(closed, column: "f.closed")
        if let readiness {
            let openBlocker = """
                EXISTS (SELECT 1 FROM blockers b JOIN files o ON o.prefix = b.prefix AND o.number = b.number
                    WHERE b.file = f.id AND o.folder = 0 AND o.problem IS NULL)
                """
            switch readiness {
            // Names every term of `files_ready`'s WHERE, which `INDEXED BY` needs.
            case .ready: builder.add("f.folder = 0 AND f.problem IS NULL AND f.assignee IS NULL AND NOT \(openBlocker)")
            case .blocked: builder.add("f.folder = 0 AND \(openBlocker)")
            }
        }
        if textFilter, let required = fullTextMatch.required {
            builder.add("f.id IN (SELECT rowid FROM fts WHERE fts MATCH ?)", [.text(required)])
        }
        if let excluded = fullTextMatch.excluded {
            builder.add("f.id NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)", [.text(excluded)])
        }
        for term in substringTerms {
            let rows = Query.substringRowCondition(term.text)
            builder.add((term.isExcluded ? "f.id NOT IN" : "f.id IN") + " (SELECT rowid FROM fts_substrings WHERE \(rows.sql))", rows.bindings)
        }
        return SQLCondition(
            sql: builder.parts.joined(separator: " AND "), bindings: builder.bindings,
            indexHint: readiness == .ready ? "INDEXED BY files_ready" : ""
        )
    }
}

/// Collects the parts of a condition and their bindings.
private struct SQLConditionBuilder {
    var parts: [String] = []
    var bindings: [SQLiteValue] = []

    mutating func add(_ sql: String, _ values: [SQLiteValue] = []) {
        parts.append("(" + sql + ")")
        bindings += values
    }

    /// Adds `sql` with its `%` replaced by one placeholder per value: `label IN (?, ?)`.
    mutating func add(_ sql: String, _ values: [String]) {
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        add(sql.replacing("%", with: placeholders), values.map { SQLiteValue.text($0) })
    }

    /// Adds `sql` with its `%` replaced by a test that the key in the two columns is any
    /// of `refs`, read as `IssueKey`s. A ref that names no possible issue (`id:0`) matches
    /// nothing, as in memory.
    mutating func addKeys(_ refs: [Query.IssueRef], _ sql: String, prefix: String, number: String) {
        let keys = refs.compactMap { IssueKey(parsing: $0.raw) }
        let test = keys.isEmpty ? "0" : keys.map { _ in "(\(prefix) = ? AND \(number) = ?)" }.joined(separator: " OR ")
        add(sql.replacing("%", with: test), keys.flatMap { [SQLiteValue.text($0.prefix ?? ""), .integer(Int64($0.number))] })
    }

    mutating func addRange(_ range: Query.DateRange?, column: String) {
        guard let range else { return }
        // A missing date is outside every range, as NULL fails both comparisons.
        add("\(column) IS NOT NULL")
        let value = Query.sqlComparable(column)
        if let start = range.start { add("\(value) >= ?", [.text(start)]) }
        if let end = range.end { add("\(value) < ?", [.text(end)]) }
    }
}
