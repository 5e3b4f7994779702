/// `docket next`: the most urgent ready issue (priority, then age), and with `--claim` a
/// claim on it in the same step.
///
/// When another agent wins the race for a candidate, `--claim` moves on to the next one,
/// so an agent never loops on a lost claim. Nothing ready prints "Nothing is ready." (JSON
/// `null`) and exits 0.
enum NextCommand: DocketCommand {
    static let spec = CommandSpec(
        "next",
        abstract: "Show the most urgent ready issue; with --claim, claim it (moving on if someone else wins).",
        options: [
            .flag("claim", help: "Claim the issue; if another agent takes it first, claim the next one."),
            .option("as", value: "NAME", help: "Claim for NAME."),
            .flag("json", help: "Print the issue as JSON (null when nothing is ready)."),
        ],
        jsonFields: Issue.jsonFields + ["result"]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let store = try context.store()
        let view = try context.claimView(store)
        let candidates = try ReadyCommand.readyIssues(context, view)
        guard context.arguments.flag("claim") else {
            report(candidates.first, result: "ready", context)
            return ExitCode.success
        }
        let actor = context.actor
        let registry = ClaimRegistry(layout: store.layout)
        for candidate in candidates {
            do {
                let claimed = try registry.claim(
                    candidate.key, as: actor, at: context.timestamp, worktree: Worktree.root(from: store.layout.root), in: store,
                    isMerged: { view.state(of: $0) == .merged })
                report(claimed, result: "claimed", context)
                return ExitCode.success
            } catch DocketError.conflict(let message) {
                if !context.json { context.warn("\(message); trying the next") }
            }
        }
        report(nil, result: "", context)
        return ExitCode.success
    }

    private static func report(_ issue: Issue?, result: String, _ context: CommandContext) {
        guard let issue else {
            if context.json { context.printJSON(.null) } else { context.print("Nothing is ready.") }
            return
        }
        if context.json {
            context.printJSON(IssueResults.json(issue, result: result))
        } else {
            let verb = result == "claimed" ? "Claimed " : ""
            context.print([verb + issue.key.description, issue.priority.text, issue.title].map(TerminalText.field).joined(separator: "\t"))
        }
    }
}
