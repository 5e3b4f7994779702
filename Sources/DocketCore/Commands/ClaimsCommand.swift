/// `docket claims`: every claim of the clone (all worktrees), with its holder, worktree,
/// age and state as this worktree sees it.
enum ClaimsCommand: DocketCommand {
    static let spec = CommandSpec(
        "claims",
        abstract: "List every claim of this clone: actor, worktree, age and state.",
        discussion: """
            The state is open, closed (closed in SHA on BRANCH, which this branch does not contain: \\
            the issue is still held) or merged (this branch contains the closing commit).
            """,
        options: [.flag("json", help: "Print a JSON array.")],
        jsonFields: ClaimsCommand.jsonFields
    )

    static let jsonFields = ["key", "id", "title", "actor", "worktree", "since", "age", "state", "closed", "commit", "branch"]

    static func run(_ context: CommandContext) throws -> Int32 {
        let store = try context.store()
        let view = try context.claimView(store)
        let claims = view.claims.values.sorted { $0.key < $1.key }
        if context.json {
            context.printJSON(.array(claims.map { json($0, view: view, store: store, context: context) }))
        } else if claims.isEmpty {
            context.print("No claims.")
        } else {
            for claim in claims {
                let state = view.state(of: claim)
                let described = state == .open ? "open" : (claim.closingDescription ?? "closed") + (state == .merged ? " (merged here)" : "")
                let fields = [
                    claim.key.description, claim.actor, claim.worktree.map(Worktree.name) ?? "",
                    Timestamp.age(of: claim.since, now: context.now), described,
                ]
                context.print(fields.map(TerminalText.field).joined(separator: "\t"))
            }
        }
        return ExitCode.success
    }

    /// A claim as JSON, with its issue's title when this worktree has the issue.
    static func json(_ claim: Claim, view: ClaimView, store: IssueStore, context: CommandContext) -> JSONValue {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return .object([
            ("key", .string(claim.key.plain)), ("id", .int(claim.key.number)),
            ("title", optional(try? store.issue(claim.key).title)),
            ("actor", .string(claim.actor)), ("worktree", optional(claim.worktree)), ("since", .string(claim.since)),
            ("age", .string(Timestamp.age(of: claim.since, now: context.now))), ("state", .string(view.state(of: claim).rawValue)),
            ("closed", optional(claim.closing?.at)), ("commit", optional(claim.closing?.commit)), ("branch", optional(claim.closing?.branch)),
        ])
    }
}
