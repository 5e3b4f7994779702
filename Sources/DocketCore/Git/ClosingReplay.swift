import Foundation

/// Rewrites commits so the `closed_by` they record, and the follow-up commits' messages,
/// name the commits that exist after git rewrote history.
///
/// `mapping` is what git reported (`post-rewrite`: old SHA → new SHA). Replaying a commit
/// makes a new one with the same author, committer, dates and message, its parents replaced
/// by their replays, every issue file under `closed/` whose `closed_by` names a rewritten
/// commit pointing at that commit's final version instead (the closing reason too, when it
/// was the old commit's subject), and a follow-up's trailer and `(fixed in …)` retargeted
/// the same way. A commit that needs none of this and whose parents are unchanged is kept
/// as it is. Only plumbing is used (`ls-tree`, `hash-object`, a temporary index,
/// `commit-tree`); no ref, index or working-tree file is touched here.
struct ClosingReplay {
    let git: Git
    /// The store whose files are rewritten (paths inside commits are `prefix` + its paths).
    let store: IssueStore
    /// The project's folder relative to the top of the working tree (`""` or `sub/`).
    let prefix: String
    /// The `closed` time for an issue file that has none.
    let timestamp: String
    var mapping: [String: String]
    /// Each replayed commit's replacement.
    private(set) var replayed: [String: String] = [:]
    /// Per blob: the commit its `closed_by` names, the commit it was retargeted to, and the
    /// blob that made (`nil`: unchanged).
    private var blobs: [String: Retarget] = [:]
    private typealias Retarget = (closedBy: String?, target: String?, rewritten: String?)
    private var subjects: [String: String] = [:]

    init(git: Git, store: IssueStore, prefix: String, timestamp: String, mapping: [String: String]) {
        self.git = git
        self.store = store
        self.prefix = prefix
        self.timestamp = timestamp
        self.mapping = mapping
    }

    /// The commit that now stands for `sha`: what git rewrote it to, then what the replay made of that.
    func resolve(_ sha: String) -> String {
        let rewritten = mapping[sha] ?? sha
        return replayed[rewritten] ?? rewritten
    }

    /// Replays `commit` on `parents` (its own parents' replays when `nil`) and returns the
    /// SHA that stands for it; `message` replaces its message when given.
    mutating func replay(_ commit: CommitInfo, parents: [String]? = nil, message: String? = nil) throws -> String {
        let newParents = parents ?? commit.parents.map { replayed[$0] ?? $0 }
        var changed: [TreeEntry] = []
        for entry in try git.treeEntries(commit.sha, paths: [prefix + store.layout.relativePath(state: .closed, name: "")]) {
            guard entry.path.hasSuffix(".md"), let blob = try rewrittenBlob(entry, in: commit.sha) else { continue }
            changed.append(TreeEntry(mode: entry.mode, blob: blob, path: entry.path))
        }
        var text = message ?? commit.message
        if let target = FollowUp.target(of: text), resolve(target) != target {
            text = FollowUp.retargeted(text, from: target, to: resolve(target))
        }
        guard !changed.isEmpty || text != commit.message || newParents != commit.parents else { return commit.sha }
        let tree = try git.tree(from: commit.sha, setting: changed, removing: [])
        let identity = try git.identity(of: commit.sha)
        let new = try git.commitTree(tree, parents: newParents, message: text, environment: identity.environment(keepingCommitter: true))
        replayed[commit.sha] = new
        return new
    }

    /// The changes that make `issue` (closed by `old`) name `new` instead.
    mutating func retargeting(_ issue: Issue, from old: String, to new: String) throws -> [IssueChange] {
        var reason = issue.closedReason
        if let reason0 = reason, try reason0 == subject(of: old) { reason = try subject(of: new) }
        return [.close(at: issue.closed ?? timestamp, reason: reason, commit: new)]
    }

    /// The blob `entry` of `commit` becomes, or `nil` when it stays as it is. A file that
    /// names the very commit being replayed (a closing amended into its own commit) is left
    /// alone: no commit can hold its own SHA.
    private mutating func rewrittenBlob(_ entry: TreeEntry, in commit: String) throws -> String? {
        var known = try blobs[entry.blob] ?? rewriting(entry)
        if let old = known.closedBy, known.target != resolve(old) { known = try rewriting(entry) }
        blobs[entry.blob] = known
        guard let old = known.closedBy, mapping[old] != commit, resolve(old) != commit else { return nil }
        return known.rewritten
    }

    private mutating func rewriting(_ entry: TreeEntry) throws -> Retarget {
        let text = try git.blobText(entry.blob)
        let relative = String(entry.path.dropFirst(prefix.count))
        guard case .success(let issue) = IssueFormat.parse(text, path: relative, state: .closed),
              let old = issue.closedBy, resolve(old) != old else { return (nil, nil, nil) }
        let target = resolve(old)
        let updated = try IssueFormat.apply(try retargeting(issue, from: old, to: target), to: text, path: relative)
        return (old, target, updated == text ? nil : try git.writeBlob(updated))
    }

    private mutating func subject(of sha: String) throws -> String {
        if let known = subjects[sha] { return known }
        let subject = try git.commitInfo(sha).subject
        subjects[sha] = subject
        return subject
    }
}
