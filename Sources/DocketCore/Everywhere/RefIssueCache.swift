import Foundation

/// What a branch's issue folders hold, parsed, cached by commit SHA in `everywhere/` beside
/// the ID counter. A commit's tree never changes, so a branch that has not moved is read
/// from its file with no git run at all. Each entry is two packed files (`PackedStrings`),
/// each starting with a format tag and the project's folder in the repository: `SHA` holds
/// one `IssueRecord` per issue, `SHA.bodies` their bodies in the same order, read only by
/// the commands that show or search them (a list would otherwise read ten times more).
struct RefIssueCache {
    let repository: ProjectInRepository

    static let formatTag = "docket-everywhere-2"
    static let bodiesSuffix = ".bodies"

    var directory: String { repository.cacheDirectory + "/everywhere" }

    private func path(_ sha: String) -> String { directory + "/" + sha }

    /// The issues cached for `sha`, or `nil` when there is no usable entry.
    func issues(at sha: String, includeBody: Bool) -> [Issue]? {
        guard let records = items(path(sha)) else { return nil }
        var bodies: ArraySlice<String>?
        if includeBody {
            guard let stored = items(path(sha) + RefIssueCache.bodiesSuffix), stored.count == records.count else { return nil }
            bodies = stored
        }
        var issues: [Issue] = []
        issues.reserveCapacity(records.count)
        for (offset, record) in records.enumerated() {
            let body = bodies.map { $0[$0.startIndex + offset] } ?? ""
            guard let issue = IssueRecord.unpack(record, body: body) else { return nil }
            issues.append(issue)
        }
        return issues
    }

    /// The items after the tag and folder of one cache file, or `nil` when it is missing or not ours.
    private func items(_ path: String) -> ArraySlice<String>? {
        guard let text = try? FileSystem.readTextIfPresent(path) else { return nil }
        let items = PackedStrings.unpack(text)
        guard items.count >= 2, items[0] == RefIssueCache.formatTag, items[1] == repository.prefix else { return nil }
        return items.dropFirst(2)
    }

    /// Records `issues` (with their bodies) for `sha`, bodies first so a reader that finds
    /// the records finds their bodies; a cache that cannot be written is only slower next time.
    func store(_ issues: [Issue], at sha: String) {
        let head = [RefIssueCache.formatTag, repository.prefix]
        try? FileSystem.makeDirectories(directory)
        try? FileSystem.writeAtomically(PackedStrings.pack(head + issues.map(\.body)), to: path(sha) + RefIssueCache.bodiesSuffix)
        try? FileSystem.writeAtomically(PackedStrings.pack(head + issues.map(IssueRecord.pack)), to: path(sha))
    }

    /// Removes the entries of commits no branch points at any more.
    func prune(keeping shas: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !name.hasPrefix(".") {
            let sha = name.hasSuffix(RefIssueCache.bodiesSuffix) ? String(name.dropLast(RefIssueCache.bodiesSuffix.count)) : name
            if !shas.contains(sha) { unlink(path(name)) }
        }
    }
}
