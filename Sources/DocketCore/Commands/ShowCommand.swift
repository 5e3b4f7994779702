/// `docket show`: one issue's fields and body. The title and fields print as one line
/// each and the body keeps its lines and tabs; other control characters show escaped.
enum ShowCommand: DocketCommand {
    static let spec = CommandSpec(
        "show",
        aliases: ["view"],
        abstract: "Show an issue's fields and body.",
        arguments: [ArgumentSpec("ID", help: "The issue: 12, #12, 0012 or SEC-002.")],
        options: [
            .option("format", value: "TEMPLATE", help: "Render with a Mustache template (context as in --json)."),
            .flag("no-pager", help: "On a terminal, print without a pager."),
            .flag("json", help: "Print the issue as a JSON object."),
        ],
        jsonFields: Issue.jsonFields + ["body"]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        try context.paged(always: true, show)
    }

    private static func show(_ context: CommandContext) throws -> Int32 {
        let key = try context.issueKey(context.arguments.positionals[0])
        let issue = try context.store().issue(key)
        if context.json {
            context.printJSON(issue.json(includeBody: true))
            return ExitCode.success
        }
        if let format = context.arguments.value("format") {
            try IssuePrinter(context: context).printFormatted([issue], format: format, includeBody: true)
            return ExitCode.success
        }
        context.print(TerminalText.line("\(issue.key)  \(issue.title)"))
        var rows: [(String, String?)] = [
            ("state", issue.state.rawValue), ("status", issue.status.flatMap { $0.lowercased() == issue.state.rawValue ? nil : $0 }), ("priority", issue.priority.text),
            ("labels", issue.labels.isEmpty ? nil : issue.labels.joined(separator: ", ")),
            ("assignee", issue.assignee), ("author", issue.author), ("created", issue.created), ("updated", issue.updated),
            ("closed", issue.closed), ("reason", issue.closedReason), ("commit", issue.closedBy), ("claimed", issue.claimed),
            ("blocked by", issue.blockedBy.isEmpty ? nil : issue.blockedBy.map(\.description).joined(separator: ", ")),
        ]
        rows += issue.fields.map { ($0.key, $0.value) }
        rows.append(("path", issue.path))
        for (name, value) in rows {
            guard let value, !value.isEmpty else { continue }
            context.print(IssuePrinter.pad(TerminalText.line(name) + ":", 11) + " " + TerminalText.line(value))
        }
        let body = issue.body.trimmingSpacesAndNewlines
        if !body.isEmpty {
            context.print("")
            context.print(body)
        }
        printCommits(referencing: issue, context: context)
        return ExitCode.success
    }

    /// The commits whose messages mention the issue, when the project is in git.
    private static func printCommits(referencing issue: Issue, context: CommandContext) {
        guard let store = try? context.store(), GitCommonDirectory.find(from: store.layout.root) != nil else { return }
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        let prefixes = (try? store.knownPrefixes()) ?? []
        guard let commits = try? git.commits(mentioning: [issue.key], knownPrefixes: prefixes), !commits.isEmpty else { return }
        context.print("")
        context.print("Commits:")
        for commit in commits {
            context.print(TerminalText.line("  \(commit.sha.prefix(7))  \(commit.authorDate.prefix(10))  \(commit.subject)"))
        }
    }
}
