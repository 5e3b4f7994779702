/// `docket claim`: takes an issue, atomically, across every worktree of a clone.
enum ClaimCommand: DocketCommand {
    static let spec = CommandSpec(
        "claim",
        abstract: "Take an issue: set its assignee, failing if someone else holds it.",
        discussion: """
            The actor is --as, else $DOCKET_ACTOR, else git config user.name followed by @ and the \
            worktree's directory name (alice@feature-x), else $USER. A claim closed on another branch \
            holds the issue until this branch contains the closing commit.
            """,
        arguments: [ArgumentSpec("ID", help: "The issue to claim.")],
        options: [
            .option("as", value: "NAME", help: "Claim for NAME."),
            .flag("force", help: "Take the issue even when someone else holds it or is assigned."),
            .flag("json", help: "Print the claimed issue as JSON."),
        ],
        jsonFields: Issue.jsonFields,
        mcp: ToolSpec(
            "claim", title: "Claim an issue",
            description: "Claim an open issue before starting work on it, so others know it is taken. Fails if someone else holds it.",
            parameters: [
                .argument("ID", as: "id", "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\"."),
                .option("as", "Who claims it; by default the server's actor ($DOCKET_ACTOR, else the git user at the worktree)."),
            ],
            idempotent: true,
            output: .issue, summary: MCPSummary.issue("Claimed"),
            perform: { CommandResult(try claim($0).json(includeBody: false)) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let claimed = try claim(context)
        if context.json {
            context.printJSON(claimed.json(includeBody: false))
        } else {
            context.print("Claimed \(claimed.key) for \(context.actor)")
        }
        return ExitCode.success
    }

    /// Claims the issue for the actor and returns it.
    static func claim(_ context: CommandContext) throws -> Issue {
        let store = try context.store()
        let key = try store.located(context.arguments.keys[0]).key
        let view = try context.claimView(store)
        return try ClaimRegistry(layout: store.layout).claim(
            key, as: context.actor, at: context.timestamp, worktree: Worktree.root(from: store.layout.root), in: store,
            force: context.arguments.flag("force"), isMerged: { view.state(of: $0) == .merged })
    }
}

/// `docket unclaim`: releases an issue.
enum UnclaimCommand: DocketCommand {
    static let spec = CommandSpec(
        "unclaim",
        abstract: "Release a claimed issue (only its holder, unless --force).",
        discussion: "Releasing an issue nobody holds changes nothing (exit 0). --force also ends a claim closed on another branch.",
        arguments: [ArgumentSpec("ID", help: "The issue to release.")],
        options: [
            .option("as", value: "NAME", help: "Release as NAME."),
            .flag("force", help: "Release someone else's claim."),
            .flag("json", help: "Print the issue as JSON."),
        ],
        jsonFields: Issue.jsonFields + ["result"],
        mcp: ToolSpec(
            "unclaim", title: "Release an issue",
            description: "Give back an issue you claimed, when you stop working on it. Fails if someone else holds it; changes nothing if nobody does.",
            parameters: [
                .argument("ID", as: "id", "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\"."),
                .option("as", "Who releases it; by default the server's actor ($DOCKET_ACTOR, else the git user at the worktree)."),
            ],
            idempotent: true,
            output: .issue, summary: MCPSummary.issue("Released"),
            perform: { context in
                let (issue, released) = try release(context)
                return CommandResult(json(issue, released: released))
            }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let (issue, released) = try release(context)
        if !released { context.warn("nobody holds \(issue.key); nothing to do") }
        if context.json {
            context.printJSON(json(issue, released: released))
        } else if released {
            context.print("Released \(issue.key)")
        }
        return ExitCode.success
    }

    /// Releases the issue; the issue as it now is, and whether there was a claim to release.
    static func release(_ context: CommandContext) throws -> (Issue, released: Bool) {
        let store = try context.store()
        let key = try store.located(context.arguments.keys[0]).key
        let outcome = try ClaimRegistry(layout: store.layout).release(key, by: context.actor, force: context.arguments.flag("force"), at: context.timestamp, in: store)
        if case .released(let released?) = outcome { return (released, true) }
        return (try store.issue(key), outcome.isRelease)
    }

    private static func json(_ issue: Issue, released: Bool) -> JSONValue {
        IssueResults.json(issue, result: released ? "released" : "unchanged")
    }
}
