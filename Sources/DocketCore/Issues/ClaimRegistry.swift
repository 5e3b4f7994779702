import Foundation

/// Who holds which issue, recorded beside the ID counter (in the git common directory when
/// there is one) so that every worktree of a clone sees a claim the moment it is made.
///
/// A claim is a compare-and-swap under the allocator's lock: it succeeds only when nobody
/// else holds the issue, in the registry or in the file's `assignee`.
struct ClaimRegistry {
    let allocator: IDAllocator

    init(layout: ProjectLayout) {
        allocator = IDAllocator(layout: layout)
    }

    private var directory: String { allocator.counterDirectory + "/claims" }

    private func path(_ key: IssueKey) -> String { directory + "/" + key.plain }

    /// The holder and time of a claim, if any.
    func holder(of key: IssueKey) throws -> (name: String, since: String)? {
        guard let text = try FileSystem.readTextIfPresent(path(key)) else { return nil }
        let parts = text.trimmingSpacesAndNewlines.split(separator: "\t", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }

    /// Claims issue `key` for `actor` at `time`: under the registry's lock, and with the
    /// file read afresh under its own lock, so the registry and the file agree. Claiming
    /// again as the holder succeeds and changes nothing. With `force`, someone else's claim
    /// or assignment is taken over.
    func claim(_ key: IssueKey, as actor: String, at time: String, in store: IssueStore, force: Bool = false) throws -> Issue {
        try allocator.withLock {
            let current = try holder(of: key)
            let claimed = try store.modify(key) { issue in
                guard issue.state == .open else { throw DocketError.failure("\(key) is closed") }
                if let current, current.name != actor, !force {
                    throw DocketError.conflict("\(key) is claimed by \(current.name) since \(current.since)")
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
            if current == nil || current?.name != actor {
                try FileSystem.makeDirectories(directory)
                try FileSystem.writeAtomically("\(actor)\t\(time)\n", to: path(key))
            }
            return claimed
        }
    }

    /// Releases a claim; only the holder may, unless `force`. Releasing an issue nobody
    /// holds changes nothing.
    func release(_ key: IssueKey, by actor: String, force: Bool, at time: String, in store: IssueStore) throws -> Issue {
        try allocator.withLock {
            let registered = try holder(of: key)?.name
            let released = try store.modify(key) { issue in
                let current = registered ?? issue.assignee
                if let current, current != actor, !force {
                    throw DocketError.conflict("\(key) is claimed by \(current), not \(actor); use --force to release it")
                }
                guard issue.assignee != nil || issue.claimed != nil else { return [] }
                return [.assignee(nil), .claimed(nil), .updated(time)]
            }
            unlink(path(key))
            return released
        }
    }

    /// Forgets a claim without checks (closing an issue releases it).
    func forget(_ key: IssueKey) {
        unlink(path(key))
    }
}
