import Foundation

extension Git {
    /// Makes one commit on HEAD holding exactly the working-tree state of `paths` and nothing
    /// else, without running any hook, then marks those paths clean in the real index.
    /// Returns the new commit's SHA, or `nil` when the paths already match HEAD (no commit).
    ///
    /// `paths` are files relative to the top of the working tree (a file moved from `open/`
    /// to `closed/` is two paths: the deletion and the addition). Everything else staged or
    /// modified stays exactly as it was, uncommitted. Works on a branch with no commits yet
    /// and in linked worktrees.
    ///
    /// How: a temporary index in this worktree's git directory is seeded from HEAD
    /// (`read-tree`), given the paths (`update-index --add --remove`), written as a tree and
    /// committed with `commit-tree` (so no hook runs); `update-ref HEAD NEW OLD` moves the
    /// branch only if HEAD still is OLD, so a concurrent commit makes this fail rather than
    /// be lost; finally `reset NEW -- paths` copies the committed entries into the real index.
    /// Honours `commit.gpgSign` and the usual author/committer settings.
    @discardableResult
    public func commitOnly(paths: [String], message: String) throws -> String? {
        guard !paths.isEmpty else { return nil }
        guard let top = try topLevel(), let gitDirectory = try gitDirectory() else {
            throw GitError(arguments: ["commit"] + paths, status: nil, message: "'\(directory)' is not inside a git working tree")
        }
        let root = Git(directory: top, environment: environment, executable: executable)
        let parent = try root.headCommit()
        let temporaryIndex = "\(gitDirectory)/docket-index-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer {
            unlink(temporaryIndex)
            unlink(temporaryIndex + ".lock")
        }
        let scratch = ["GIT_INDEX_FILE": temporaryIndex]
        if let parent { try root.output(["read-tree", parent], environment: scratch) }
        try root.output(["update-index", "--add", "--remove", "--"] + paths, environment: scratch)
        let tree = try root.output(["write-tree"], environment: scratch)
        if let parent, try tree == root.output(["rev-parse", "--verify", "\(parent)^{tree}"]) { return nil }

        let text = message.hasSuffix("\n") ? message : message + "\n"
        let commit = try root.output(["commit-tree", tree] + (parent.map { ["-p", $0] } ?? []) + ["-F", "-"], input: Data(text.utf8))
        let reflog = "commit (docket): \(CommitMessage.subject(of: message))"
        try root.output(["update-ref", "-m", reflog, "HEAD", commit, parent ?? ""])
        try root.output(["--literal-pathspecs", "reset", "-q", commit, "--"] + paths)
        return commit
    }
}
