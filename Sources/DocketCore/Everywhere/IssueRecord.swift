/// An `Issue`'s fields but its body as one packed record (`PackedStrings`), field for
/// field, for the per-commit cache of what a branch holds. An absent optional is an empty
/// item, a present one is its text after `=`, so `nil` and `""` stay apart. Bodies are
/// kept apart (`RefIssueCache`), so a list never reads them.
enum IssueRecord {
    static func pack(_ issue: Issue) -> String {
        func optional(_ text: String?) -> String { text.map { "=" + $0 } ?? "" }
        return PackedStrings.pack([
            issue.key.prefix ?? "", String(issue.key.number), issue.title, issue.state.rawValue, optional(issue.status),
            issue.priority.text, PackedStrings.pack(issue.labels), optional(issue.assignee), optional(issue.author),
            optional(issue.created), optional(issue.updated), optional(issue.closed), optional(issue.closedReason),
            optional(issue.closedBy), optional(issue.claimed), PackedStrings.pack(issue.blockedBy.map(\.plain)),
            PackedStrings.pack(issue.fields), issue.path,
        ])
    }

    static let fieldCount = 18

    /// The issue a record holds, with `body`; `nil` for a record that is not one (a damaged cache).
    static func unpack(_ record: String, body: String = "") -> Issue? {
        let items = PackedStrings.unpack(record)
        guard items.count == fieldCount, let number = Int(items[1]), let state = IssueState(rawValue: items[3]) else { return nil }
        func optional(_ index: Int) -> String? { items[index].isEmpty ? nil : String(items[index].dropFirst()) }
        return Issue(
            key: IssueKey(prefix: items[0].isEmpty ? nil : items[0], number: number), title: items[2], state: state,
            status: optional(4), priority: Priority(reading: items[5]), labels: PackedStrings.unpack(items[6]),
            assignee: optional(7), author: optional(8), created: optional(9), updated: optional(10), closed: optional(11),
            closedReason: optional(12), closedBy: optional(13), claimed: optional(14),
            blockedBy: PackedStrings.unpack(items[15]).compactMap(IssueKey.init(parsing:)),
            fields: PackedStrings.unpackPairs(items[16]), body: body, path: items[17]
        )
    }
}
