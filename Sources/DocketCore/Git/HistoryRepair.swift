import Foundation

/// What `docket hook post-rewrite` does once git has rewritten commits (`git commit --amend`,
/// `git rebase`), so closing survives the rewrite.
///
/// - Amending Docket's follow-up commit (the usual `git commit --amend -m "better"` straight
///   after a closing commit, when HEAD is the follow-up) is taken as amending the user's
///   commit, which is what the user means: the user's commit is rebuilt with the amended
///   message (or its own, if the message was left as the follow-up's) and every change the
///   amend staged, keeping its author unless the amend reset it; a fresh follow-up goes on
///   top with `closed_by` and its message naming the rebuilt commit. See `amendFollowUp`.
/// - Any other rewrite: the commits from the first rewritten one to HEAD are replayed with
///   `ClosingReplay`, so every `closed_by` and follow-up message names the new commits
///   (authors and dates kept); HEAD moves with compare-and-swap.
/// - Either way, the issue files in the working tree get the same retargeting (through the
///   store, keeping any unstaged edit), the real index takes the new HEAD's entries for the
///   files that changed, so `git status` shows only what the user had unstaged; and a
///   closing reference the rewrite added (`fixes #N` written while rewording in
///   `rebase -i`, or in the amended message) closes its issue now, as `post-commit` would
///   have (which git skips during a rebase, and Docket skips for an amend).
///
/// Nothing is done for an amend made while a rebase or other operation is under way: the
/// operation's own `post-rewrite` at its end reports it.
struct HistoryRepair {
    let store: IssueStore
    /// At the top of the working tree.
    let git: Git
    let closer: CommitCloser
    /// `commit` or `stage`, as for `post-commit`.
    let mode: String
    let warn: (String) -> Void

    /// The `OLD NEW` pairs git writes to `post-rewrite`'s stdin (a third field, if any, ignored).
    static func pairs(in input: String) -> [(old: String, new: String)] {
        input.split(whereSeparator: \.isNewline).compactMap { line in
            let fields = line.split(separator: " ")
            return fields.count >= 2 ? (String(fields[0]), String(fields[1])) : nil
        }
    }

    /// Repairs after the rewrite `kind` (`amend` or `rebase`) that made `pairs`.
    func repair(kind: String, pairs: [(old: String, new: String)]) throws {
        guard !pairs.isEmpty else { return }
        if kind == "amend" {
            guard try git.operationInProgress() == nil else { return }
            if pairs.count == 1, try amendFollowUp(old: pairs[0].old, new: pairs[0].new) { return }
        }
        try replayAll(pairs)
    }

    /// Replays every commit from the first rewritten one to HEAD.
    private func replayAll(_ pairs: [(old: String, new: String)]) throws {
        guard let head = try git.headCommit() else { return }
        let rewritten = Set(pairs.map(\.new))
        var bases: Set<String> = []
        for sha in rewritten { bases.formUnion(try git.commitInfo(sha).parents.filter { !rewritten.contains($0) }) }
        var replay = try makeReplay(Dictionary(pairs.map { ($0.old, $0.new) }) { first, _ in first })
        for commit in try git.commits(from: head, excluding: bases.sorted()) { _ = try replay.replay(commit) }
        try settle(from: head, to: replay.replayed[head] ?? head, replay: &replay, reflog: "docket: closed_by follows the rewritten commits")
        for pair in pairs {
            let now = replay.resolve(pair.new)
            guard try git.isAncestor(now, of: "HEAD") else { continue }
            try closeAdded(in: git.commitInfo(now), comparedWith: git.commitInfo(pair.old))
        }
    }

    /// `git commit --amend` of Docket's follow-up `old` (made for commit U) into `new`:
    /// rebuilds U as U' with the amendment, and a fresh follow-up on U'. Returns false,
    /// changing nothing, when `old` is not a follow-up sitting on U or HEAD is not `new`.
    ///
    /// U' has `new`'s tree with the follow-up's own files put back as U had them (unless the
    /// amend changed them too), U's parents, `new`'s message (U's own when the amend kept the
    /// follow-up's message), U's author (the amend's when it changed the author, as
    /// `--reset-author` does) and a fresh committer. The new follow-up is `new` replayed on
    /// U' with the old follow-up's message, both retargeted from U to U'.
    private func amendFollowUp(old: String, new: String) throws -> Bool {
        let followUp = try git.commitInfo(old), amended = try git.commitInfo(new)
        guard let user = FollowUp.target(of: followUp.message), followUp.parents == [user], amended.parents == [user],
              try git.headCommit() == new else { return false }
        let original = try git.commitInfo(user)
        let paths = try git.changedPaths(from: user, to: old)
        func entries(_ commit: String) throws -> [String: TreeEntry] {
            Dictionary(try git.treeEntries(commit, paths: paths).map { ($0.path, $0) }) { first, _ in first }
        }
        let (inUser, inFollowUp, inAmended) = (try entries(user), try entries(old), try entries(new))
        let restored = paths.filter { inAmended[$0] == inFollowUp[$0] }
        let tree = try git.tree(from: new, setting: restored.compactMap { inUser[$0] }, removing: restored.filter { inUser[$0] == nil })
        let message = amended.message == followUp.message ? original.message : amended.message
        let amendedIdentity = try git.identity(of: new)
        let author = amendedIdentity.sameAuthor(as: try git.identity(of: old)) ? try git.identity(of: user) : amendedIdentity
        let rebuilt = try git.commitTree(tree, parents: original.parents, message: message, environment: author.environment(keepingCommitter: false))
        var replay = try makeReplay([user: rebuilt])
        let fresh = try replay.replay(amended, parents: [rebuilt], message: followUp.message)
        try settle(from: new, to: fresh, replay: &replay, reflog: "commit (amend, docket): \(CommitMessage.subject(of: message))")
        try closeAdded(in: git.commitInfo(rebuilt), comparedWith: original)
        return true
    }

    private func makeReplay(_ mapping: [String: String]) throws -> ClosingReplay {
        ClosingReplay(git: git, store: store, prefix: try CommitCloser.projectPrefix(store.layout, git: git),
                      timestamp: closer.timestamp, mapping: mapping)
    }

    /// Moves HEAD from `old` to `new` (compare-and-swap), retargets the issue files in the
    /// working tree the same way, and gives the real index `new`'s entries for what changed.
    private func settle(from old: String, to new: String, replay: inout ClosingReplay, reflog: String) throws {
        if new != old { try git.moveHead(to: new, from: old, reflog: reflog) }
        for issue in try store.load([.closed]).issues {
            guard let closedBy = issue.closedBy, replay.resolve(closedBy) != closedBy else { continue }
            try store.modify(issue.key) { current in
                guard current.closedBy == closedBy else { return [] }
                return try replay.retargeting(current, from: closedBy, to: replay.resolve(closedBy))
            }
        }
        if new != old { try git.resetIndex(to: new, paths: try git.changedPaths(from: old, to: new)) }
    }

    /// Closes what `commit` closes and `before` (the commit it replaced) did not.
    private func closeAdded(in commit: CommitInfo, comparedWith before: CommitInfo) throws {
        let prefixes = try store.knownPrefixes()
        func closing(_ message: String) -> Set<IssueKey> {
            Set(CommitMessage.references(in: message, knownPrefixes: prefixes).filter(\.isClosing).map(\.key))
        }
        let added = closing(commit.message).subtracting(closing(before.message))
        guard !added.isEmpty else { return }
        let closings = closer.close(commit, prefixes: prefixes, only: added, warn: warn)
        let sha = try closer.record(closings, for: commit, git: git, mode: mode)
        if !closings.isEmpty {
            let keys = closings.map(\.issue.key.description).joined(separator: ", ")
            warn("docket: closed \(keys) (fixed in \(commit.sha.prefix(7)))" + (sha.map { " in commit \($0.prefix(7))" } ?? ""))
        }
    }
}
