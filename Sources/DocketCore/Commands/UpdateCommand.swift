/// `docket update`: changes fields, rewriting only their lines.
enum UpdateCommand: DocketCommand {
    static let spec = CommandSpec(
        "update",
        abstract: "Change an issue's title, labels, priority or assignee.",
        arguments: [ArgumentSpec("ID", help: "The issue to change.")],
        options: [
            .option("title", value: "TITLE", help: "A new title (the file name stays)."),
            .option("add-label", value: "LABEL", repeatable: true, help: "Add a label."),
            .option("remove-label", value: "LABEL", repeatable: true, help: "Remove a label (case-insensitive)."),
            .option("priority", short: "p", value: "PRIORITY", help: "critical, high, medium or low."),
            .option("assignee", short: "a", value: "NAME", help: "Assign to NAME ('' to unassign)."),
            .flag("json", help: "Print the updated issue as JSON."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        let key = try context.issueKey(arguments.positionals[0])
        var changes: [IssueChange] = []
        if let title = arguments.value("title") { changes.append(.title(try context.title(title))) }
        if let priority = arguments.value("priority") { changes.append(.priority(try context.priority(priority))) }
        if let assignee = arguments.value("assignee") { changes.append(.assignee(assignee.trimmingSpacesAndNewlines.nonEmpty)) }
        let added = try context.labels(arguments.all("add-label"))
        let removed = Set(try context.labels(arguments.all("remove-label")).map { $0.lowercased() })
        let store = try context.store()
        let issue = try store.issue(key)
        if !added.isEmpty || !removed.isEmpty {
            let kept = issue.labels.filter { !removed.contains($0.lowercased()) }
            let labels = NewCommand.mergeLabels(kept, added)
            if labels != issue.labels { changes.append(.labels(labels)) }
        }
        guard !changes.isEmpty else {
            throw DocketError.usage("nothing to change; give --title, --add-label, --remove-label, -p or -a")
        }
        let updated = try store.update(issue, changes + [.updated(context.timestamp)])
        if context.json {
            context.printJSON(updated.json(includeBody: false))
        } else {
            context.print("Updated \(updated.key) \(updated.path)")
        }
        return ExitCode.success
    }
}
