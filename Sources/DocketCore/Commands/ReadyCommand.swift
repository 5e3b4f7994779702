/// `docket ready`: open issues nobody holds and nothing open blocks, most urgent first.
///
/// Nobody holds means: unassigned in this worktree's file, and no claim in the registry
/// keeps it (an open claim from any worktree, or one closed on a branch this HEAD does not
/// contain). On a terminal, what is in progress follows the list.
enum ReadyCommand: DocketCommand {
    static let spec = CommandSpec(
        "ready",
        abstract: "List work that is ready: open, unassigned, with no open blocker (by priority, then age).",
        discussion: "Issues claimed in any worktree are left out, and so are issues closed on a branch this one has not merged yet.",
        options: [
            .option("limit", short: "n", value: "N", type: .count, help: "Show at most N issues."),
            .option("format", value: "TEMPLATE", help: "Render each issue with a Mustache template."),
            .flag("json", help: "Print a JSON array."),
            Everywhere.option,
        ],
        jsonFields: Issue.jsonFields, optionJSONFields: Everywhere.jsonFields,
        mcp: ToolSpec(
            "ready", title: "Issues ready to work on",
            description: "Open issues that nobody has claimed and that no open issue blocks, most urgent first.",
            parameters: [.option("limit", "Return at most this many issues.")],
            readOnly: true, idempotent: true,
            output: .issues(failures: false), summary: MCPSummary.issues { "\($0) ready to work on" },
            perform: { CommandResult(.array(try ready($0).map { $0.json(includeBody: false) })) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.arguments.flag("everywhere") { return try Everywhere.ready(context, limit: context.arguments.count("limit")) }
        let view = try context.claimView(try context.store())
        try IssuePrinter(context: context).printList(try ready(context, view))
        if context.invocation.stdoutIsTerminal, !context.json, context.arguments.value("format") == nil {
            let working = try IssueQuery(context: context).run(Query(state: .open)).filter(view.isInProgress)
            if !working.isEmpty {
                let names = working.map { issue in issue.key.description + (view.worker(of: issue).map { " (\($0))" } ?? "") }
                context.print("\nIn progress (\(working.count)): " + names.joined(separator: ", "))
            }
        }
        return ExitCode.success
    }

    /// The ready issues, most urgent first, at most `--limit` of them.
    static func ready(_ context: CommandContext, _ view: ClaimView? = nil) throws -> [Issue] {
        var issues = try readyIssues(context, try view ?? context.claimView(try context.store()))
        if let limit = context.arguments.count("limit") { issues = Array(issues.prefix(limit)) }
        return issues
    }

    /// The ready issues, most urgent first (priority, then age): ready by this worktree's
    /// files, and kept by no claim of the registry.
    static func readyIssues(_ context: CommandContext, _ view: ClaimView) throws -> [Issue] {
        byPriority(try IssueQuery(context: context).run(Query(readiness: .ready)).filter { view.withholding($0.key) == nil })
    }

    /// `issues` in `Query.Sort.priority`'s order (rank, then creation, then key), stable as
    /// `sorted(by:)` is. Each issue's sort key is taken once and their positions are sorted:
    /// sorting the `Issue` values copied each (a score of references) at every move and
    /// comparison and worked out both ranks at each: about a millisecond for 200 issues.
    static func byPriority(_ issues: [Issue]) -> [Issue] {
        let keys = issues.map { (rank: $0.priority.rank, created: $0.created ?? "", key: $0.key) }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { issues[$0] }
    }
}

/// `docket blocked`: open issues waiting on open blockers, with what blocks each and who, if
/// anyone, is working on it.
enum BlockedCommand: DocketCommand {
    static let spec = CommandSpec(
        "blocked",
        abstract: "List open issues that wait on open blockers, with what blocks each.",
        discussion: "An issue someone is working on says 'in progress' and who.",
        options: [.flag("json", help: "Print a JSON array (each issue with open_blockers and in_progress).")],
        jsonFields: Issue.jsonFields + ["open_blockers", "in_progress"],
        mcp: ToolSpec(
            "blocked", title: "Blocked issues",
            description: "Open issues that wait on open blockers, most urgent first, each with the open issues that block it and whether someone is working on it.",
            parameters: [],
            readOnly: true, idempotent: true,
            output: .issues(failures: false), summary: MCPSummary.issues { "\($0) blocked" },
            perform: { CommandResult(json(try blocked($0))) }
        )
    )

    /// A blocked issue, its open blockers, and who works on it when someone does.
    typealias Entry = (issue: Issue, blockers: [IssueKey], inProgress: Bool, worker: String?)

    static func run(_ context: CommandContext) throws -> Int32 {
        let blocked = try BlockedCommand.blocked(context)
        if context.json {
            context.printJSON(json(blocked))
        } else if blocked.isEmpty {
            context.print("Nothing is blocked.")
        } else {
            for entry in blocked {
                var fields = [entry.issue.key.description, entry.issue.title, "blocked by " + entry.blockers.map(\.description).joined(separator: ", ")]
                if entry.inProgress { fields.append("in progress" + (entry.worker.map { " by \($0)" } ?? "")) }
                context.print(fields.map(TerminalText.field).joined(separator: "\t"))
            }
        }
        return ExitCode.success
    }

    /// The blocked issues, most urgent first.
    static func blocked(_ context: CommandContext) throws -> [Entry] {
        let view = try context.claimView(try context.store())
        let openIssues = try IssueQuery(context: context).run(Query(state: .open))
        let open = Set(openIssues.map(\.key))
        return openIssues.filter { $0.blockedBy.contains(where: open.contains) }.sorted(by: Query.Sort.priority.areInIncreasingOrder)
            .map { ($0, $0.blockedBy.filter(open.contains), view.isInProgress($0), view.worker(of: $0)) }
    }

    /// Each issue's `--json` object with its `open_blockers` and `in_progress`.
    private static func json(_ blocked: [Entry]) -> JSONValue {
        .array(blocked.map { entry in
            guard case .object(var members) = entry.issue.json(includeBody: false) else { return .null }
            members.append(("open_blockers", .array(entry.blockers.map { .string($0.plain) })))
            members.append(("in_progress", .bool(entry.inProgress)))
            return .object(members)
        })
    }
}
