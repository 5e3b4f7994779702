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
        guard !changes.isEmpty || !added.isEmpty || !removed.isEmpty else {
            throw DocketError.usage("nothing to change; give --title, --add-label, --remove-label, -p or -a")
        }
        let store = try context.store()
        let requested = changes
        let updated = try store.modify(key) { issue in
            var all = requested
            if !added.isEmpty || !removed.isEmpty {
                let kept = issue.labels.filter { !removed.contains($0.lowercased()) }
                let labels = NewCommand.mergeLabels(kept, added)
                if labels != issue.labels { all.append(.labels(labels)) }
            }
            return all.isEmpty ? [] : all + [.updated(context.timestamp)]
        }
        try UpdateCommand.confirm(updated, title: changes.title, added: added, removed: removed)
        if context.json {
            context.printJSON(updated.json(includeBody: false))
        } else {
            context.print("Updated \(updated.key) \(updated.path)")
        }
        return ExitCode.success
    }

    /// Checks that the file now says what the command was asked to write, so it never
    /// reports a change it did not make.
    static func confirm(_ issue: Issue, title: String?, added: [String], removed: Set<String>) throws {
        let labels = Set(issue.labels.map { $0.lowercased() })
        let missing = added.filter { !labels.contains($0.lowercased()) }
        let kept = removed.filter { labels.contains($0) }
        var problems: [String] = []
        if let title, issue.title != title { problems.append("the title reads '\(issue.title)'") }
        if !missing.isEmpty { problems.append("it lacks the label(s) \(missing.joined(separator: ", "))") }
        if !kept.isEmpty { problems.append("it still has the label(s) \(kept.sorted().joined(separator: ", "))") }
        guard !problems.isEmpty else { return }
        throw DocketError.failure("\(issue.path) was written but " + problems.joined(separator: " and "))
    }
}

extension Array where Element == IssueChange {
    /// The title a list of changes sets, if any.
    var title: String? {
        for case .title(let title) in self { return title }
        return nil
    }
}
