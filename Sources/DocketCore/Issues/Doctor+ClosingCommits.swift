import Foundation

extension Doctor {
    /// Closed issues whose `closed_by` names a commit that no branch (local or remote-tracking)
    /// contains: a commit lost to a rebase or amend made without Docket's `post-rewrite`
    /// hook, or one never pushed or fetched here. Reported at the line that names the commit,
    /// with how to point it at the right one.
    ///
    /// Reads `git rev-list --branches --remotes` once, so the cost does not grow with the
    /// number of issues; a short `closed_by` counts when a reachable commit starts with it.
    /// Outside a git repository, in a repository without branches, or when git fails,
    /// nothing is reported.
    func closingCommitsOnNoBranch(in files: [File]) -> [DoctorProblem] {
        let closing = files.compactMap { file -> (File, String)? in
            guard file.state == .closed, let sha = file.issue?.closedBy?.lowercased(), sha.allSatisfy(\.isHexDigit) else { return nil }
            return (file, sha)
        }
        guard !closing.isEmpty else { return [] }
        let git = Git(directory: store.layout.root)
        guard (try? git.topLevel()) != nil, let listed = try? git.output(["rev-list", "--branches", "--remotes"]), !listed.isEmpty else { return [] }
        let reachable = Set(listed.split(separator: "\n").map(String.init))
        return closing.compactMap { file, sha in
            if reachable.contains(sha) || (sha.count < 40 && reachable.contains { $0.hasPrefix(sha) }) { return nil }
            let key = file.issue.map { $0.key.plain } ?? ""
            let message = "closed_by \(sha.prefix(12)) is on no branch (rewritten by a rebase or amend?); "
                + "find the commit that replaced it (git log --grep) and run 'docket reopen \(key)' then 'docket close \(key) --commit REV'"
            return DoctorProblem(.closingCommitOnNoBranch, message, path: file.path, line: line(naming: sha, in: file))
        }
    }

    /// The line of `file` that names `sha` (its `closed_by:` or resolution line); the ID's line when none does.
    private func line(naming sha: String, in file: File) -> Int {
        let text = (try? FileSystem.readText(store.layout.root + "/" + file.path)) ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.lowercased().contains(sha) }.map { $0 + 1 } ?? file.idLine
    }
}
