import Foundation

/// The highest issue number each local and remote-tracking branch uses, so that `new` never
/// hands out a number a branch it can see already has: two clones that have fetched each
/// other do not collide.
///
/// Numbers come from the file names in each branch's `open/` and `closed/`, as the
/// worktree's own are read. They are cached by commit SHA in `ref-numbers` beside the ID
/// counter, so a branch that has not moved costs no `ls-tree`: only `for-each-ref` runs.
struct RefIssueNumbers {
    let repository: ProjectInRepository
    let git: any GitRunning

    /// Highest numbers by key prefix (`""` for Docket's own issues).
    typealias Highest = [String: Int]

    /// For the project at `layout`, with git run as the invocation's environment says;
    /// `nil` outside a repository.
    init?(layout: ProjectLayout, environment: [String: String]) {
        guard let repository = ProjectInRepository(layout: layout) else { return nil }
        self.init(repository: repository, git: Git(directory: layout.root, environment: environment))
    }

    init(repository: ProjectInRepository, git: any GitRunning) {
        self.repository = repository
        self.git = git
    }

    private var cachePath: String { repository.cacheDirectory + "/ref-numbers" }

    /// The highest number any branch uses for `prefix`; 0 when none does, and 0 when git
    /// fails (then `new` numbers as it would without branches).
    func highest(prefix: String?) -> Int {
        guard let byRef = try? highestByRef() else { return 0 }
        return byRef.values.compactMap { $0[prefix ?? ""] }.max() ?? 0
    }

    /// Each branch's highest numbers, by commit SHA; a commit not in the cache gets one
    /// `ls-tree`, and the cache is rewritten (keeping only the current commits) when it changed.
    func highestByRef() throws -> [String: Highest] {
        let refs = try git.branchRefs()
        let cached = readCache()
        var result: [String: Highest] = [:]
        for sha in Set(refs.map(\.sha)) {
            if let known = cached[sha] {
                result[sha] = known
                continue
            }
            var highest: Highest = [:]
            let entries = try git.treeEntries(of: sha, under: repository.folderPathspecs)
            for file in repository.issueFiles(in: entries) {
                guard let key = Slug.key(fromFileName: file.name) else { continue }
                highest[key.prefix ?? ""] = max(highest[key.prefix ?? ""] ?? 0, key.number)
            }
            result[sha] = highest
        }
        if result.count != cached.count || result.keys.contains(where: { cached[$0] == nil }) {
            try? writeCache(result)
        }
        return result
    }

    /// Records are packed (`PackedStrings`): SHA, the project's prefix in the repository, then
    /// pairs of key prefix and number. A record for another project folder does not count.
    private func readCache() -> [String: Highest] {
        guard let text = try? FileSystem.readTextIfPresent(cachePath) else { return [:] }
        var cache: [String: Highest] = [:]
        for record in PackedStrings.unpack(text) {
            let items = PackedStrings.unpack(record)
            guard items.count >= 2, items.count % 2 == 0, items[1] == repository.prefix else { continue }
            var highest: Highest = [:]
            for index in stride(from: 2, to: items.count, by: 2) {
                guard let number = Int(items[index + 1]) else { continue }
                highest[items[index]] = number
            }
            cache[items[0]] = highest
        }
        return cache
    }

    private func writeCache(_ byRef: [String: Highest]) throws {
        let records = byRef.sorted { $0.key < $1.key }.map { sha, highest in
            PackedStrings.pack([sha, repository.prefix] + highest.sorted { $0.key < $1.key }.flatMap { [$0.key, String($0.value)] })
        }
        try FileSystem.makeDirectories(repository.cacheDirectory)
        try FileSystem.writeAtomically(PackedStrings.pack(records), to: cachePath)
    }
}
