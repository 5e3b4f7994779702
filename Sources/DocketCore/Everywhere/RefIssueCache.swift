import Foundation

/// What a branch's issue folders hold, parsed, cached by commit SHA in `everywhere/` beside
/// the ID counter. A commit's tree never changes, so a branch that has not moved is read
/// from one file with no git run at all. Each file is packed (`PackedStrings`): a format
/// tag, the project's folder in the repository, then one `IssueRecord` per issue.
struct RefIssueCache {
    let repository: ProjectInRepository

    static let formatTag = "docket-everywhere-1"

    var directory: String { repository.cacheDirectory + "/everywhere" }

    private func path(_ sha: String) -> String { directory + "/" + sha }

    /// The issues cached for `sha`, or `nil` when there is no usable entry.
    func issues(at sha: String, includeBody: Bool) -> [Issue]? {
        guard let text = try? FileSystem.readTextIfPresent(path(sha)) else { return nil }
        let items = PackedStrings.unpack(text)
        guard items.count >= 2, items[0] == RefIssueCache.formatTag, items[1] == repository.prefix else { return nil }
        var issues: [Issue] = []
        issues.reserveCapacity(items.count - 2)
        for record in items.dropFirst(2) {
            guard let issue = IssueRecord.unpack(record, includeBody: includeBody) else { return nil }
            issues.append(issue)
        }
        return issues
    }

    /// Records `issues` (with their bodies) for `sha`; a cache that cannot be written is
    /// only slower next time.
    func store(_ issues: [Issue], at sha: String) {
        let text = PackedStrings.pack([RefIssueCache.formatTag, repository.prefix] + issues.map(IssueRecord.pack))
        try? FileSystem.makeDirectories(directory)
        try? FileSystem.writeAtomically(text, to: path(sha))
    }

    /// Removes the entries of commits no branch points at any more.
    func prune(keeping shas: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !shas.contains(name) && !name.hasPrefix(".") {
            unlink(path(name))
        }
    }
}
