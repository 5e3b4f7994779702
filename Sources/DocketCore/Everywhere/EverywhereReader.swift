import Foundation

/// Reads the issues of every worktree of the clone (their files, as they are now) and of
/// every local and remote-tracking branch not checked out in one (their commits, through
/// `ls-tree` and one `cat-file --batch`, nothing checked out).
///
/// The current worktree comes first, then the others in git's order, then local branches,
/// then remote-tracking ones: the order `EverywhereIssue` picks a representative copy in.
struct EverywhereReader {
    let repository: ProjectInRepository
    let git: any GitRunning
    /// Where a worktree's index says it is damaged or being built.
    var warn: (String) -> Void = { _ in }

    /// The copies found, and the worktree files that could not be read.
    struct Reading {
        var copies: [IssueCopy] = []
        var unreadable: [UnreadableFiles] = []
    }

    /// Reads the worktrees on this thread while the branches are read on another: the two
    /// share nothing but the list of branches checked out.
    func read(_ states: [IssueState], includeBody: Bool) throws -> Reading {
        let worktrees = try git.worktrees().filter { !$0.isBare }
        let checkedOut = Set(worktrees.compactMap(\.branch))
        let branchIssues = BackgroundResult { [repository, git] in
            let refs = try git.branchRefs()
            let branches = refs.filter { !checkedOut.contains($0.name) }
            let cache = RefIssueCache(repository: repository)
            let byCommit = try EverywhereReader.issuesByCommit(Set(branches.map(\.sha)), includeBody: includeBody, cache: cache, git: git)
            cache.prune(keeping: Set(refs.map(\.sha)))
            return (branches, byCommit)
        }
        var reading = Reading()
        let isHere = { (worktree: WorktreeEntry) in FileSystem.realPath(worktree.path) == repository.workTreeRoot }
        for worktree in worktrees.filter(isHere) + worktrees.filter({ !isHere($0) }) {
            let layout = ProjectLayout(root: repository.projectRoot(inWorktree: worktree.path))
            guard ProjectLayout.isFolder(layout.issuesDirectory), (try? layout.checkContained()) != nil else { continue }
            let here = isHere(worktree)
            let location = IssueLocation(kind: .worktree, name: worktree.path, isHere: here)
            let (issues, unreadable) = try worktreeIssues(layout, includeBody: includeBody)
            reading.copies += issues.filter { states.contains($0.state) }.map { IssueCopy(issue: $0, location: location) }
            reading.unreadable.append(here ? unreadable : UnreadableFiles(first: unreadable.first.map { layout.root + "/" + $0 }, count: unreadable.count))
        }
        let (branches, byCommit) = try branchIssues.value()
        for ref in branches {
            let location = IssueLocation(kind: ref.isRemote ? .remote : .branch, name: ref.shortName, isHere: false)
            for issue in byCommit[ref.sha] ?? [] where states.contains(issue.state) {
                reading.copies.append(IssueCopy(issue: issue, location: location))
            }
        }
        return reading
    }

    /// A worktree's issues through its own index, refreshed as any command run there would
    /// refresh it, or from its files when the index cannot be used or the bodies are wanted
    /// (the index keeps none).
    private func worktreeIssues(_ layout: ProjectLayout, includeBody: Bool) throws -> ([Issue], UnreadableFiles) {
        let all = Query(state: .all)
        let indexed = includeBody ? nil : try IssueIndex.withIndex(layout, warn: warn) { index in
            (try index.refresh(IssueState.allCases), try index.issues(matching: all, defaultState: .all))
        }
        if let (unreadable, issues) = indexed { return (issues, unreadable) }
        let snapshot = try IssueStore(layout: layout).load()
        return (includeBody ? snapshot.issues : snapshot.issues.map { issue in
            var issue = issue
            issue.body = ""
            return issue
        }, UnreadableFiles(snapshot.problems))
    }

    /// Each commit's issues: from the cache, or from one `ls-tree` per uncached commit and
    /// one `cat-file --batch` for all their blobs, each distinct file parsed once. A file a
    /// branch holds that does not parse is left out (`doctor` on that branch names it).
    private static func issuesByCommit(_ shas: Set<String>, includeBody: Bool, cache: RefIssueCache, git: any GitRunning) throws -> [String: [Issue]] {
        let repository = cache.repository
        var result: [String: [Issue]] = [:]
        var uncached: [String: [ProjectInRepository.TreeFile]] = [:]
        for sha in shas.sorted() {
            if let issues = cache.issues(at: sha, includeBody: includeBody) {
                result[sha] = issues
            } else {
                uncached[sha] = repository.issueFiles(in: try git.treeEntries(of: sha, under: repository.folderPathspecs))
            }
        }
        guard !uncached.isEmpty else { return result }
        let blobs = try GitBlobBatch.read(Set(uncached.values.joined().map(\.blob)).sorted(), with: git)
        var parsed: [String: Issue?] = [:]
        for (sha, files) in uncached {
            var issues: [Issue] = []
            for file in files {
                let path = ".project/issues/\(file.state.rawValue)/\(file.name)"
                let memo = file.blob + "\0" + path
                if parsed[memo] == nil {
                    parsed[memo] = blobs[file.blob].flatMap { data in
                        try? IssueFormat.parse(LosslessUTF8.decode(data), path: path, state: file.state).get()
                    }
                }
                if let issue = parsed[memo] ?? nil { issues.append(issue) }
            }
            cache.store(issues, at: sha)
            result[sha] = includeBody ? issues : issues.map { issue in
                var issue = issue
                issue.body = ""
                return issue
            }
        }
        return result
    }
}
