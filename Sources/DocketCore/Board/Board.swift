import Foundation

/// The issues of a project sorted into a board's columns: Ready (open, unassigned, no open
/// blocker), In progress (open and claimed), Blocked (an open issue blocks it) and Closed
/// recently (closed in the last `recentDays` days, newest first). A blocked issue is in
/// Blocked even when claimed; an open issue assigned by hand but not claimed is in none.
struct Board {
    /// One column: its title and its issues, in the order shown.
    struct Column {
        var title: String
        /// The key in `--json` output.
        var name: String
        var issues: [Issue]
    }

    static let recentDays = 14

    var columns: [Column]

    init(open: [Issue], closed: [Issue], now: Date) {
        let openKeys = Set(open.map(\.key))
        let byPriority = open.sorted(by: Query.Sort.priority.areInIncreasingOrder)
        let isBlocked = { (issue: Issue) in issue.blockedBy.contains(where: openKeys.contains) }
        let since = now.addingTimeInterval(-Double(Board.recentDays) * 86_400)
        let recent = closed
            .compactMap { issue in Timestamp.parse(issue.closed ?? issue.updated ?? "").map { (issue, $0) } }
            .filter { $0.1 >= since }
            .sorted { ($0.1, $1.0.key) > ($1.1, $0.0.key) }
            .map { $0.0 }
        columns = [
            Column(title: "Ready", name: "ready", issues: byPriority.filter { !isBlocked($0) && $0.claimed == nil && $0.assignee == nil }),
            Column(title: "In progress", name: "in_progress", issues: byPriority.filter { !isBlocked($0) && $0.claimed != nil }),
            Column(title: "Blocked", name: "blocked", issues: byPriority.filter(isBlocked)),
            Column(title: "Closed recently", name: "closed_recently", issues: recent),
        ]
    }

    var json: JSONValue {
        .object(columns.map { (key: $0.name, value: .array($0.issues.map { $0.json(includeBody: false) })) })
    }
}
