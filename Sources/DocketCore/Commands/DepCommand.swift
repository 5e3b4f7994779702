/// `docket dep add|rm ID --blocked-by OTHER...`: records what an issue waits on.
enum DepCommand: DocketCommand {
    static let spec = CommandSpec(
        "dep",
        abstract: "Add or remove dependencies: ID is blocked by OTHER.",
        arguments: [ArgumentSpec("ACTION", choices: ["add", "rm"], help: "Add or remove the dependency."), ArgumentSpec("ID", help: "The issue that waits.")],
        options: [
            .option("blocked-by", short: "b", value: "OTHER", repeatable: true, completion: .issueIDs, help: "The issue it waits on."),
            .flag("json", help: "Print the issue as JSON."),
        ],
        subcommands: ["add", "rm"],
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let action = context.arguments.positionals[0]
        let key = try context.issueKey(context.arguments.positionals[1])
        let others = try context.arguments.all("blocked-by").flatMap { $0.split(separator: ",").map(String.init) }.map { try context.issueKey($0) }
        guard !others.isEmpty else { throw DocketError.usage("give at least one --blocked-by OTHER") }
        let store = try context.store()
        let graph = action == "add" ? try IssueQuery(context: context).run(Query(state: .all)) : []
        let updated = try store.modify(key) { issue in
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
        if context.json {
            context.printJSON(updated.json(includeBody: false))
        } else {
            let list = updated.blockedBy.map(\.description).joined(separator: ", ")
            context.print("\(key) is blocked by " + (list.isEmpty ? "nothing" : list))
        }
        return ExitCode.success
    }
}
