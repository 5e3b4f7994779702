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
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let actor = context.arguments.value("as").map(\.trimmingSpacesAndNewlines).nonEmpty ?? context.actor
        let store = try context.store()
        let key = try store.located(try context.issueKey(context.arguments.positionals[0])).key
        let claimed = try ClaimRegistry(layout: store.layout).claim(
            key, as: actor, at: context.timestamp, in: store, force: context.arguments.flag("force"))
        if context.json {
            context.printJSON(claimed.json(includeBody: false))
        } else {
            context.print("Claimed \(key) for \(actor)")
        }
        return ExitCode.success
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
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let actor = context.arguments.value("as").map(\.trimmingSpacesAndNewlines).nonEmpty ?? context.actor
        let store = try context.store()
        let key = try store.located(try context.issueKey(context.arguments.positionals[0])).key
        let released = try ClaimRegistry(layout: store.layout).release(key, by: actor, force: context.arguments.flag("force"), at: context.timestamp, in: store)
        if context.json {
            context.printJSON(released.json(includeBody: false))
        } else {
            context.print("Released \(key)")
        }
        return ExitCode.success
    }
}
