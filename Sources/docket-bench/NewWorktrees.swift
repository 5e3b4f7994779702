import Foundation

/// The fixture of the "list in a new worktree (indexed clone)" row: the corpus committed to
/// git with its main worktree's index built, and a brand-new `git worktree add --detach`
/// before each run (no index in it yet), removed after. None of this is timed.
///
/// Every git run is spawned with an argument array and `core.fsmonitor=false`, so neither a
/// shell nor a user's fsmonitor hook takes part.
struct NewWorktrees {
    let gitPath: String
    let docketPath: String
    /// The corpus root: the folder holding `.project/`.
    let root: String
    /// Where the worktrees go, outside the corpus.
    let folder: String

    /// Makes the corpus a repository with one commit (or reuses it when it already is one),
    /// checks that nothing under `.project/.docket/` was committed, and builds the main
    /// worktree's index anew with one `docket list`: the earlier rows built it before the
    /// corpus was a repository, when git's index could give no row its blob id, and an
    /// indexed clone's index is built inside its repository. Returns the seconds it took.
    func setUp() throws -> Double {
        let start = ProcessTimer.now()
        if access(root + "/.git", F_OK) != 0 {
            try git("init", "-q")
            try git("add", "-A")
            try git(
                "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false",
                "commit", "-q", "--no-verify", "-m", "Corpus"
            )
        }
        try checkCacheIsIgnored()
        try check([docketPath, "-C", root, "reindex"], "docket reindex in \(root)")
        try check([docketPath, "-C", root, "list"], "docket list in \(root)")
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw BenchError.system("mkdir", folder) }
        return ProcessTimer.now() - start
    }

    /// The worktree of run `run`.
    func path(_ run: Int) -> String { folder + "/wt-\(run)" }

    /// Checks out HEAD, detached, into a new worktree for run `run`.
    func add(_ run: Int) throws {
        try git("worktree", "add", "-q", "--detach", path(run))
    }

    /// Removes run `run`'s worktree, with the index and whatever else `docket` left in it.
    func remove(_ run: Int) throws {
        try git("worktree", "remove", "--force", path(run))
    }

    /// `.project/.docket/.gitignore` must ignore everything (`*`), and the commit must hold
    /// nothing under `.project/.docket/`: a committed index would be in every new worktree.
    private func checkCacheIsIgnored() throws {
        let ignore = ProcessTimer.read(root + "/.project/.docket/.gitignore")
        guard ignore.split(separator: "\n").contains("*") else {
            throw BenchError.failure("\(root)/.project/.docket/.gitignore does not hold `*`: the index would be committed")
        }
        let scratch = folder + ".ls-files"
        let tracked = ProcessTimer.capture(
            [gitPath, "-c", "core.fsmonitor=false", "-C", root, "ls-files", "--", ".project/.docket"], scratch: scratch
        )
        guard let tracked else { throw BenchError.failure("git ls-files in \(root) failed") }
        guard tracked.isEmpty else {
            throw BenchError.failure("the commit in \(root) holds files under .project/.docket/: \(tracked.split(separator: "\n").prefix(3).joined(separator: ", "))")
        }
    }

    private func git(_ arguments: String...) throws {
        try check([gitPath, "-c", "core.fsmonitor=false", "-C", root] + arguments, "git \(arguments.joined(separator: " "))")
    }

    private func check(_ arguments: [String], _ what: String) throws {
        let sample = try ProcessTimer.run(arguments)
        guard sample.status == 0 else { throw BenchError.failure("\(what) exited \(sample.status)") }
    }
}
