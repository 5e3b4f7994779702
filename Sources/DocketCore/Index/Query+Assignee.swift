extension Query {
    /// The form in which a status compares with `status:VALUE`: read as the dialect reads a
    /// `**Status**` (case, `-`/`_` for spaces and curly apostrophes do not matter), lower-cased.
    /// An issue whose file names no status has its state's (`open`, `closed`).
    static func statusKey(of issue: Issue) -> String {
        statusKey(issue.status ?? issue.state.rawValue)
    }

    /// `statusKey(of:)` for a typed value.
    static func statusKey(_ status: String) -> String {
        normalized(IssueStatus(reading: status).text)
    }

    /// The form in which a stored assignee compares with `assignee:NAME`: `normalized`, with a
    /// parenthesised note after a one-word name dropped, so `dana (pairing with ops)` is `dana`.
    static func assigneeKey(_ assignee: String) -> String {
        let value = Substring(assignee).trimmingSpaces
        guard let space = value.firstIndex(of: " ") else { return normalized(value) }
        let note = value[space...].trimmingSpaces
        guard note.hasPrefix("("), note.hasSuffix(")") else { return normalized(value) }
        return normalized(String(value[..<space]))
    }
}

extension Query {
    /// The status key that means work has started.
    static let inProgressStatusKey = normalized(IssueStatus.inProgress.text)

    /// Whether `issue` is being worked on: claimed, or its status says `In Progress`.
    static func isInProgress(_ issue: Issue) -> Bool {
        issue.claimed != nil || statusKey(of: issue) == inProgressStatusKey
    }

    /// The query with `@me` in `assignee:`, `-assignee:` and `author:` read as `actor`.
    func resolvingMe(as actor: @autoclosure () -> String) -> Query {
        let mentions = (assignees + authors).joined().contains { Query.normalized($0) == "@me" }
            || excludedAssignees.contains { Query.normalized($0) == "@me" }
        guard mentions else { return self }
        let me = actor()
        let resolve: (String) -> String = { Query.normalized($0) == "@me" ? me : $0 }
        var query = self
        query.assignees = assignees.map { $0.map(resolve) }
        query.excludedAssignees = excludedAssignees.map(resolve)
        query.authors = authors.map { $0.map(resolve) }
        return query
    }
}
