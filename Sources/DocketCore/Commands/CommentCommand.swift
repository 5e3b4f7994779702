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
        jsonFields: Issue.jsonFields + ["body"]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.arguments.value("message") != nil, context.arguments.value("file") != nil {
            throw DocketError.usage("use either -m or -F, not both")
        }
        guard let text = try context.bodyText()?.trimmingSpacesAndNewlines, !text.isEmpty else {
            throw DocketError.usage("give the comment with -m TEXT or -F FILE")
        }
        let key = try context.issueKey(context.arguments.positionals[0])
        let store = try context.store()
        let section = "\n### Comment by \(context.actor) on \(context.timestamp)\n\n\(text)\n"
        let updated = try store.modify(key) { _ in [.updated(context.timestamp), .appendToBody(section)] }
        if context.json {
            context.printJSON(updated.json(includeBody: true))
        } else {
            context.print("Commented on \(updated.key) \(updated.path)")
        }
        return ExitCode.success
    }
}
