import Foundation

/// Between a GitHub issue and a Docket issue file. Comments become the sections
/// `docket comment` writes (`### Comment by LOGIN on TIME`), after the body; the first
/// assignee is the assignee and the others go in the `also_assigned` field.
extension GitHubIssue {
    /// The front matter field that holds every assignee after the first.
    static let otherAssigneesField = "also_assigned"
    /// The front matter field that keeps the GitHub number of an issue `--renumber` filed
    /// under another ID, so importing the same file again finds it.
    static let numberField = "github_number"

    /// The Docket issue to file for this one under `key`; `keepNumber` records the GitHub
    /// number in `github_number` (for an issue filed under another ID).
    func docketIssue(key: IssueKey, keepNumber: Bool) -> Issue {
        var fields: [(key: String, value: String)] = []
        if assignees.count > 1 { fields.append((GitHubIssue.otherAssigneesField, assignees.dropFirst().joined(separator: ", "))) }
        if keepNumber { fields.append((GitHubIssue.numberField, String(number))) }
        var text = body.isEmpty ? "" : body + "\n"
        for comment in comments {
            text += "\n### Comment by \(comment.author) on \(comment.createdAt)\n\n\(comment.body)\n"
        }
        return Issue(
            key: key, title: title, state: state, labels: labels, assignee: assignees.first, author: author,
            created: createdAt, updated: updatedAt, closed: closedAt, fields: fields, body: text,
            path: ""
        )
    }

    /// The GitHub form of a Docket issue: the inverse of `docketIssue`.
    init(_ issue: Issue) {
        number = issue.key.number
        title = issue.title
        state = issue.state
        labels = issue.labels
        let others = issue.fields.first { $0.key == GitHubIssue.otherAssigneesField }?.value ?? ""
        assignees = (issue.assignee.map { [$0] } ?? []) + others.split(separator: ",").map { String($0).trimmingSpacesAndNewlines }.filter { !$0.isEmpty }
        author = issue.author
        createdAt = issue.created
        updatedAt = issue.updated
        closedAt = issue.closed
        let parts = GitHubIssue.split(issue.body)
        body = parts.body
        comments = parts.comments
    }

    /// A body with `docket comment` sections: the text before the first one, and each comment.
    static func split(_ text: String) -> (body: String, comments: [GitHubComment]) {
        var body: [Substring] = []
        var comments: [(heading: (author: String, createdAt: String), lines: [Substring])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let heading = commentHeading(line) {
                comments.append((heading, []))
            } else if comments.isEmpty {
                body.append(line)
            } else {
                comments[comments.count - 1].lines.append(line)
            }
        }
        let join = { (lines: [Substring]) in lines.joined(separator: "\n").trimmingSpacesAndNewlines }
        return (join(body), comments.map { GitHubComment(author: $0.heading.author, body: join($0.lines), createdAt: $0.heading.createdAt) })
    }

    /// `### Comment by NAME on 2026-11-24T10:15:00Z` as its name and time.
    static func commentHeading(_ line: Substring) -> (author: String, createdAt: String)? {
        var line = line
        if line.hasSuffix("\r") { line = line.dropLast() }
        let prefix = "### Comment by "
        guard line.hasPrefix(prefix), let on = line.range(of: " on ", options: .backwards) else { return nil }
        let author = line[line.index(line.startIndex, offsetBy: prefix.count)..<on.lowerBound]
        let time = String(line[on.upperBound...])
        guard !author.isEmpty, Timestamp.parse(time) != nil, !time.contains(" ") else { return nil }
        return (String(author), time)
    }
}
