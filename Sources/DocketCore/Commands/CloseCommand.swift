/// `docket close` and `docket reopen`: move issues between `open/` and `closed/`.
///
/// Repeating either is a no-op with a note (exit 0), so hooks and scripts can retry safely.
enum CloseCommand: DocketCommand {
    static let spec = CommandSpec(
        "close",
        abstract: "Close issues (moves them to closed/).",
        arguments: [ArgumentSpec("ID", .requiredVariadic, help: "The issues to close.")],
        options: [
            .option("reason", short: "r", value: "REASON", help: "Why it is closed (recorded as closed_reason)."),
            .option("commit", value: "SHA", help: "The commit that fixed it (recorded as closed_by)."),
            .flag("json", help: "Print the closed issues as JSON."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let reason = context.arguments.value("reason").map(\.trimmingSpacesAndNewlines).nonEmpty
        if let reason, reason.contains(where: \.isNewline) { throw DocketError.usage("the reason must be one line") }
        let commit = context.arguments.value("commit")
        if let commit, !(4...64).contains(commit.count) || !commit.allSatisfy(\.isHexDigit) {
            throw DocketError.usage("'\(commit)' is not a commit SHA")
        }
        return try IssueTransition.run(context, to: .closed) { time in
            [.close(at: time, reason: reason, commit: commit), .updated(time)]
        }
    }
}

/// `docket reopen`.
enum ReopenCommand: DocketCommand {
    static let spec = CommandSpec(
        "reopen",
        abstract: "Reopen closed issues (moves them back to open/).",
        arguments: [ArgumentSpec("ID", .requiredVariadic, help: "The issues to reopen.")],
        options: [.flag("json", help: "Print the reopened issues as JSON.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        try IssueTransition.run(context, to: .open) { time in [.reopen, .updated(time)] }
    }
}

/// The shared walk over IDs for close and reopen.
enum IssueTransition {
    static func run(_ context: CommandContext, to state: IssueState, changes: (String) -> [IssueChange]) throws -> Int32 {
        let keys = try context.arguments.positionals.map { try context.issueKey($0) }
        let store = try context.store()
        var failed = false
        var moved: [Issue] = []
        for key in keys {
            do {
                let issue = try store.issue(key)
                guard issue.state != state else {
                    context.warn("\(key) is already \(state.rawValue); nothing to do")
                    moved.append(issue)
                    continue
                }
                let result = try store.move(issue, to: state, changes(context.timestamp))
                if state == .closed { ClaimRegistry(layout: store.layout).forget(key) }
                moved.append(result)
                if !context.json { context.print("\(state == .closed ? "Closed" : "Reopened") \(key) \(result.path)") }
            } catch let error as DocketError where !context.json {
                context.warn("docket: \(error.message)")
                failed = true
            }
        }
        if context.json { context.printJSON(.array(moved.map { $0.json(includeBody: false) })) }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
