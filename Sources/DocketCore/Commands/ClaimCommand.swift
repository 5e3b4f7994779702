/// `docket claim`: takes an issue, atomically, across every worktree of a clone.
enum ClaimCommand: DocketCommand {
    static let spec = CommandSpec(
        "claim",
        abstract: "Take an issue: set its assignee, failing if someone else holds it.",
        discussion: "The actor is --as, else $DOCKET_ACTOR, else git config user.name, else $USER.",
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
                .option("as", "Who claims it; by default the server's actor ($DOCKET_ACTOR, git user.name or $USER)."),
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
            context.print("Claimed \(claimed.key) for \(claimed.assignee ?? context.actor)")
        }
        return ExitCode.success
    }

    /// Claims the issue and returns it.
    static func claim(_ context: CommandContext) throws -> Issue {
        let actor = context.arguments.value("as").map(\.trimmingSpacesAndNewlines).nonEmpty ?? context.actor
        let store = try context.store()
        let key = try store.located(context.arguments.keys[0]).key
        return try ClaimRegistry(layout: store.layout).claim(key, as: actor, at: context.timestamp, in: store, force: context.arguments.flag("force"))
    }
}

/// `docket unclaim`: releases an issue.
enum UnclaimCommand: DocketCommand {
    static let spec = CommandSpec(
        "unclaim",
        abstract: "Release a claimed issue (only its holder, unless --force).",
        arguments: [ArgumentSpec("ID", help: "The issue to release.")],
        options: [
            .option("as", value: "NAME", help: "Release as NAME."),
            .flag("force", help: "Release someone else's claim."),
            .flag("json", help: "Print the issue as JSON."),
        ],
        jsonFields: Issue.jsonFields,
        mcp: ToolSpec(
            "unclaim", title: "Release an issue",
            description: "Give back an issue you claimed, when you stop working on it. Fails if someone else holds it.",
            parameters: [
                .argument("ID", as: "id", "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\"."),
                .option("as", "Who releases it; by default the server's actor ($DOCKET_ACTOR, git user.name or $USER)."),
            ],
            idempotent: true,
            output: .issue, summary: MCPSummary.issue("Released"),
            perform: { CommandResult(try release($0).json(includeBody: false)) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let released = try release(context)
        if context.json {
            context.printJSON(released.json(includeBody: false))
        } else {
            context.print("Released \(released.key)")
        }
        return ExitCode.success
    }

    /// Releases the issue and returns it.
    static func release(_ context: CommandContext) throws -> Issue {
        let actor = context.arguments.value("as").map(\.trimmingSpacesAndNewlines).nonEmpty ?? context.actor
        let store = try context.store()
        let key = try store.located(context.arguments.keys[0]).key
        return try ClaimRegistry(layout: store.layout).release(key, by: actor, force: context.arguments.flag("force"), at: context.timestamp, in: store)
    }
}
