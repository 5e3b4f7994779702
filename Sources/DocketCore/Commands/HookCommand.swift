import Foundation

/// `docket hook commit-msg|post-commit|post-rewrite`: what the installed git hooks run.
///
/// A hook never stops a commit unless `--strict` asks it to: without it, anything that goes
/// wrong (no project in the checked-out commit, an issue file that does not parse, two files
/// with one ID, a git failure) is a warning on stderr and the exit status is 0.
enum HookCommand: DocketCommand {
    static let spec = CommandSpec(
        "hook",
        abstract: "Run a git hook's work (called by the hooks 'docket hooks install' writes).",
        arguments: [
            ArgumentSpec("NAME", help: "commit-msg, post-commit or post-rewrite."),
            ArgumentSpec("ARGS", .variadic, help: "What git passes to the hook (the message file for commit-msg, amend or rebase for post-rewrite)."),
        ],
        options: [
            .option("mode", value: "MODE", choices: ["commit", "stage"], help: "post-commit, post-rewrite: commit (default) makes a follow-up commit; stage only stages."),
            .flag("strict", help: "commit-msg: reject the commit instead of warning."),
        ],
        hidden: true
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let name = context.arguments.positionals[0]
        guard ["commit-msg", "post-commit", "post-rewrite"].contains(name) else {
            throw DocketError.usage("unknown hook '\(name)' (expected commit-msg, post-commit or post-rewrite)")
        }
        let mode = context.arguments.value("mode") ?? "commit"
        if name == "commit-msg" && context.arguments.positionals.count < 2 { throw DocketError.usage("commit-msg needs the message file") }
        let strict = name == "commit-msg" && context.arguments.flag("strict")
        do {
            switch name {
            case "commit-msg": return try commitMessage(context, strict: strict)
            case "post-commit": try postCommit(context, mode: mode)
            default: try postRewrite(context, mode: mode)
            }
        } catch {
            let message = (error as? DocketError)?.message ?? String(describing: error)
            context.warn("docket: \(strict ? "error" : "warning"): \(name) hook: \(message)")
            return strict ? ExitCode.failure : ExitCode.success
        }
        return ExitCode.success
    }

    /// Warns about closing references to missing, closed or unreadable issues; `--strict`
    /// rejects them. A merge being concluded and a Docket follow-up close nothing, so they
    /// are not checked.
    private static func commitMessage(_ context: CommandContext, strict: Bool) throws -> Int32 {
        let file = context.arguments.positionals[1]
        let path = file.hasPrefix("/") ? file : context.invocation.currentDirectory + "/" + file
        let message = try FileSystem.readText(path)
        let store = try context.store()
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        if FollowUp.target(of: message) != nil || (try? git.operationInProgress()) == .merge { return ExitCode.success }
        let closer = CommitCloser(store: store, timestamp: context.timestamp)
        let found = closer.classify(message, prefixes: try store.knownPrefixes())
        let verb = strict ? "error" : "warning"
        for key in found.missing { context.warn("docket: \(verb): the message closes \(key), which does not exist") }
        for issue in found.alreadyClosed { context.warn("docket: \(verb): the message closes \(issue.key), which is already closed") }
        for (key, reason) in found.unreadable { context.warn("docket: \(verb): the message closes \(key), which cannot be read: \(reason)") }
        let clean = found.missing.isEmpty && found.alreadyClosed.isEmpty && found.unreadable.isEmpty
        return strict && !clean ? ExitCode.failure : ExitCode.success
    }

    /// Closes what HEAD closes, then commits or stages just those issue files.
    ///
    /// Skipped during a rebase or other operation (`post-rewrite` handles a rebase at its
    /// end) and for `git commit --amend` (HEAD's reflog says `commit (amend)`), whose
    /// `post-rewrite` knows both the old and the new commit.
    private static func postCommit(_ context: CommandContext, mode: String) throws {
        let store = try context.store()
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        if try git.operationInProgress() != nil { return }
        let reflog = try git.run(["log", "-g", "-1", "--format=%gs", "HEAD", "--"])
        if reflog.status == 0, reflog.outputText.hasPrefix("commit (amend)") { return }
        let commit = try git.commitInfo("HEAD")
        let closer = CommitCloser(store: store, timestamp: context.timestamp)
        let closed = closer.close(commit, prefixes: try store.knownPrefixes(), warn: context.warn)
        guard !closed.isEmpty else { return }
        let sha = try closer.record(closed, for: commit, git: git, mode: mode)
        let keys = closed.map { $0.issue.key.description }.joined(separator: ", ")
        let short = String(commit.sha.prefix(7))
        if mode == "stage" {
            context.warn("docket: closed \(keys) (fixed in \(short)); the change is staged, not committed")
        } else {
            context.warn("docket: closed \(keys) (fixed in \(short))" + (sha.map { " in commit \($0.prefix(7))" } ?? ""))
        }
    }

    /// Makes `closed_by` and the follow-up commits follow what git rewrote (see `HistoryRepair`);
    /// the `OLD NEW` pairs come on stdin.
    private static func postRewrite(_ context: CommandContext, mode: String) throws {
        guard let kind = context.arguments.positionals.dropFirst().first else { throw DocketError.usage("post-rewrite needs amend or rebase") }
        let input = String(decoding: context.invocation.readStandardInput(), as: UTF8.self)
        let store = try context.store()
        let git = try Git(directory: store.layout.root, environment: context.invocation.environment).atTop()
        let repair = HistoryRepair(store: store, git: git, closer: CommitCloser(store: store, timestamp: context.timestamp),
                                   mode: mode, warn: context.warn)
        try repair.repair(kind: kind, pairs: HistoryRepair.pairs(in: input))
    }
}
