/// One benchmarked operation: how to run it with `docket`, the floor and `rg`, all from the
/// corpus's `.project/issues/` folder (so `open/` and `closed/` are relative paths).
struct Operation {
    /// What the operation is, for its targets.
    enum Kind {
        case reindex, freshList, list, listLabel, ready, search, searchCommon, show, new, close, newWorktreeList
    }

    let kind: Kind
    let name: String
    /// `docket` arguments for run `n` (0 is the warm-up), or nil when the operation is skipped.
    let docket: ((Int) -> [String])?
    /// Why `docket` is skipped or run in a fallback form, printed beside the table.
    let note: String?
    /// Folders the floor walks.
    let floorFolders: [String]
    /// `rg` arguments after the executable, or nil when there is no `rg` equivalent.
    let rg: [String]?
    /// Whether to run each command once untimed first.
    let warms: Bool
    /// Whether to delete the index before each `docket` run.
    let dropsIndex: Bool
    /// The floor's subcommand (see `Floor`) and the arguments before its folders.
    var floor = [Floor.command]
    /// The new worktree each `docket` run gets (set up once, added before and removed after
    /// each run, untimed), or nil.
    var worktrees: NewWorktrees?

    /// The operations in the order they run: reads first, then the ones that change files,
    /// then the list in a new worktree (last, so that no other row runs in a git repository).
    ///
    /// - Parameters:
    ///   - commands: the commands `docket --help` lists.
    ///   - closable: distinct open issues; timed run `n` of `show` shows and of `close` closes `closable[n - 1]`.
    ///   - worktrees: the new-worktree fixture, or nil when git is not on PATH.
    static func all(commands: Set<String>, closable: [Int], worktrees: NewWorktrees?) -> [Operation] {
        let both = ["open/", "closed/"]
        let hasReindex = commands.contains("reindex")
        let hasSearch = commands.contains("search")
        let hasReady = commands.contains("ready")
        let searchVerb = hasSearch ? "search" : "list"
        let searchNote = hasSearch ? nil : "no `search` command yet: run as `docket list is:all …` (same query syntax)"
        func search(_ name: String, term: String, rgFlags: [String], pattern: String, kind: Kind = .search) -> Operation {
            Operation(
                kind: kind, name: name, docket: { _ in [searchVerb, "is:all", term] }, note: searchNote,
                floorFolders: both, rg: ["-l", "-i"] + rgFlags + [pattern] + both, warms: true, dropsIndex: false
            )
        }
        func pick(_ run: Int) -> String { String(closable[min(max(run - 1, 0), closable.count - 1)]) }
        return [
            Operation(
                kind: .reindex, name: "cold reindex", docket: hasReindex ? { _ in ["reindex"] } : nil,
                note: hasReindex ? nil : "skipped: `docket --help` lists no `reindex` command",
                floorFolders: both, rg: nil, warms: true, dropsIndex: true,
                floor: [Floor.ftsCommand, "../.docket/fts-floor.sqlite"]
            ),
            Operation(
                kind: .freshList, name: "list in a fresh clone (no index)", docket: { _ in ["list"] }, note: nil,
                floorFolders: ["open/"], rg: nil, warms: true, dropsIndex: true, floor: [Floor.readCommand]
            ),
            Operation(
                kind: .list, name: "list (no change)", docket: { _ in ["list"] }, note: nil,
                floorFolders: ["open/"], rg: ["-l", "^id:", "open/"], warms: true, dropsIndex: false
            ),
            Operation(
                kind: .listLabel, name: "list -l bug", docket: { _ in ["list", "-l", "bug"] }, note: nil,
                floorFolders: ["open/"], rg: ["-l", "^labels:.*\\bbug\\b", "open/"], warms: true, dropsIndex: false
            ),
            Operation(
                kind: .ready, name: "ready (2 blocked_by edges per issue)", docket: hasReady ? { _ in ["ready"] } : nil,
                note: hasReady ? nil : "skipped: `docket --help` lists no `ready` command",
                floorFolders: ["open/"], rg: nil, warms: true, dropsIndex: false
            ),
            search("search common word `\(CorpusText.commonWord)`", term: CorpusText.commonWord, rgFlags: [], pattern: CorpusText.commonWord, kind: .searchCommon),
            search("search rare word `\(CorpusText.rareWord)`", term: CorpusText.rareWord, rgFlags: [], pattern: CorpusText.rareWord),
            search("search phrase `\"\(CorpusText.phrase)\"`", term: "\"\(CorpusText.phrase)\"", rgFlags: ["-F"], pattern: CorpusText.phrase),
            Operation(
                kind: .show, name: "show (a different open issue per run)",
                docket: closable.isEmpty ? nil : { run in ["show", pick(run)] },
                note: closable.isEmpty ? "skipped: no open issue to show" : nil,
                floorFolders: both, rg: nil, warms: true, dropsIndex: false
            ),
            Operation(
                kind: .new, name: "new (corpus grows by one per run)", docket: { run in ["new", "Benchmark issue number \(run)", "-l", "bench"] },
                note: nil, floorFolders: both, rg: nil, warms: false, dropsIndex: false
            ),
            Operation(
                kind: .close, name: "close (a different open issue per run)",
                docket: closable.isEmpty ? nil : { run in ["close", pick(run)] },
                note: closable.isEmpty ? "skipped: no open issue to close" : nil,
                floorFolders: both, rg: nil, warms: false, dropsIndex: false
            ),
            Operation(
                kind: .newWorktreeList, name: "list in a new worktree (indexed clone)",
                docket: worktrees.map { worktrees in { run in ["-C", worktrees.path(run), "list"] } },
                note: worktrees == nil ? "skipped: git not found on PATH" : nil,
                floorFolders: ["open/"], rg: nil, warms: true, dropsIndex: false, worktrees: worktrees
            ),
        ]
    }
}
