/// `docket show`: one issue's fields and body, and the commits that mention it. The title and
/// fields print as one line each and the body keeps its lines and tabs; other control
/// characters show escaped. `--json` adds the comments, read out of the body, and the commits.
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
            Everywhere.option,
        ],
        jsonFields: Issue.jsonFields + ["body", "comments", "commits"], optionJSONFields: Everywhere.jsonFields,
        mcp: ToolSpec(
            "show", title: "Show an issue",
            description: "One issue's fields and full Markdown body, with its comments and the commits that mention it.",
            parameters: [.argument("ID", as: "id", "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\".")],
            readOnly: true, idempotent: true,
            output: .issue, summary: MCPSummary.issue("Issue"),
            perform: { context in
                let issue = try context.store().issue(context.arguments.keys[0])
                return CommandResult(json(issue, commits: commits(referencing: issue, context: context)))
            }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.arguments.flag("everywhere") { return try Everywhere.show(context, context.arguments.keys[0]) }
        return try context.paged(always: true, show)
    }

    private static func show(_ context: CommandContext) throws -> Int32 {
        let issue = try context.store().issue(context.arguments.keys[0])
        if context.json {
            context.printJSON(json(issue, commits: commits(referencing: issue, context: context)))
            return ExitCode.success
        }
        if let format = context.arguments.value("format") {
            try IssuePrinter(context: context).printFormatted([issue], format: format, includeBody: true)
            return ExitCode.success
        }
        printDetails(issue, context)
        printCommits(referencing: issue, context: context)
        return ExitCode.success
    }

    /// The title line, the fields and the body.
    static func printDetails(_ issue: Issue, _ context: CommandContext) {
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
    }

    /// The commits whose messages mention the issue, when the project is in git.
    private static func printCommits(referencing issue: Issue, context: CommandContext) {
        let commits = ShowCommand.commits(referencing: issue, context: context)
        guard !commits.isEmpty else { return }
        context.print("")
        context.print("Commits:")
        for commit in commits {
            context.print(TerminalText.line("  \(commit.sha.prefix(7))  \(commit.authorDate.prefix(10))  \(commit.subject)"))
        }
    }

    /// The issue as `--json` prints it: its fields and body, its comments and the commits.
    static func json(_ issue: Issue, commits: [CommitInfo]) -> JSONValue {
        guard case .object(var members) = issue.json(includeBody: true) else { return issue.json(includeBody: true) }
        members.append(("comments", .array(IssueComment.comments(in: issue.body).map(\.json))))
        members.append(("commits", .array(commits.map { commit in
            .object([("sha", .string(commit.sha)), ("date", .string(commit.authorDate)), ("subject", .string(commit.subject))])
        })))
        return .object(members)
    }

    /// The commits whose messages mention the issue, oldest first; none outside git.
    static func commits(referencing issue: Issue, context: CommandContext) -> [CommitInfo] {
        guard let store = try? context.store(), GitCommonDirectory.find(from: store.layout.root) != nil else { return [] }
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        let prefixes = (try? store.knownPrefixes()) ?? []
        return (try? git.commits(mentioning: [issue.key], knownPrefixes: prefixes)) ?? []
    }
}
