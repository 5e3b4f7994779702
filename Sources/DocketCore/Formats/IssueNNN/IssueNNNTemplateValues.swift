/// What a new issue says, for filling a bracket-placeholder template.
public struct IssueNNNTemplateValues: Sendable, Equatable {
    /// The prefix to write in the heading; `nil` keeps the template's (see `IssueNNNTemplate.headingPrefix(of:)`).
    public var prefix: String?
    /// The issue number, written zero-padded to three digits.
    public var number: Int
    public var title: String
    /// `critical`, `high`, `medium`, `low`, or free text.
    public var priority: String?
    /// Labels; one that matches a `Type` choice picks it.
    public var labels: [String]
    /// Goes into `Discovered By`.
    public var author: String?
    /// Goes into `Assigned To`; `nil` writes `unassigned`.
    public var assignee: String?
    /// Goes into `Affected Files`, each in backticks, comma-separated.
    public var files: [String]
    /// Explicit field values (`--field "Discovered During=Phase 2"`), keys matched
    /// case-insensitively; they win over everything else. Keys the template lacks are added.
    public var fields: [String: String]
    /// Replaces the first `[placeholder]` paragraph under `## Description`.
    public var body: String?
    /// Today, `YYYY-MM-DD`, for `*Filed:*`.
    public var date: String

    /// The values; only the number, title and date are required.
    public init(
        prefix: String? = nil, number: Int, title: String, priority: String? = nil, labels: [String] = [],
        author: String? = nil, assignee: String? = nil, files: [String] = [], fields: [String: String] = [:],
        body: String? = nil, date: String
    ) {
        self.prefix = prefix
        self.number = number
        self.title = title
        self.priority = priority
        self.labels = labels
        self.author = author
        self.assignee = assignee
        self.files = files
        self.fields = fields
        self.body = body
        self.date = date
    }
}
