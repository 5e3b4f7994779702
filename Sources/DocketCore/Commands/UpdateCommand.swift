/// `docket update`: changes fields (rewriting only their lines) or the body, of one issue or
/// several. Each ID is done and reported on its own, as `close` does (`IssueTransition`); a
/// label that is already there, or one to remove that is not, is a note, not an error.
enum UpdateCommand: DocketCommand {
    static let spec = CommandSpec(
        "update",
        abstract: "Change issues' title, labels, priority, assignee or body.",
        arguments: [ArgumentSpec("ID", .requiredVariadic, help: "The issues to change.")],
        options: [
            .option("title", value: "TITLE", help: "A new title (the file name stays)."),
            .option("add-label", value: "LABEL", repeatable: true, completion: .labels, help: "Add labels (comma-separated)."),
            .option("remove-label", value: "LABEL", repeatable: true, completion: .labels, help: "Remove labels (case-insensitive)."),
            .option("set-labels", value: "LABELS", completion: .labels, help: "Replace every label with these (comma-separated; '' for none)."),
            .option("priority", short: "p", value: "PRIORITY", type: .priority, help: "The new priority."),
            .option("assignee", short: "a", value: "NAME", help: "Assign to NAME ('' to unassign; refused while someone else holds the claim)."),
            .flag("force", help: "With -a, take over or drop someone else's claim."),
            .option("body", value: "TEXT", help: "Replace the body (the fields stay as written)."),
            .option("body-file", value: "FILE", completion: .files, help: "Replace the body with FILE ('-' for standard input)."),
            .flag("json", help: "Print the issues as JSON, each with its result."),
        ],
        jsonFields: Issue.jsonFields + ["result"],
        mcp: ToolSpec(
            "update", title: "Update an issue",
            description: "Change an issue's title, labels, priority or assignee. Give at least one change.",
            parameters: [
                .argument("ID", as: "id", single: true, "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\"."),
                .option("title", "A new title (one line)."),
                .option("add-label", as: "add_labels", "Labels to add."),
                .option("remove-label", as: "remove_labels", "Labels to remove (case-insensitive)."),
                .option("priority", "The new priority."),
                .option("assignee", "The new assignee; an empty string unassigns."),
            ],
            idempotent: true,
            output: .issues(failures: true), summary: MCPSummary.issues { "Updated \($0)" },
            perform: { try update($0).result }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        try update(context).report(context)
    }

    /// Changes each issue.
    static func update(_ context: CommandContext) throws -> IssueResults {
        let arguments = context.arguments
        var changes: [IssueChange] = []
        if let title = arguments.value("title") { changes.append(.title(try context.title(title))) }
        if let priority = arguments.priority("priority") { changes.append(.priority(priority)) }
        // A new assignee goes through the claim registry, so the file and the claims never disagree.
        let assignee = arguments.value("assignee").map { $0.trimmingSpacesAndNewlines.nonEmpty }
        if arguments.value("body") != nil, arguments.value("body-file") != nil { throw DocketError.usage("give --body or --body-file, not both") }
        if let body = try context.bodyText(messageOption: "body", fileOption: "body-file") { changes.append(.body(body)) }
        let labels = try LabelEdit(context)
        guard !changes.isEmpty || !labels.isEmpty || assignee != nil else {
            throw DocketError.usage("nothing to change; give " + UpdateCommand.changeNames(context))
        }
        let store = try context.store()
        let registry = ClaimRegistry(layout: store.layout)
        var results = IssueResults()
        for key in arguments.keys {
            do {
                var notes: [String] = []
                var changed = false
                let decide: (Issue) throws -> [IssueChange] = { issue in
                    var all = changes
                    let (edited, found) = labels.apply(to: issue.labels, key: key)
                    notes = found
                    if edited != issue.labels { all.append(.labels(edited)) }
                    return all
                }
                let finish: ([IssueChange]) -> [IssueChange] = { all in
                    changed = !all.isEmpty
                    return changed ? all + [.updated(context.timestamp)] : []
                }
                let updated = if let assignee {
                    try registry.reassign(key, to: assignee, by: context.actor, force: arguments.flag("force"), in: store) { try decide($0) } finish: { finish($0) }
                } else {
                    try store.modify(key) { finish(try decide($0)) }
                }
                try UpdateCommand.confirm(updated, title: changes.title, added: labels.set ?? labels.added, removed: labels.removed)
                for note in notes { context.warn(note) }
                if !changed { context.warn("\(key): nothing to change") }
                results.append(updated, result: changed ? "updated" : "unchanged", line: changed ? "Updated \(updated.key) \(updated.path)" : nil)
            } catch {
                results.append(key, failure: error)
            }
        }
        return results
    }

    /// The options that change something, as the caller names them: all of them on the
    /// command line, those the tool exposes in MCP.
    private static func changeNames(_ context: CommandContext) -> String {
        guard !context.naming.isCommandLine else { return "--title, --add-label, --remove-label, --set-labels, -p, -a, --body or --body-file" }
        let longs = ["title", "add-label", "remove-label", "set-labels", "priority", "assignee", "body", "body-file"]
        return Choices.alternatives(longs.map(context.name(ofOption:)).filter { !$0.hasPrefix("--") })
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
