/// `docket list`: issues filtered by state, label, assignee and priority.
enum ListCommand: DocketCommand {
    static let spec = CommandSpec(
        "list",
        aliases: ["ls"],
        abstract: "List issues (open ones by default).",
        discussion: "QUERY uses the search syntax (label:bug -label:wontfix assignee:alice is:closed ...); the flags are shortcuts for it.",
        arguments: [ArgumentSpec("QUERY", .variadic, help: "Optional query terms and qualifiers.")],
        options: [
            .option("state", short: "s", value: "STATE", choices: Query.State.allCases.map(\.rawValue), help: "Which issues; open by default."),
            .option("label", short: "l", value: "LABEL", repeatable: true, completion: .labels, help: "Only issues with this label; repeat to require several."),
            .option("assignee", short: "a", value: "NAME", help: "Only issues assigned to NAME."),
            .option("priority", short: "p", value: "PRIORITY", choices: Priority.levels, help: "Only issues of this priority (comma-separated for any of several)."),
            .option("sort", value: "ORDER", choices: Query.Sort.allCases.map(\.rawValue), help: "The order, as sort: in a query; id by default."),
            .flag("reverse", short: "r", help: "Reverse the order."),
            .option("limit", short: "n", value: "N", type: .count, help: "Show at most N issues."),
            .option("format", value: "TEMPLATE", help: "Render each issue with a Mustache template (context as in --json)."),
            .flag("no-pager", help: "On a terminal, print without a pager even when the list is longer than the screen."),
            .flag("json", help: "Print a JSON array."),
            Everywhere.option,
        ],
        jsonFields: Issue.jsonFields, optionJSONFields: Everywhere.jsonFields,
        mcp: ToolSpec(
            "list", title: "List issues",
            description: "List issues, open ones by default, filtered by a query in Docket's search syntax and by state and labels.",
            parameters: [
                .argument("QUERY", as: "query", single: true, "Words to match and qualifiers, e.g. \"crash label:bug -label:wontfix assignee:alice priority:high is:closed\"."),
                .option("state", "Which issues; open when omitted."),
                .option("label", as: "labels", "Only issues that have every one of these labels."),
                .option("assignee", "Only issues assigned to this name."),
                .option("priority", "Only issues of this priority."),
                .option("sort", "The order; id when omitted."),
                .option("limit", "Return at most this many issues."),
                .option("everywhere", "Read every worktree and local or remote-tracking branch of the clone: each issue then has its locations, and collisions and issues closed elsewhere are flagged."),
            ],
            readOnly: true, idempotent: true,
            output: .issues(failures: false), summary: MCPSummary.issues { "Found \($0)" },
            perform: { context in
                guard context.arguments.flag("everywhere") else { return CommandResult(.array(try issues(context).map { $0.json(includeBody: false) })) }
                let (query, sort) = try selection(context)
                let found = try Everywhere.listed(context, query, sort: sort, reverse: false, limit: context.arguments.count("limit"))
                return CommandResult(.array(found.map { $0.json(includeBody: false) }))
            }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        try context.paged(always: false) { context in
            if context.arguments.flag("everywhere") {
                let (query, sort) = try selection(context)
                return try Everywhere.list(context, query, sort: sort, reverse: context.arguments.flag("reverse"), limit: context.arguments.count("limit"))
            }
            if !context.json, context.arguments.value("format") == nil, !context.invocation.stdoutIsTerminal {
                let (query, sort) = try selection(context)
                let arguments = context.arguments
                if try ListLines.print(context, query, sort: sort, reverse: arguments.flag("reverse"), limit: arguments.count("limit")) {
                    return ExitCode.success
                }
            }
            try IssuePrinter(context: context).printList(try issues(context))
            return ExitCode.success
        }
    }

    /// The issues the query and options select, in the order asked for.
    static func issues(_ context: CommandContext) throws -> [Issue] {
        let (query, sort) = try selection(context)
        var issues = try IssueQuery(context: context).run(query)
        issues.sort(by: sort.areInIncreasingOrder)
        if context.arguments.flag("reverse") { issues.reverse() }
        if let limit = context.arguments.count("limit") { issues = Array(issues.prefix(limit)) }
        return issues
    }

    /// The query the arguments and options make, and the order asked for.
    private static func selection(_ context: CommandContext) throws -> (Query, Query.Sort) {
        let arguments = context.arguments
        var query = try context.query(arguments.positionals.joined(separator: " "))
        if let state = arguments.value("state") { try context.apply(&query, "is", state, option: "state") }
        for label in arguments.all("label") { try context.apply(&query, "label", label, option: "label") }
        if let assignee = arguments.value("assignee") { try context.apply(&query, "assignee", assignee, option: "assignee") }
        if let priority = arguments.value("priority") { try context.apply(&query, "priority", priority, option: "priority") }
        if let sort = arguments.value("sort") { try context.apply(&query, "sort", sort, option: "sort") }
        return (query, query.sort ?? .id)
    }
}

extension CommandContext {
    /// Parses a query, turning its error into a usage error.
    func query(_ text: String) throws(DocketError) -> Query {
        do { return try Query(parsing: text) } catch { throw .usage(error.message) }
    }

    /// Applies a flag as its qualifier.
    func apply(_ query: inout Query, _ qualifier: String, _ value: String, option: String) throws(DocketError) {
        do { try query.apply(qualifier: qualifier, value: value) } catch { throw .usage("\(name(ofOption: option)): \(error.message)") }
    }
}
