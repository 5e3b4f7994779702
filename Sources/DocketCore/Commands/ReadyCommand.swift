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
            .option("limit", short: "n", value: "N", help: "Show at most N issues."),
            .option("format", value: "TEMPLATE", help: "Render each issue with a Mustache template."),
            .flag("json", help: "Print a JSON array."),
        ],
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let store = try context.store()
        let view = try context.claimView(store)
        var issues = try readyIssues(context, view)
        if let limit = try context.arguments.integer("limit") { issues = Array(issues.prefix(limit)) }
        try IssuePrinter(context: context).printList(issues)
        if context.invocation.stdoutIsTerminal, !context.json, context.arguments.value("format") == nil {
            let working = try IssueQuery(context: context).run(Query(state: .open), includeBody: false).filter(view.isInProgress)
            if !working.isEmpty {
                let names = working.map { issue in issue.key.description + (view.worker(of: issue).map { " (\($0))" } ?? "") }
                context.print("\nIn progress (\(working.count)): " + names.joined(separator: ", "))
            }
        }
        return ExitCode.success
    }

    /// The ready issues, most urgent first (priority, then age): ready by this worktree's
    /// files, and kept by no claim of the registry.
    static func readyIssues(_ context: CommandContext, _ view: ClaimView) throws -> [Issue] {
        try IssueQuery(context: context).run(Query(readiness: .ready), includeBody: false)
            .filter { view.withholding($0.key) == nil }
            .sorted(by: Query.Sort.priority.areInIncreasingOrder)
    }
}

/// `docket blocked`: open issues waiting on open blockers, with what blocks each.
enum BlockedCommand: DocketCommand {
    static let spec = CommandSpec(
        "blocked",
        abstract: "List open issues that wait on open blockers, with what blocks each.",
        discussion: "An issue someone is working on says 'in progress' and who.",
        options: [.flag("json", help: "Print a JSON array (each issue with open_blockers and in_progress).")],
        jsonFields: Issue.jsonFields + ["open_blockers", "in_progress"]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let view = try context.claimView(try context.store())
        let openIssues = try IssueQuery(context: context).run(Query(state: .open), includeBody: false)
        let open = Set(openIssues.map(\.key))
        let blocked = openIssues.filter { $0.blockedBy.contains(where: open.contains) }.sorted(by: Query.Sort.priority.areInIncreasingOrder)
        if context.json {
            context.printJSON(.array(blocked.map { issue in
                guard case .object(var members) = issue.json(includeBody: false) else { return .null }
                members.append(("open_blockers", .array(issue.blockedBy.filter(open.contains).map { .string($0.plain) })))
                members.append(("in_progress", .bool(view.isInProgress(issue))))
                return .object(members)
            }))
        } else if blocked.isEmpty {
            context.print("Nothing is blocked.")
        } else {
            for issue in blocked {
                let blockers = issue.blockedBy.filter(open.contains).map(\.description).joined(separator: ", ")
                var fields = [issue.key.description, issue.title, "blocked by \(blockers)"]
                if view.isInProgress(issue) { fields.append("in progress" + (view.worker(of: issue).map { " by \($0)" } ?? "")) }
                context.print(fields.map(TerminalText.field).joined(separator: "\t"))
            }
        }
        return ExitCode.success
    }
}
