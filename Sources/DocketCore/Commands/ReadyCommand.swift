/// `docket ready`: open issues nobody holds and nothing open blocks, most urgent first.
enum ReadyCommand: DocketCommand {
    static let spec = CommandSpec(
        "ready",
        abstract: "List work that is ready: open, unassigned, with no open blocker (by priority, then age).",
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
        try IssuePrinter(context: context).printList(try ready(context))
        return ExitCode.success
    }

    /// The ready issues, most urgent first.
    static func ready(_ context: CommandContext) throws -> [Issue] {
        var issues = try IssueQuery(context: context).run(Query(readiness: .ready), includeBody: false)
        issues.sort(by: Query.Sort.priority.areInIncreasingOrder)
        if let limit = context.arguments.count("limit") { issues = Array(issues.prefix(limit)) }
        return issues
    }
}

/// `docket blocked`: open issues waiting on open blockers, with what blocks each.
enum BlockedCommand: DocketCommand {
    static let spec = CommandSpec(
        "blocked",
        abstract: "List open issues that wait on open blockers, with what blocks each.",
        options: [.flag("json", help: "Print a JSON array (each issue with open_blockers).")],
        jsonFields: Issue.jsonFields + ["open_blockers"],
        mcp: ToolSpec(
            "blocked", title: "Blocked issues",
            description: "Open issues that wait on open blockers, most urgent first, each with the open issues that block it.",
            parameters: [],
            readOnly: true, idempotent: true,
            output: .issues(failures: false), summary: MCPSummary.issues { "\($0) blocked" },
            perform: { CommandResult(json(try blocked($0))) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let blocked = try BlockedCommand.blocked(context)
        if context.json {
            context.printJSON(json(blocked))
        } else if blocked.isEmpty {
            context.print("Nothing is blocked.")
        } else {
            for (issue, blockers) in blocked {
                let names = blockers.map(\.description).joined(separator: ", ")
                context.print([issue.key.description, issue.title, "blocked by \(names)"].map(TerminalText.field).joined(separator: "\t"))
            }
        }
        return ExitCode.success
    }

    /// The blocked issues, most urgent first, each with its open blockers.
    static func blocked(_ context: CommandContext) throws -> [(issue: Issue, blockers: [IssueKey])] {
        let openIssues = try IssueQuery(context: context).run(Query(state: .open), includeBody: false)
        let open = Set(openIssues.map(\.key))
        return openIssues.filter { $0.blockedBy.contains(where: open.contains) }.sorted(by: Query.Sort.priority.areInIncreasingOrder)
            .map { ($0, $0.blockedBy.filter(open.contains)) }
    }

    /// Each issue's `--json` object with its `open_blockers`.
    private static func json(_ blocked: [(issue: Issue, blockers: [IssueKey])]) -> JSONValue {
        .array(blocked.map { issue, blockers in
            guard case .object(var members) = issue.json(includeBody: false) else { return .null }
            members.append(("open_blockers", .array(blockers.map { .string($0.plain) })))
            return .object(members)
        })
    }
}
