/// `docket comment`: appends a dated, attributed comment to an issue's body.
enum CommentCommand: DocketCommand {
    static let spec = CommandSpec(
        "comment",
        abstract: "Add a comment to an issue.",
        arguments: [ArgumentSpec("ID", help: "The issue to comment on.")],
        options: [
            .option("message", short: "m", value: "TEXT", help: "The comment."),
            .option("file", short: "F", value: "FILE", completion: .files, help: "Read the comment from FILE ('-' for standard input)."),
            .flag("json", help: "Print the issue as JSON."),
        ],
        jsonFields: Issue.jsonFields + ["body"],
        mcp: ToolSpec(
            "comment", title: "Comment on an issue",
            description: "Append a dated comment, attributed to the current actor, to an issue's body.",
            parameters: [.argument("ID", as: "id", "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\"."), .option("message", as: "body", "The comment in Markdown.")],
            output: .issue, summary: MCPSummary.issue("Commented on"),
            perform: { CommandResult(try comment($0).json(includeBody: true)) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let updated = try comment(context)
        if context.json {
            context.printJSON(updated.json(includeBody: true))
        } else {
            context.print("Commented on \(updated.key) \(updated.path)")
        }
        return ExitCode.success
    }

    /// Appends the comment and returns the issue.
    static func comment(_ context: CommandContext) throws -> Issue {
        if context.arguments.value("message") != nil, context.arguments.value("file") != nil {
            throw DocketError.usage("use either -m or -F, not both")
        }
        guard let text = try context.bodyText()?.trimmingSpacesAndNewlines, !text.isEmpty else {
            throw DocketError.usage(context.naming.isCommandLine ? "give the comment with -m TEXT or -F FILE" : "\(context.name(ofOption: "message")): must not be empty")
        }
        let store = try context.store()
        let section = "\n### Comment by \(context.actor) on \(context.timestamp)\n\n\(text)\n"
        return try store.modify(context.arguments.keys[0]) { _ in [.updated(context.timestamp), .appendToBody(section)] }
    }
}
