/// One GitHub issue as `gh issue list --json` or the REST API describe it, keeping only
/// what Docket carries over: the fields both import and export speak.
struct GitHubIssue: Sendable, Equatable {
    var number: Int
    var title: String
    /// Trimmed of surrounding blank space, as `docket comment` trims a comment.
    var body: String
    var labels: [String]
    var state: IssueState
    var assignees: [String]
    var author: String?
    var createdAt: String?
    var updatedAt: String?
    var closedAt: String?
    var comments: [GitHubComment]
}

/// A comment on a GitHub issue: who wrote it, when, and what it says.
struct GitHubComment: Sendable, Equatable {
    var author: String
    var body: String
    var createdAt: String
}
