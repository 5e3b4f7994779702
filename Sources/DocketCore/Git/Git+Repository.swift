import Foundation

extension Git {
    /// The top directory of the working tree (`git rev-parse --show-toplevel`), or `nil` when
    /// `directory` is not inside a working tree (outside any repository, or inside `.git`).
    public func topLevel() throws -> String? {
        try repositoryPath(["--show-toplevel"])
    }

    /// This worktree's own git directory, absolute: `.git` in the main worktree,
    /// `.git/worktrees/NAME` in a linked one; `nil` outside a repository.
    public func gitDirectory() throws -> String? {
        try repositoryPath(["--git-dir"])
    }

    /// The git directory shared by all worktrees (objects, refs, config), absolute;
    /// `nil` outside a repository.
    public func commonDirectory() throws -> String? {
        try repositoryPath(["--git-common-dir"])
    }

    /// Where git looks for hooks, absolute; `nil` outside a repository.
    ///
    /// This is what git itself resolves (`git rev-parse --git-path hooks`): `core.hooksPath`
    /// when set (`~` expanded; a relative value is relative to the top of the worktree the
    /// commit runs in, so each linked worktree gets its own), otherwise the common
    /// directory's `hooks`, shared by every worktree.
    public func hooksDirectory() throws -> String? {
        try repositoryPath(["--git-path", "hooks"])
    }

    /// The value of a config key (`user.name`), the last one if it repeats; `nil` when unset.
    public func configValue(_ key: String) throws -> String? {
        try output(["config", "--get", "--end-of-options", key], nilOnStatus: 1)
    }

    /// The checked-out branch's short name (also on a branch with no commits yet);
    /// `nil` when HEAD is detached.
    public func currentBranch() throws -> String? {
        try output(["symbolic-ref", "--quiet", "--short", "HEAD"], nilOnStatus: 1)
    }

    /// The full SHA of HEAD's commit; `nil` on a branch with no commits yet.
    public func headCommit() throws -> String? {
        try output(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], nilOnStatus: 1)
    }

    /// Which multi-step operation this worktree is in the middle of, or `nil` when none
    /// (or outside a repository).
    ///
    /// Read from the worktree's own git directory. A running `git cherry-pick` sequence
    /// shows as `.cherryPick` while its commits' hooks run; a lone `git revert` leaves no
    /// trace while its hooks run (its `Revert "…"` subject is what marks it).
    public func operationInProgress() throws -> GitOperation? {
        guard let gitDirectory = try gitDirectory() else { return nil }
        return GitOperation.inProgress(gitDirectory: gitDirectory)
    }

    /// `git rev-parse --path-format=absolute OPTIONS`, or `nil` outside a repository.
    ///
    /// git says "not a git repository" (or, inside `.git`, "must be run in a work tree")
    /// with status 128; any other failure, such as a repository git refuses to trust, throws.
    private func repositoryPath(_ options: [String]) throws -> String? {
        let arguments = ["rev-parse", "--path-format=absolute"] + options
        let result = try run(arguments, environment: ["LC_ALL": "C"])
        if result.status == 0 {
            let path = result.outputText.trimmingCharacters(in: .newlines)
            return path.isEmpty ? nil : path
        }
        let text = result.errorText
        if text.contains("not a git repository") || text.contains("must be run in a work tree") { return nil }
        throw GitError(arguments: arguments, result: result)
    }
}
