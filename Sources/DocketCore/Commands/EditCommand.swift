import Foundation

/// `docket edit`: opens an issue in the editor and saves the result only when it is valid.
enum EditCommand: DocketCommand {
    static let spec = CommandSpec(
        "edit",
        abstract: "Edit an issue in $VISUAL/$EDITOR.",
        discussion: "An invalid result is not saved over the issue; it is kept beside it and its path printed.",
        arguments: [ArgumentSpec("ID", help: "The issue to edit.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let key = try context.issueKey(context.arguments.positionals[0])
        let store = try context.store()
        let issue = try store.issue(key)
        let path = store.layout.root + "/" + issue.path
        let original = try FileSystem.readText(path)
        try FileSystem.makeDirectories(store.layout.cacheDirectory)
        let draft = store.layout.cacheDirectory + "/edit-\(issue.key.plain)-\(getpid()).md"
        try FileSystem.writeAtomically(original, to: draft)
        try Editor.edit(draft, environment: context.invocation.environment)
        let edited = try FileSystem.readText(draft)
        if case .failure(let problem) = IssueFormat.parse(edited, path: issue.path, state: issue.state) {
            throw DocketError.failure("\(problem.headline)\nthe issue is unchanged; your edit is kept in \(store.layout.relative(draft))")
        }
        unlink(draft)
        if edited != original { try FileSystem.writeAtomically(edited, to: path) }
        if context.json {
            context.printJSON(try IssueFormat.parse(edited, path: issue.path, state: issue.state).get().json(includeBody: true))
        } else {
            context.print(edited == original ? "No changes to \(issue.key)" : "Saved \(issue.key) \(issue.path)")
        }
        return ExitCode.success
    }
}
