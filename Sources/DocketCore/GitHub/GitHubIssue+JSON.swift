/// The JSON `gh issue list --json assignees,author,body,closedAt,comments,createdAt,labels,number,state,title,updatedAt`
/// prints, keys in gh's (alphabetical) order.
extension GitHubIssue {
    static let ghFields = "number,title,body,labels,state,assignees,author,createdAt,updatedAt,closedAt,comments"

    var ghJSON: JSONValue {
        func login(_ name: String) -> JSONValue { .object([("login", .string(name))]) }
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return .object([
            ("assignees", .array(assignees.map(login))),
            ("author", author.map(login) ?? .null),
            ("body", .string(body)),
            ("closedAt", optional(closedAt)),
            ("comments", .array(comments.map { comment in
                .object([("author", login(comment.author)), ("body", .string(comment.body)), ("createdAt", .string(comment.createdAt))])
            })),
            ("createdAt", optional(createdAt)),
            ("labels", .array(labels.map { .object([("name", .string($0))]) })),
            ("number", .int(number)),
            ("state", .string(state == .open ? "OPEN" : "CLOSED")),
            ("title", .string(title)),
            ("updatedAt", optional(updatedAt)),
        ])
    }
}
