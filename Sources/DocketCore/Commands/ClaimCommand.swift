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
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let actor = context.actor
        let store = try context.store()
        let key = try store.located(try context.issueKey(context.arguments.positionals[0])).key
        let view = try context.claimView(store)
        let claimed = try ClaimRegistry(layout: store.layout).claim(
            key, as: actor, at: context.timestamp, worktree: Worktree.root(from: store.layout.root), in: store,
            force: context.arguments.flag("force"), isMerged: { view.state(of: $0) == .merged })
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
        discussion: "Releasing an issue nobody holds changes nothing (exit 0). --force also ends a claim closed on another branch.",
        arguments: [ArgumentSpec("ID", help: "The issue to release.")],
        options: [
            .option("as", value: "NAME", help: "Release as NAME."),
            .flag("force", help: "Release someone else's claim."),
            .flag("json", help: "Print the issue as JSON."),
        ],
        jsonFields: Issue.jsonFields + ["result"]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let actor = context.actor
        let store = try context.store()
        let key = try store.located(try context.issueKey(context.arguments.positionals[0])).key
        let outcome = try ClaimRegistry(layout: store.layout).release(key, by: actor, force: context.arguments.flag("force"), at: context.timestamp, in: store)
        if case .nobodyHolds = outcome { context.warn("nobody holds \(key); nothing to do") }
        if context.json {
            let issue: Issue
            if case .released(let released?) = outcome { issue = released } else { issue = try store.issue(key) }
            context.printJSON(IssueTransition.result(issue.json(includeBody: false), outcome.isRelease ? "released" : "unchanged"))
        } else if outcome.isRelease {
            context.print("Released \(key)")
        }
        return ExitCode.success
    }
}
