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
