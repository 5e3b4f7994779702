/// Where one copy of an issue lives: a worktree of the clone (read from its files) or a
/// local or remote-tracking branch (read from its commit, nothing checked out).
struct IssueLocation: Sendable, Equatable {
    enum Kind: String, Sendable {
        case worktree, branch, remote
    }

    var kind: Kind
    /// The worktree's path, or the branch's short name (`fix`, `origin/fix`).
    var name: String
    /// Whether this is the worktree the command runs in.
    var isHere: Bool

    /// How text output names it: `here` for the current worktree, else `name`.
    var label: String { isHere ? "here" : name }
}

/// One issue as one location holds it.
struct IssueCopy: Sendable {
    var issue: Issue
    var location: IssueLocation
}
