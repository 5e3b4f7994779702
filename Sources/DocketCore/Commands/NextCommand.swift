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
        jsonFields: Issue.jsonFields + ["result"],
        mcp: ToolSpec(
            "next", title: "The next issue to work on",
            description: "The most urgent ready issue (priority, then age). With claim, claims it in the same step; when another agent wins the race, claims the next candidate instead. The issue is null when nothing is ready.",
            parameters: [
                .option("claim", "Claim the issue as well (moving on to the next if someone else takes it first)."),
                .option("as", "Who claims it; by default the server's actor ($DOCKET_ACTOR, else the git user at the worktree)."),
            ],
            output: .object([("issue", .object([("anyOf", .array([
                ToolOutput.objectSchema((Issue.jsonFields + ["result"]).map { ($0, OutputField.schema(of: $0)) }),
                .object([("type", .string("null"))]),
            ]))]))]),
            summary: { value in
                guard let issue = value["issue"], issue != .null else { return "Nothing is ready." }
                let verb = issue["result"]?.stringValue == "claimed" ? "Claimed" : "Next:"
                return "\(verb) \(issue["key"]?.stringValue ?? "") \(issue["title"]?.stringValue ?? "")"
            },
            perform: { context in
                let (issue, result) = try next(context)
                return CommandResult(.object([("issue", issue.map { IssueResults.json($0, result: result) } ?? .null)]))
            }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let (issue, result) = try next(context)
        report(issue, result: result, context)
        return ExitCode.success
    }

    /// The best ready issue and whether it is only `ready` or now `claimed`; `nil` when
    /// nothing is ready (or every candidate was taken first).
    static func next(_ context: CommandContext) throws -> (Issue?, result: String) {
        let store = try context.store()
        let view = try context.claimView(store)
        let candidates = try ReadyCommand.readyIssues(context, view)
        guard context.arguments.flag("claim") else { return (candidates.first, "ready") }
        let registry = ClaimRegistry(layout: store.layout)
        for candidate in candidates {
            do {
                let claimed = try registry.claim(
                    candidate.key, as: context.actor, at: context.timestamp, worktree: Worktree.root(from: store.layout.root), in: store,
                    isMerged: { view.state(of: $0) == .merged })
                return (claimed, "claimed")
            } catch DocketError.conflict(let message) {
                if !context.json { context.warn("\(message); trying the next") }
            }
        }
        return (nil, "")
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
