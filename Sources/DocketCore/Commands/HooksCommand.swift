/// `docket hooks install|uninstall|status` (one subcommand each, run by `context.spec.name`): manages the git hooks that close issues from commits.
enum HooksCommand: DocketCommand {
    static let spec = CommandSpec(
        "hooks",
        abstract: "Install, remove or inspect the git hooks that close issues from commit messages.",
        discussion: """
        Installs commit-msg (warns about closing references that name no open issue), post-commit
        (closes what a commit closes) and post-rewrite (keeps closed_by naming the commits that exist
        after 'git commit --amend' and 'git rebase'). Hooks go where git looks for them: core.hooksPath
        if set, else the common hooks folder shared by all worktrees. They find the project from the
        top of the repository, so a project in a subdirectory works for commits made anywhere, and
        they do nothing in a commit without the project. A hook that is not Docket's is never
        overwritten; --force chains it (it runs first, and its failure still stops the commit).
        """,
        subcommands: [
            CommandSpec(
                "install", abstract: "Install the hooks (or update Docket's own).",
                options: [
                    .option("mode", value: "MODE", choices: ["commit", "stage"], help: "commit (default): close in a follow-up commit; stage: only stage the change."),
                    .flag("strict", help: "Reject commits that close missing or already closed issues."),
                    .flag("force", help: "Chain existing hooks instead of refusing."),
                    .flag("json", help: "Print each hook and what was done as JSON."),
                ]),
            CommandSpec(
                "uninstall", abstract: "Remove Docket's hooks, restoring any hook they chained.",
                options: [.flag("json", help: "Print each hook and what was done as JSON.")]),
            CommandSpec(
                "status", abstract: "Show whether each hook is installed, and how.",
                options: [.flag("json", help: "Print each hook's state as JSON.")]),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let store = try context.store()
        let git = Git(directory: store.layout.root, environment: context.invocation.environment)
        guard let directory = try git.hooksDirectory() else {
            throw DocketError.failure("\(store.layout.root) is not in a git repository")
        }
        let shown = store.layout.relative(directory)
        switch context.spec.name {
        case "install":
            let mode = context.arguments.value("mode") ?? "commit"
            let prefix = try CommitCloser.projectPrefix(store.layout, git: git)
            do {
                let changes = try Hooks.install(in: directory, mode: mode, strict: context.arguments.flag("strict"),
                                                force: context.arguments.flag("force"), project: prefix.isEmpty ? "." : String(prefix.dropLast()))
                report(changes, context: context) { "\($0.name): \(describe($0.action)) (\(shown)/\($0.name))" }
            } catch let error as HooksError {
                throw DocketError.failure(error.description)
            }
        case "uninstall":
            report(try Hooks.uninstall(in: directory), context: context) { "\($0.name): \(describe($0.action))" }
        case "status" where context.json:
            context.printJSON(.array(Hooks.status(in: directory).map { status in
                switch status.state {
                case .notInstalled: return .object([("name", .string(status.name)), ("state", .string("not-installed"))])
                case .foreign: return .object([("name", .string(status.name)), ("state", .string("foreign"))])
                case .docket(let mode, let strict, let chained):
                    return .object([("name", .string(status.name)), ("state", .string("installed")), ("mode", .string(mode)),
                                    ("strict", .bool(strict)), ("chained", .bool(chained))])
                }
            }))
        default:
            for status in Hooks.status(in: directory) {
                switch status.state {
                case .notInstalled: context.print("\(status.name): not installed")
                case .foreign: context.print("\(status.name): not Docket's (left alone)")
                case .docket(let mode, let strict, let chained):
                    context.print("\(status.name): installed (mode \(mode)\(strict ? ", strict" : "")\(chained ? ", chaining the previous hook" : ""))")
                }
            }
        }
        return ExitCode.success
    }

    private static func report(_ changes: [HookChange], context: CommandContext, line: (HookChange) -> String) {
        if context.json {
            context.printJSON(.array(changes.map { .object([("name", .string($0.name)), ("action", .string(describe($0.action)))]) }))
        } else {
            for change in changes { context.print(line(change)) }
        }
    }

    private static func describe(_ action: HookChange.Action) -> String {
        switch action {
        case .installed: return "installed"
        case .updated: return "updated"
        case .unchanged: return "already installed"
        case .chained: return "installed, chaining the existing hook"
        case .removed: return "removed"
        case .restored: return "removed; the previous hook is restored"
        case .notInstalled: return "not installed"
        case .keptForeign: return "not Docket's; left alone"
        }
    }
}
