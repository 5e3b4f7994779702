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
    func holder(of key: IssueKey) -> (name: String, since: String)? {
        guard let text = try? FileSystem.readText(path(key)) else { return nil }
        let parts = text.trimmingSpacesAndNewlines.split(separator: "\t", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }

    /// Claims `issue` for `actor` at `time`, then runs `update` (which writes the file) while
    /// still holding the lock. Claiming again as the holder succeeds and changes nothing.
    func claim(_ issue: Issue, as actor: String, at time: String, update: () throws -> Void) throws {
        try allocator.withLock {
            if let current = holder(of: issue.key), current.name != actor {
                throw DocketError.conflict("\(issue.key) is claimed by \(current.name) since \(current.since)")
            }
            if let assignee = issue.assignee, assignee != actor {
                throw DocketError.conflict("\(issue.key) is claimed by \(assignee) since \(issue.claimed ?? issue.updated ?? "an unknown time")")
            }
            try FileSystem.makeDirectories(directory)
            try FileSystem.writeAtomically("\(actor)\t\(time)\n", to: path(issue.key))
            try update()
        }
    }

    /// Releases a claim; only the holder may, unless `force`.
    func release(_ issue: Issue, by actor: String, force: Bool, update: () throws -> Void) throws {
        try allocator.withLock {
            let current = holder(of: issue.key)?.name ?? issue.assignee
            if let current, current != actor, !force {
                throw DocketError.conflict("\(issue.key) is claimed by \(current), not \(actor); use --force to release it")
            }
            unlink(path(issue.key))
            try update()
        }
    }

    /// Forgets a claim without checks (closing an issue releases it).
    func forget(_ key: IssueKey) {
        unlink(path(key))
    }
}
