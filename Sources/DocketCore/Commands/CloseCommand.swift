/// `docket close` and `docket reopen`: move issues between `open/` and `closed/`.
///
/// Repeating either is a no-op with a note (exit 0), so hooks and scripts can retry safely.
/// A reason from `CloseReason`'s vocabulary is recorded in its plain form; a duplicate or
/// superseded issue's other issue gets a comment naming it.
enum CloseCommand: DocketCommand {
    static let spec = CommandSpec(
        "close",
        abstract: "Close issues (moves them to closed/).",
        discussion: """
            --reason is completed (the default), not-planned, duplicate-of N or superseded-by N, \
            or any other text as a free-text reason. Issue N gets a comment naming the closed one; \
            in ISSUE-NNN files not-planned sets the status to Won't Fix. A claimed issue stays \
            claimed ("closed in SHA on BRANCH") until the other worktrees' branches contain the commit.
            """,
        arguments: [ArgumentSpec("ID", .requiredVariadic, help: "The issues to close.")],
        options: [
            .option("reason", short: "r", value: "REASON", help: "Why it is closed: completed, not-planned, duplicate-of N, superseded-by N, or text (recorded as closed_reason)."),
            .option("commit", value: "REV", help: "The commit that fixed it (HEAD, a short SHA; recorded as its full SHA in closed_by)."),
            .flag("json", help: "Print the closed issues as JSON."),
        ],
        jsonFields: Issue.jsonFields + ["result"],
        mcp: ToolSpec(
            "close", title: "Close issues",
            description: "Close one or more issues (give id or ids), optionally with a reason and the commit that fixed them. Closing a closed issue changes nothing.",
            parameters: [
                .argument("ID", as: "ids", required: false, "The issues to close."),
                .argument("ID", as: "id", single: true, required: false, "The issue to close, when there is just one."),
                .option("reason", "Why it is closed, in one line (e.g. fixed, duplicate, wontfix)."),
                .option("commit", "The commit that fixed it: a SHA (or HEAD)."),
            ],
            idempotent: true,
            output: .issues(failures: true), summary: MCPSummary.issues { "Closed \($0)" },
            perform: { try close($0).result }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        try close(context).report(context)
    }

    /// Closes each issue.
    static func close(_ context: CommandContext) throws -> IssueResults {
        let text = context.arguments.value("reason").map(\.trimmingSpacesAndNewlines).nonEmpty
        if let text, text.contains(where: \.isNewline) { throw DocketError.usage("the reason must be one line") }
        let reason = try text.map { try CloseReason(parsing: $0) }
        let commit = try context.arguments.value("commit").map { try resolveCommit($0, context) }
        let store = try context.store()
        if let other = reason?.other {
            let target = try store.issue(other).key
            if try context.arguments.positionals.contains(where: { try store.located(try context.issueKey($0)).key == target }) {
                throw DocketError.usage("\(target) cannot be closed as a duplicate of itself")
            }
        }
        let statusWord = reason == .notPlanned ? IssueStatus.wontFix.text : nil
        return try IssueTransition.run(context, to: .closed) { time in
            [.close(at: time, reason: reason?.text, commit: commit, statusWord: statusWord), .updated(time)]
        } after: { closed in
            guard let other = reason?.other, let note = reason?.note(for: closed.key) else { return }
            let section = "\n### Comment by \(context.actor) on \(context.timestamp)\n\n\(note)\n"
            try store.modify(other) { _ in [.updated(context.timestamp), .appendToBody(section)] }
        }
    }

    /// The full SHA `revision` names, as git resolves it in the project's repository; outside
    /// a repository, where nothing can resolve it, a SHA (4 to 64 hex digits) is taken as
    /// given. An unknown revision is a usage error with git's words.
    private static func resolveCommit(_ revision: String, _ context: CommandContext) throws -> String {
        let store = try context.store()
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        guard try git.topLevel() != nil else {
            guard (4...64).contains(revision.count), revision.allSatisfy(\.isHexDigit) else {
                throw DocketError.usage("'\(revision)' is not a commit SHA, and \(store.layout.root) is not in a git repository to resolve it")
            }
            return revision
        }
        do {
            return try git.resolveCommit(revision)
        } catch let error as GitError where error.status != nil {
            throw DocketError.usage("\(context.name(ofOption: "commit")): \(error.message)")
        }
    }
}

/// `docket reopen`.
enum ReopenCommand: DocketCommand {
    static let spec = CommandSpec(
        "reopen",
        abstract: "Reopen closed issues (moves them back to open/).",
        arguments: [ArgumentSpec("ID", .requiredVariadic, help: "The issues to reopen.")],
        options: [.flag("json", help: "Print the reopened issues as JSON.")],
        jsonFields: Issue.jsonFields + ["result"],
        mcp: ToolSpec(
            "reopen", title: "Reopen an issue",
            description: "Reopen a closed issue. Reopening an open issue changes nothing.",
            parameters: [.argument("ID", as: "id", single: true, "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\".")],
            idempotent: true,
            output: .issues(failures: true), summary: MCPSummary.issues { "Reopened \($0)" },
            perform: { try reopen($0).result }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        try reopen(context).report(context)
    }

    /// Reopens each issue.
    static func reopen(_ context: CommandContext) throws -> IssueResults {
        try IssueTransition.run(context, to: .open) { time in [.reopen, .updated(time)] }
    }
}

/// The shared walk over IDs for close and reopen: each ID is done on its own, and any
/// failure makes the exit status 1 once every ID has been tried (see `IssueResults`).
enum IssueTransition {
    /// `after` runs for each issue that was moved (not for one already in `state`).
    static func run(
        _ context: CommandContext, to state: IssueState, changes: (String) -> [IssueChange],
        after: (Issue) throws -> Void = { _ in }
    ) throws -> IssueResults {
        let store = try context.store()
        var results = IssueResults()
        let verb = state == .closed ? "Closed" : "Reopened"
        for key in context.arguments.keys {
            do {
                let (issue, outcome) = try store.transition(key, to: state, changes(context.timestamp))
                if outcome != .unchanged { try after(issue) }
                let line: String?
                switch outcome {
                case .unchanged:
                    context.warn("\(key) is already \(state.rawValue); nothing to do")
                    line = nil
                case .moved: line = "\(verb) \(key) \(issue.path)"
                case .finished: line = "\(verb) \(key) \(issue.path) (finished an earlier \(state == .closed ? "close" : "reopen") that was cut short)"
                }
                results.append(issue, result: outcome == .unchanged ? "unchanged" : state == .closed ? "closed" : "reopened", line: line)
            } catch {
                results.append(key, failure: error)
            }
        }
        return results
    }
}
