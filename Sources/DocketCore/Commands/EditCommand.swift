import Foundation

/// `docket edit`: opens an issue in the editor and saves the result only when it is valid.
enum EditCommand: DocketCommand {
    static let spec = CommandSpec(
        "edit",
        abstract: "Edit an issue in $VISUAL/$EDITOR.",
        discussion: """
            An editor that fails or leaves an empty buffer changes nothing. An invalid result, or one that \
            changes the issue's ID, is not saved over the issue; it is kept aside and its path printed. \
            A changed status that means open or closed moves the issue to that folder.
            """,
        arguments: [ArgumentSpec("ID", help: "The issue to edit.")],
        options: [.flag("json", help: "Print the result as JSON.")],
        jsonFields: Issue.jsonFields + ["body"]
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
        let edited = try Editor.edit(draft, environment: context.invocation.environment)
        let kept = "the issue is unchanged; your edit is kept in \(context.typedPath(draft))"
        guard edited != original else {
            unlink(draft)
            return report(issue, saved: false, context)
        }
        let parsed: Issue
        switch IssueFormat.parse(edited, path: issue.path, state: issue.state) {
        case .failure(let problem):
            throw DocketError.failure("\(problem.headline)\n\(kept)")
        case .success(let result):
            parsed = result
        }
        if let change = idChange(from: original, to: edited, issue: issue, parsed: parsed) {
            throw DocketError.failure("\(change)\n\(kept)")
        }
        // A status the edit changed moves the file; one it left alone keeps it where it is.
        let target = parsed.status == issue.status ? issue.state : parsed.recordedState ?? issue.state
        let saved: Issue?
        do {
            saved = try store.replaceText(of: key, expected: original, with: edited, in: target)
        } catch {
            throw DocketError.failure("\((error as? DocketError)?.message ?? String(describing: error))\n\(kept)")
        }
        guard let saved else {
            throw DocketError.failure("\(issue.key) changed while you were editing it\n\(kept)")
        }
        unlink(draft)
        return report(try IssueFormat.parse(edited, path: saved.path, state: saved.state).get(), saved: true, context)
    }

    /// Why the edit changes the issue's ID (`path:line: ...`), or `nil` when it keeps it: the
    /// key the text names (the `id:` of a front-matter file, the `# PREFIX-NNN` heading of an
    /// ISSUE-NNN file), as its format reads it.
    private static func idChange(from original: String, to edited: String, issue: Issue, parsed: Issue) -> String? {
        func named(_ text: String) -> (key: IssueKey?, line: Int) {
            let reading = IssueFormat.read(text, path: issue.path, state: issue.state)
            return (reading.namedKey ?? reading.issue?.key, reading.keyLine)
        }
        let was = named(original), now = named(edited)
        guard let key = now.key, key != was.key else { return nil }
        return "\(issue.path):\(now.line): the ID cannot change (it is \(was.key ?? issue.key), the edit says \(key))"
    }

    private static func report(_ issue: Issue, saved: Bool, _ context: CommandContext) -> Int32 {
        if context.json {
            context.printJSON(issue.json(includeBody: true))
        } else {
            context.print(saved ? "Saved \(issue.key) \(issue.path)" : "No changes to \(issue.key)")
        }
        return ExitCode.success
    }
}
