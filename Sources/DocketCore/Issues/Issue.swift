/// Whether an issue is open or closed; the folder it sits in decides.
public enum IssueState: String, Sendable, CaseIterable {
    case open, closed
}

/// One issue as read from its Markdown file.
public struct Issue: Sendable {
    public var key: IssueKey
    public var title: String
    public var state: IssueState
    /// What the file's own `status` says, when it says anything (the folder still wins).
    public var status: String?
    public var priority: Priority
    public var labels: [String]
    public var assignee: String?
    public var author: String?
    public var created: String?
    public var updated: String?
    public var closed: String?
    public var closedReason: String?
    public var closedBy: String?
    public var claimed: String?
    public var blockedBy: [IssueKey]
    /// Other keys, in file order: unknown front matter keys, or the dialect's extra bold fields.
    public var fields: [(key: String, value: String)]
    public var body: String
    /// The file's path relative to the project root, e.g. `.project/issues/open/0012-crash.md`.
    public var path: String

    public init(
        key: IssueKey, title: String, state: IssueState, status: String? = nil,
        priority: Priority = .medium, labels: [String] = [], assignee: String? = nil, author: String? = nil,
        created: String? = nil, updated: String? = nil, closed: String? = nil,
        closedReason: String? = nil, closedBy: String? = nil, claimed: String? = nil,
        blockedBy: [IssueKey] = [], fields: [(key: String, value: String)] = [], body: String = "", path: String
    ) {
        self.key = key
        self.title = title
        self.state = state
        self.status = status
        self.priority = priority
        self.labels = labels
        self.assignee = assignee
        self.author = author
        self.created = created
        self.updated = updated
        self.closed = closed
        self.closedReason = closedReason
        self.closedBy = closedBy
        self.claimed = claimed
        self.blockedBy = blockedBy
        self.fields = fields
        self.body = body
        self.path = path
    }
}
