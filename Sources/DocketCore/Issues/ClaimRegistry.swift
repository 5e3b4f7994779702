import Foundation

/// Who holds which issue, recorded beside the ID counter (in the git common directory when
/// there is one) so that every worktree of a clone sees a claim the moment it is made.
///
/// A claim is a compare-and-swap under the allocator's lock: it succeeds only when nobody
/// else holds the issue, in the registry or in the file's `assignee`. Closing a claimed
/// issue does not end the claim: it becomes "closed in SHA on BRANCH" and keeps the issue
/// from other worktrees until their branch contains that commit (see `ClaimView`).
struct ClaimRegistry {
    let allocator: IDAllocator

    init(layout: ProjectLayout) {
        allocator = IDAllocator(layout: layout)
    }

    private var directory: String { allocator.counterDirectory + "/claims" }

    private func path(_ key: IssueKey) -> String { directory + "/" + key.plain }

    /// The claim on `key`, if any.
    func claim(on key: IssueKey) throws -> Claim? {
        guard let text = try FileSystem.readTextIfPresent(path(key)) else { return nil }
        return Claim(key: key, text: text)
    }

    /// Every claim of the clone, in key order; files that are not claims are skipped.
    func all() throws -> [Claim] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return try names.compactMap { name in
            guard let key = IssueKey(parsing: name), key.plain == name else { return nil }
            return try claim(on: key)
        }.sorted { $0.key < $1.key }
    }

    /// Claims issue `key` for `actor` at `time`: under the registry's lock, and with the
    /// file read afresh under its own lock, so the registry and the file agree. Claiming
    /// again as the holder succeeds and changes nothing. With `force`, someone else's claim
    /// or assignment is taken over. A claim closed on another branch still holds the issue
    /// unless `isMerged` says this branch contains its commit.
    func claim(
        _ key: IssueKey, as actor: String, at time: String, worktree: String?, in store: IssueStore,
        force: Bool = false, isMerged: (Claim) -> Bool = { _ in false }
    ) throws -> Issue {
        try Self.check(actor)
        return try allocator.withLock {
            let current = try claim(on: key)
            let claimed = try store.modify(key) { issue in
                guard issue.state == .open else { throw DocketError.conflict("\(key) is closed") }
                if let current, !force {
                    if let closed = current.closingDescription, !isMerged(current) {
                        throw DocketError.conflict("\(key) was \(closed) by \(current.actor), which this branch does not contain yet; merge it, or release it with 'docket unclaim \(key.plain) --force'")
                    }
                    if current.closing == nil, current.actor != actor {
                        throw DocketError.conflict("\(key) is claimed by \(current.actor) since \(current.since)")
                    }
                }
                if let assignee = issue.assignee, assignee != actor, !force {
                    // An assignee written by hand or by `update -a` is not a claim: say what it is.
                    guard let since = issue.claimed else {
                        throw DocketError.conflict("\(key) is assigned to \(assignee); use --force to claim it")
                    }
                    throw DocketError.conflict("\(key) is claimed by \(assignee) since \(since)")
                }
                if issue.assignee == actor, issue.claimed != nil { return [] }
                return [.assignee(actor), .claimed(time), .updated(time)]
            }
            if current?.actor != actor || current?.closing != nil {
                try write(Claim(key: key, actor: actor, since: claimed.claimed ?? time, worktree: worktree))
            }
            return claimed
        }
    }

    /// What `release` did.
    enum Release {
        /// The claim was released; the issue as it now reads.
        case released(Issue?)
        /// Nobody held the issue: nothing was changed.
        case nobodyHolds

        /// Whether something was released.
        var isRelease: Bool {
            if case .released = self { true } else { false }
        }
    }

    /// Releases a claim; only the holder may, unless `force`. Releasing an issue nobody
    /// holds (no claim in the registry, no `claimed` in the file) changes nothing. A claim
    /// closed on a branch is dropped from the registry; the (closed) file is left alone.
    func release(_ key: IssueKey, by actor: String, force: Bool, at time: String, in store: IssueStore) throws -> Release {
        try allocator.withLock {
            let registered = try claim(on: key)
            let issue = try store.issue(key)
            let holder = registered?.actor ?? (issue.claimed != nil ? issue.assignee : nil)
            guard registered != nil || issue.claimed != nil else { return .nobodyHolds }
            if let holder, holder != actor, !force {
                throw DocketError.conflict("\(key) is claimed by \(holder), not \(actor); use --force to release it")
            }
            var released: Issue?
            if issue.state == .open {
                released = try store.modify(key) { issue in
                    guard issue.assignee != nil || issue.claimed != nil else { return [] }
                    return [.assignee(nil), .claimed(nil), .updated(time)]
                }
            }
            unlink(path(key))
            return .released(released)
        }
    }

    /// Changes the assignee of `key` (`update -a`) under the registry's lock, with the other
    /// `changes` `decide` returns: refused while someone other than the new assignee (or,
    /// to unassign, than `actor`) holds the claim, unless `force`. A claim moves to the new
    /// assignee, and unassigning releases it, so the file and the registry never disagree.
    /// `finish` gets every change to make (empty when there is none) and returns what to write.
    func reassign(
        _ key: IssueKey, to assignee: String?, by actor: String, force: Bool, in store: IssueStore,
        _ decide: (Issue) throws -> [IssueChange], finish: ([IssueChange]) -> [IssueChange]
    ) throws -> Issue {
        if let assignee { try Self.check(assignee) }
        return try allocator.withLock {
            let current = try claim(on: key)
            if let current, current.closing == nil, current.actor != (assignee ?? actor), !force {
                throw DocketError.conflict("\(key) is claimed by \(current.actor) since \(current.since); use --force to change its assignee")
            }
            let held = current?.closing == nil ? current : nil
            let updated = try store.modify(key) { issue in
                var changes = try decide(issue)
                if issue.assignee != assignee { changes.append(.assignee(assignee)) }
                if assignee == nil || held == nil, issue.claimed != nil { changes.append(.claimed(nil)) }
                return finish(changes)
            }
            if var claim = held {
                if let assignee {
                    claim.actor = assignee
                    try write(claim)
                } else {
                    unlink(path(key))
                }
            }
            return updated
        }
    }

    /// Marks the claim on `key`, if there is one, as closed in `commit` (HEAD when nil) on
    /// the current branch. Outside git, or before the first commit, there is no branch to
    /// merge and the claim ends. Called with the issue's lock held, so it does not take the
    /// registry's lock (whose holders take issue locks): one atomic write.
    func markClosed(_ key: IssueKey, commit: String?, at time: String?, root: String) {
        guard var claim = try? claim(on: key), claim.closing == nil else { return }
        let git = Git(directory: root, environment: [:])
        guard Worktree.root(from: root) != nil, let sha = commit ?? (try? git.headCommit()) else {
            forget(key)
            return
        }
        claim.closing = Claim.Closing(commit: sha, branch: try? git.currentBranch(), at: time)
        try? write(claim)
    }

    /// Forgets a claim without checks.
    func forget(_ key: IssueKey) {
        unlink(path(key))
    }

    private func write(_ claim: Claim) throws {
        try FileSystem.makeDirectories(directory)
        try FileSystem.writeAtomically(claim.text, to: path(claim.key))
    }

    /// An actor is one line of printable text: it is written into files and the registry.
    private static func check(_ actor: String) throws {
        guard !actor.contains(where: { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) else {
            throw DocketError.usage("the actor name must be one line without control characters")
        }
    }
}
