/// `docket dep add|rm ID --blocked-by OTHER...` (a subcommand each, run by `context.spec.name`): records what an issue waits on.
enum DepCommand: DocketCommand {
    static let spec = CommandSpec(
        "dep",
        abstract: "Add or remove dependencies: ID is blocked by OTHER.",
        subcommands: [
            CommandSpec("add", abstract: "Record that ID is blocked by OTHER (refusing a cycle).", arguments: [id], options: options, jsonFields: Issue.jsonFields),
            CommandSpec("rm", abstract: "Drop that ID is blocked by OTHER.", arguments: [id], options: options, jsonFields: Issue.jsonFields),
        ],
        mcp: ToolSpec(
            "dep", title: "Change dependencies",
            description: "Record (add) or drop (rm) that an issue is blocked by other issues. A blocked issue is not ready until its blockers close.",
            parameters: [
                .argument("ACTION", as: "action", "add or rm."),
                .argument("ID", as: "id", "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\"."),
                .option("blocked-by", "The issues that block it."),
            ],
            idempotent: true,
            output: .issue, summary: MCPSummary.issue("Updated dependencies of"),
            perform: { CommandResult(try change($0, action: $0.arguments.positionals[0]).json(includeBody: false)) },
            // One tool for the group: the subcommand is its `action` argument.
            arguments: CommandSpec(
                "dep", abstract: "", arguments: [ArgumentSpec("ACTION", choices: ["add", "rm"], help: "Add or remove the dependency."), id],
                options: options, jsonFields: Issue.jsonFields)
        )
    )

    private static let id = ArgumentSpec("ID", help: "The issue that waits.")

    private static let options: [OptionSpec] = [
        .option("blocked-by", short: "b", value: "OTHER", repeatable: true, type: .issueIDs, completion: .issueIDs, help: "The issue it waits on."),
        .flag("json", help: "Print the issue as JSON."),
    ]

    static func run(_ context: CommandContext) throws -> Int32 {
        let updated = try change(context, action: context.spec.name)
        if context.json {
            context.printJSON(updated.json(includeBody: false))
        } else {
            let list = updated.blockedBy.map(\.description).joined(separator: ", ")
            context.print("\(updated.key) is blocked by " + (list.isEmpty ? "nothing" : list))
        }
        return ExitCode.success
    }

    /// Adds (`add`) or removes (`rm`) the dependencies and returns the issue.
    static func change(_ context: CommandContext, action: String) throws -> Issue {
        let key = context.arguments.keys[0]
        let others = context.arguments.issueKeys("blocked-by")
        guard !others.isEmpty else {
            throw DocketError.usage(context.naming.isCommandLine ? "give at least one --blocked-by OTHER" : "\(context.name(ofOption: "blocked-by")): give at least one issue")
        }
        let store = try context.store()
        let graph = action == "add" ? try IssueQuery(context: context).run(Query(state: .all)) : []
        return try store.modify(key) { issue in
            var blockers = issue.blockedBy
            if action == "add" {
                let known = Set(graph.map(\.key))
                var edges = Dictionary(graph.map { ($0.key, $0.blockedBy) }, uniquingKeysWith: { first, _ in first })
                edges[key] = issue.blockedBy
                for other in others where !blockers.contains(other) {
                    guard known.contains(other) else { throw DocketError.notFound("no issue \(other)") }
                    edges[key, default: []].append(other)
                    if let cycle = DependencyGraph(edges: edges).cycle(from: key) {
                        throw DocketError.conflict("\(key) blocked by \(other) would make a cycle: " + cycle.map(\.description).joined(separator: " -> "))
                    }
                    blockers.append(other)
                }
            } else {
                blockers.removeAll(where: others.contains)
            }
            return blockers == issue.blockedBy ? [] : [.blockedBy(blockers), .updated(context.timestamp)]
        }
    }
}
