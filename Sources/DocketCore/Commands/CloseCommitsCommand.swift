/// `docket close-commits RANGE`: closes what a range of commits closes, for CI after a merge
/// or to catch up after a rebase. Idempotent; the earliest closing commit wins. Merges and
/// Docket's follow-up commits close nothing (see `CommitCloser`); an issue that cannot be
/// read is a warning and makes the exit status 1 once the rest is done.
enum CloseCommitsCommand: DocketCommand {
    static let spec = CommandSpec(
        "close-commits",
        abstract: "Close the issues that the commits in a range close (e.g. origin/main..HEAD).",
        arguments: [ArgumentSpec("RANGE", help: "A git revision range.")],
        options: [.flag("json", help: "Print the closed issues as JSON.")],
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let range = context.arguments.positionals[0]
        guard !range.hasPrefix("-") else { throw DocketError.usage("'\(range)' is not a revision range") }
        let store = try context.store()
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        for end in range.components(separatedBy: "..") where !end.isEmpty {
            let revision = end.hasPrefix(".") ? String(end.dropFirst()) : end
            do {
                _ = try git.resolveCommit(revision.hasPrefix("^") ? String(revision.dropFirst()) : revision)
            } catch let error as GitError where error.status != nil {
                throw DocketError.usage("bad range '\(range)': \(error.message)")
            }
        }
        let closer = CommitCloser(store: store, timestamp: context.timestamp)
        let prefixes = try store.knownPrefixes()
        var closed: [Issue] = []
        var failed = false
        let commits: [CommitInfo]
        do {
            commits = try git.commits(inRange: range)
        } catch let error as GitError where error.status != nil {
            throw DocketError.failure("bad range '\(range)': \(error.message.replacingOccurrences(of: "fatal: ", with: ""))")
        }
        for commit in commits {
            let results = closer.close(commit, prefixes: prefixes) { warning in
                failed = true
                context.warn(warning)
            }
            for result in results {
                closed.append(result.issue)
                if !context.json { context.print("Closed \(result.issue.key) (fixed in \(commit.sha.prefix(7)))") }
            }
        }
        if context.json {
            context.printJSON(.array(closed.map { $0.json(includeBody: false) }))
        } else if closed.isEmpty {
            context.print("Nothing to close in \(range)")
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
