import Foundation

/// `docket hook commit-msg|post-commit`: what the installed git hooks run.
enum HookCommand: DocketCommand {
    static let spec = CommandSpec(
        "hook",
        abstract: "Run a git hook's work (called by the hooks 'docket hooks install' writes).",
        arguments: [
            ArgumentSpec("NAME", help: "commit-msg or post-commit."),
            ArgumentSpec("ARGS", .variadic, help: "What git passes to the hook (the message file for commit-msg)."),
        ],
        options: [
            .option("mode", value: "MODE", help: "post-commit: commit (default) makes a follow-up commit; stage only stages."),
            .flag("strict", help: "commit-msg: reject the commit instead of warning."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        switch context.arguments.positionals[0] {
        case "commit-msg": return try commitMessage(context)
        case "post-commit": return try postCommit(context)
        case let other: throw DocketError.usage("unknown hook '\(other)' (expected commit-msg or post-commit)")
        }
    }

    /// Warns about closing references to missing or closed issues; `--strict` rejects them.
    private static func commitMessage(_ context: CommandContext) throws -> Int32 {
        guard context.arguments.positionals.count >= 2 else { throw DocketError.usage("commit-msg needs the message file") }
        let file = context.arguments.positionals[1]
        let path = file.hasPrefix("/") ? file : context.invocation.currentDirectory + "/" + file
        let message = try FileSystem.readText(path)
        let store = try context.store()
        let closer = CommitCloser(store: store, timestamp: context.timestamp)
        let found = try closer.classify(message, prefixes: try store.knownPrefixes())
        let strict = context.arguments.flag("strict")
        let verb = strict ? "error" : "warning"
        for key in found.missing { context.warn("docket: \(verb): the message closes \(key), which does not exist") }
        for issue in found.alreadyClosed { context.warn("docket: \(verb): the message closes \(issue.key), which is already closed") }
        return strict && !(found.missing.isEmpty && found.alreadyClosed.isEmpty) ? ExitCode.failure : ExitCode.success
    }

    /// Closes what HEAD closes, then commits or stages just those issue files.
    private static func postCommit(_ context: CommandContext) throws -> Int32 {
        let mode = context.arguments.value("mode") ?? "commit"
        guard mode == "commit" || mode == "stage" else { throw DocketError.usage("unknown mode '\(mode)' (expected commit or stage)") }
        let store = try context.store()
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        if try git.operationInProgress() != nil { return ExitCode.success }
        let commit = try git.commitInfo("HEAD")
        let closer = CommitCloser(store: store, timestamp: context.timestamp)
        let closed = try closer.close(commit, prefixes: try store.knownPrefixes())
        guard !closed.isEmpty, let top = try git.topLevel() else { return ExitCode.success }
        let root = FileSystem.realPath(store.layout.root), realTop = FileSystem.realPath(top)
        let prefix = root.hasPrefix(realTop + "/") ? String(root.dropFirst(realTop.count + 1)) + "/" : ""
        let paths = closed.flatMap { [prefix + $0.before, prefix + $0.issue.path] }
        let keys = closed.map { $0.issue.key.description }.joined(separator: ", ")
        let short = String(commit.sha.prefix(7))
        if mode == "stage" {
            _ = try git.output(["add", "-A", "--"] + paths)
            context.warn("docket: closed \(keys) (fixed in \(short)); the change is staged, not committed")
        } else {
            let sha = try git.commitOnly(paths: paths, message: "Close \(keys) (fixed in \(short))")
            context.warn("docket: closed \(keys) (fixed in \(short))" + (sha.map { " in commit \($0.prefix(7))" } ?? ""))
        }
        return ExitCode.success
    }
}
