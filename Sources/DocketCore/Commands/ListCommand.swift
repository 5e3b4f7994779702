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
            .option("limit", short: "n", value: "N", help: "Show at most N issues."),
            .option("format", value: "TEMPLATE", help: "Render each issue with a Mustache template (context as in --json)."),
            .flag("json", help: "Print a JSON array."),
        ],
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        var query = try context.query(arguments.positionals.joined(separator: " "))
        if let state = arguments.value("state") { try context.apply(&query, "is", state, option: "state") }
        for label in arguments.all("label") { try context.apply(&query, "label", label, option: "label") }
        if let assignee = arguments.value("assignee") { try context.apply(&query, "assignee", assignee, option: "assignee") }
        if let priority = arguments.value("priority") { try context.apply(&query, "priority", priority, option: "priority") }
        if let sort = arguments.value("sort") { try context.apply(&query, "sort", sort, option: "sort") }
        let sort = query.sort ?? .id
        var issues = try IssueQuery(context: context).run(query)
        issues.sort(by: sort.areInIncreasingOrder)
        if arguments.flag("reverse") { issues.reverse() }
        if let limit = try arguments.integer("limit") { issues = Array(issues.prefix(limit)) }
        try IssuePrinter(context: context).printList(issues)
        return ExitCode.success
    }
}

extension CommandContext {
    /// Parses a query, turning its error into a usage error.
    func query(_ text: String) throws(DocketError) -> Query {
        do { return try Query(parsing: text) } catch { throw .usage(error.message) }
    }

    /// Applies a flag as its qualifier.
    func apply(_ query: inout Query, _ qualifier: String, _ value: String, option: String) throws(DocketError) {
        do { try query.apply(qualifier: qualifier, value: value) } catch { throw .usage("--\(option): \(error.message)") }
    }
}
