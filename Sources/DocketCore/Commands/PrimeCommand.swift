/// `docket prime`: a short guide for coding agents, to paste into their instructions.
enum PrimeCommand: DocketCommand {
    static let spec = CommandSpec(
        "prime",
        abstract: "Print a short guide to Docket for coding agents (paste it into agent instructions).",
        options: [.flag("json", help: "Print the result as JSON.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.json {
            context.printJSON(.object([("guide", .string(guide))]))
        } else {
            context.stdout.write(guide)
        }
        return ExitCode.success
    }

    /// Every `docket ...` line here is checked by a test against the command table.
    static let guide = """
    # Issues in this repository: Docket

    Issues are Markdown files in .project/issues/open/ and .project/issues/closed/. Use the
    Docket CLI rather than editing by hand when you can; every command takes --json.

    ## Who you are
    Set DOCKET_ACTOR to a name of your own (export DOCKET_ACTOR=agent-1) before you start.
    Otherwise you are your git user name plus this worktree's directory (alice@feature-x).

    ## Find work
        docket next --claim --json           # the most urgent ready issue, claimed for you
        docket ready --json                  # open, unclaimed, not blocked; most urgent first
        docket status --json                 # your claims; ready, in progress, blocked
        docket list assignee:@me --json      # search syntax; is:in-progress, author:NAME
        docket search "crash on save" --json # full text, ranked
        docket show 12 --json                # one issue with its body

    ## Take an issue before you start
        docket claim 12                      # fails with exit 1 if someone else holds it
        docket unclaim 12                    # give it back if you stop
        docket claims                        # every claim in this clone

    Claims are shared by every worktree of this clone, so two agents never take the same issue.
    A claim lasts until your branch is merged: once you close the issue, other worktrees keep
    it out of ready until their branch contains your commit.

    ## File a bug
        docket new "Crash when the title is empty" -l bug -p high -m "What happened, how to reproduce"
        docket new "Slow search" -t bug -F notes.md   # named template, body from a file
        docket dep add 14 --blocked-by 12             # 14 cannot start before 12 is done

    Priorities: critical, high, medium, low. Titles are one line.

    ## Close issues from commits
    Put a closing keyword in the commit message: "fixes #12", "closes #12, #13",
    or the trailer "Closes: #12" (prefixed keys work too: "fixes SEC-002"). After the commit,
    the hook moves the issue to closed/, records the commit and commits that change on its own.
    Without hooks, commit first, then close by hand:
        docket close 12 --commit abc1234     # -r not-planned, -r "duplicate-of 9", or free text
        docket comment 12 -m "Found the cause: ..."

    ## Read JSON
    Lists are arrays of objects with id, key, title, state, priority, labels, assignee, created,
    updated, closed, blocked_by, path. Errors go to stderr as
    {"error": {"code": "NOT_FOUND", "message": "no issue #99"}}; exit code 1 is a failure,
    64 a usage error.

    """
}
