/// `docket close-commits RANGE`: closes what a range of commits closes, for CI after a merge
/// or to catch up after a rebase. Idempotent; the earliest closing commit wins.
enum CloseCommitsCommand: DocketCommand {
    static let spec = CommandSpec(
        "close-commits",
        abstract: "Close the issues that the commits in a range close (e.g. origin/main..HEAD).",
        arguments: [ArgumentSpec("RANGE", help: "A git revision range.")],
        options: [.flag("json", help: "Print the closed issues as JSON.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let range = context.arguments.positionals[0]
        guard !range.hasPrefix("-") else { throw DocketError.usage("'\(range)' is not a revision range") }
        let store = try context.store()
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        let closer = CommitCloser(store: store, timestamp: context.timestamp)
        let prefixes = try store.knownPrefixes()
        var closed: [Issue] = []
        for commit in try git.commits(inRange: range) {
            for result in try closer.close(commit, prefixes: prefixes) {
                closed.append(result.issue)
                if !context.json { context.print("Closed \(result.issue.key) (fixed in \(commit.sha.prefix(7)))") }
            }
        }
        if context.json {
            context.printJSON(.array(closed.map { $0.json(includeBody: false) }))
        } else if closed.isEmpty {
            context.print("Nothing to close in \(range)")
        }
        return ExitCode.success
    }
}
