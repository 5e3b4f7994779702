/// The documented `--json` form of an issue; templates (`--format`) render against it too.
extension Issue {
    /// The keys of `json(includeBody: false)`, in its order (`body` follows when included).
    public static let jsonFields = [
        "id", "key", "prefix", "title", "state", "status", "priority", "labels", "assignee", "author", "created", "updated",
        "closed", "closed_reason", "closed_by", "claimed", "blocked_by", "fields", "path",
    ]

    public func json(includeBody: Bool) -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        var members: [(key: String, value: JSONValue)] = [
            ("id", .int(key.number)),
            ("key", .string(key.plain)),
            ("prefix", optional(key.prefix)),
            ("title", .string(title)),
            ("state", .string(state.rawValue)),
            ("status", optional(status)),
            ("priority", .string(priority.text)),
            ("labels", .array(labels.map(JSONValue.string))),
            ("assignee", optional(assignee)),
            ("author", optional(author)),
            ("created", optional(created)),
            ("updated", optional(updated)),
            ("closed", optional(closed)),
            ("closed_reason", optional(closedReason)),
            ("closed_by", optional(closedBy)),
            ("claimed", optional(claimed)),
            ("blocked_by", .array(blockedBy.map { JSONValue.string($0.plain) })),
            ("fields", .object(fields.map { (key: $0.key, value: JSONValue.string($0.value)) })),
            ("path", .string(path)),
        ]
        if includeBody { members.append(("body", .string(body))) }
        return .object(members)
    }
}
