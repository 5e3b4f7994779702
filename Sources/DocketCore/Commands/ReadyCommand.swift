/// `docket ready`: open issues nobody holds and nothing open blocks, most urgent first.
enum ReadyCommand: DocketCommand {
    static let spec = CommandSpec(
        "ready",
        abstract: "List work that is ready: open, unassigned, with no open blocker (by priority, then age).",
        options: [
            .option("limit", short: "n", value: "N", help: "Show at most N issues."),
            .option("format", value: "TEMPLATE", help: "Render each issue with a Mustache template."),
            .flag("json", help: "Print a JSON array."),
        ],
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        var issues = try IssueQuery(context: context).run(Query(readiness: .ready))
        issues.sort(by: Query.Sort.priority.areInIncreasingOrder)
        if let limit = try context.arguments.integer("limit") { issues = Array(issues.prefix(limit)) }
        try IssuePrinter(context: context).printList(issues)
        return ExitCode.success
    }
}

/// `docket blocked`: open issues waiting on open blockers, with what blocks each.
enum BlockedCommand: DocketCommand {
    static let spec = CommandSpec(
        "blocked",
        abstract: "List open issues that wait on open blockers, with what blocks each.",
        options: [.flag("json", help: "Print a JSON array (each issue with open_blockers).")],
        jsonFields: Issue.jsonFields + ["open_blockers"]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let openIssues = try IssueQuery(context: context).run(Query(state: .open))
        let open = Set(openIssues.map(\.key))
        let blocked = openIssues.filter { $0.blockedBy.contains(where: open.contains) }.sorted(by: Query.Sort.priority.areInIncreasingOrder)
        if context.json {
            context.printJSON(.array(blocked.map { issue in
                guard case .object(var members) = issue.json(includeBody: false) else { return .null }
                members.append(("open_blockers", .array(issue.blockedBy.filter(open.contains).map { .string($0.plain) })))
                return .object(members)
            }))
        } else if blocked.isEmpty {
            context.print("Nothing is blocked.")
        } else {
            for issue in blocked {
                let blockers = issue.blockedBy.filter(open.contains).map(\.description).joined(separator: ", ")
                context.print([issue.key.description, issue.title, "blocked by \(blockers)"].map(TerminalText.field).joined(separator: "\t"))
            }
        }
        return ExitCode.success
    }
}
