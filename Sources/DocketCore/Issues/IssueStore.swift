import Foundation

/// The Markdown files under `.project/issues/`: the only source of truth.
///
/// Reads turn files into `Issue` values; writes are atomic and a close or reopen is one
/// `rename` followed by an atomic rewrite, so a crash at any instant leaves each issue in
/// exactly one folder and readable.
public struct IssueStore: Sendable {
    public let layout: ProjectLayout
    /// The environment git runs with when `create` looks at the numbers branches use (see
    /// `RefIssueNumbers`); `nil` numbers from this worktree and the counter alone.
    public let gitEnvironment: [String: String]?
    /// The folders' file names as `listingNames()` listed them, for a command that asks
    /// several questions of the names (`new`); `nil` lists afresh for each question.
    private(set) var names: FolderNames?

    public init(layout: ProjectLayout, gitEnvironment: [String: String]? = nil) {
        self.layout = layout
        self.gitEnvironment = gitEnvironment
    }

    /// This store, answering `dialectPrefixes()` and `highestNumber(prefix:)` from one
    /// listing of both folders taken now, so `new` lists them once.
    func listingNames() throws -> IssueStore {
        var store = self
        store.names = try FolderNames(layout: layout)
        return store
    }

    /// The names of both folders: the snapshot when there is one, else listed now.
    func folderNames() throws -> FolderNames {
        try names ?? FolderNames(layout: layout)
    }

    /// What reading the folders found: the issues, and the files that could not be read.
    public struct Snapshot: Sendable {
        public var issues: [Issue]
        public var problems: [Diagnostic]
    }

    /// Creates `open/` and `closed/` when a clone lost them (git keeps no empty folders).
    public func ensureFolders() throws {
        for state in IssueState.allCases {
            try FileSystem.makeDirectories(layout.directory(for: state))
        }
    }

    /// Parses every issue file in the given folders.
    public func load(_ states: [IssueState] = IssueState.allCases) throws -> Snapshot {
        var snapshot = Snapshot(issues: [], problems: [])
        for state in states {
            for entry in try FileSystem.markdownFiles(in: layout.directory(for: state)) {
                switch read(name: entry.name, state: state) {
                case .success(let issue): snapshot.issues.append(issue)
                case .failure(let problem): snapshot.problems.append(problem)
                }
            }
        }
        return snapshot
    }

    /// Reads one issue file.
    public func read(name: String, state: IssueState) -> Result<Issue, Diagnostic> {
        let relative = layout.relativePath(state: state, name: name)
        let text: String
        do {
            text = try FileSystem.readText(layout.directory(for: state) + "/" + name)
        } catch {
            return .failure(Diagnostic("cannot read: \(error)", at: SourceLocation(path: relative, line: 1)))
        }
        return IssueFormat.parse(text, path: relative, state: state)
    }

    /// The issue with `key`; `no issue #99` when there is none, and an error naming the
    /// files when two claim the key. Reads only the files named for the key when one of
    /// them holds it (see `filesNamed(for:)`), else those whose content carries it.
    public func issue(_ key: IssueKey) throws -> Issue {
        let (key, named) = try located(key)
        return try issue(resolved: key, named: named)
    }

    /// `issue(_:)` for a key already resolved (see `located`), with the files named for it
    /// when the caller has just listed them.
    private func issue(resolved key: IssueKey, named: [FileRef]? = nil) throws -> Issue {
        var matches = try find(key, in: named ?? filesNamed(for: key), candidatesOnly: true)
        if matches.isEmpty { matches = try find(key, in: filesHolding(key), candidatesOnly: false) }
        guard let first = matches.first else { throw DocketError.notFound("no issue \(key)") }
        guard matches.count == 1 else {
            let paths = matches.map(\.path).joined(separator: ", ")
            throw DocketError.failure("\(key) is in \(matches.count) files (\(paths)); run 'docket doctor --fix'")
        }
        return first
    }

    /// The issue with `key`, read again once its lock is held: the one file listed for it
    /// before the lock was taken, when that still reads as `key` (so a write lists the
    /// folders once); otherwise, as when it moved or several files claim the key, the
    /// folders are listed again and `issue(resolved:)` decides, errors and all.
    private func reread(_ key: IssueKey, named: [FileRef]) throws -> Issue {
        guard named.count == 1, case .success(let issue) = read(name: named[0].name, state: named[0].state), issue.key == key else {
            return try self.issue(resolved: key)
        }
        return issue
    }

    private func find(_ key: IssueKey, in files: [FileRef], candidatesOnly: Bool) throws -> [Issue] {
        var matches: [Issue] = []
        for file in files {
            switch read(name: file.name, state: file.state) {
            case .success(let issue) where issue.key == key:
                matches.append(issue)
            case .failure(let problem) where candidatesOnly:
                // The file named for this key cannot be read: say why rather than "no issue".
                throw DocketError.failure(problem.headline)
            default:
                break
            }
        }
        return matches
    }

    /// Prefixes the project uses (`SEC` for `SEC-002-x.md`), so a commit's `fixes SEC-2` is
    /// recognised and `fixes UTF-8` is not.
    public func knownPrefixes() throws -> Set<String> {
        var prefixes: Set<String> = []
        for state in IssueState.allCases {
            for name in try FileSystem.markdownNames(in: layout.directory(for: state)) {
                if let prefix = Slug.key(fromFileName: name)?.prefix { prefixes.insert(prefix) }
            }
        }
        return prefixes
    }

    /// The highest number in use for `prefix` among file names, listed without a stat per
    /// file (so `new` costs about the same at 100,000 issues as at 1,000).
    func highestNumber(prefix: String?) throws -> Int {
        try folderNames().highestNumber(prefix: prefix)
    }

    /// Files a new issue: allocates the next number for `prefix` under the lock and creates
    /// the file exclusively. `render` gets the key and returns the file name and text.
    public func create(prefix: String?, render: (IssueKey) throws -> (name: String, text: String)) throws -> Issue {
        try ensureFolders()
        try layout.prepareCacheDirectory()
        let allocator = IDAllocator(layout: layout)
        let name = try allocator.withLock { try createLocked(prefix: prefix, allocator: allocator, render: render) }
        return try read(name: name, state: .open).get()
    }

    /// Picks the next free number and creates the file; the caller holds the lock.
    private func createLocked(prefix: String?, allocator: IDAllocator, render: (IssueKey) throws -> (name: String, text: String)) throws -> String {
        let onBranches = gitEnvironment.flatMap { RefIssueNumbers(layout: layout, environment: $0) }?.highest(prefix: prefix) ?? 0
        var number = max(try allocator.lastAllocated(prefix: prefix), try highestNumber(prefix: prefix), onBranches) + 1
        while true {
            let (name, text) = try render(IssueKey(prefix: prefix, number: number))
            if try FileSystem.createIfAbsent(text, at: layout.directory(for: .open) + "/" + name, temporaryDirectory: layout.temporaryDirectory) {
                try allocator.record(number, prefix: prefix)
                return name
            }
            number += 1
        }
    }

    /// Reads issue `key` afresh under its lock and applies the changes `decide` returns for
    /// it, touching only the lines they need. Every read-modify-write of an issue goes
    /// through here (or `transition`), so concurrent writers never lose each other's changes.
    @discardableResult
    public func modify(_ key: IssueKey, _ decide: (Issue) throws -> [IssueChange]) throws -> Issue {
        let (key, named) = try located(key)
        return try IssueLock(layout: layout, key: key).withLock {
            let issue = try reread(key, named: named)
            return try rewrite(issue, try decide(issue))
        }
    }

    /// `modify` with changes that do not depend on the file's current content.
    @discardableResult
    public func update(_ issue: Issue, _ changes: [IssueChange]) throws -> Issue {
        try modify(issue.key) { _ in changes }
    }

    /// What `transition` did.
    public enum Transition: Sendable {
        /// The file moved to the other folder and was rewritten.
        case moved
        /// The file was already in the folder but its status still said otherwise (an
        /// earlier close or reopen was cut short): the rewrite was finished.
        case finished
        /// Nothing to do.
        case unchanged
    }

    /// Closes or reopens issue `key` under its lock: one `rename` that never replaces a file,
    /// then an atomic rewrite with `changes`; closing marks any claim closed on this branch
    /// (`ClaimRegistry.markClosed`), reopening ends a closed claim. Running it again after a crash between the two
    /// finishes the rewrite. A failure after the move says exactly what state it left.
    public func transition(_ key: IssueKey, to state: IssueState, _ changes: [IssueChange]) throws -> (Issue, Transition) {
        try ensureFolders()
        let (key, named) = try located(key)
        return try IssueLock(layout: layout, key: key).withLock {
            let issue = try reread(key, named: named)
            let changes = try withClosedStatusWord(changes, for: issue)
            if issue.state == state {
                guard issue.isHalfMoved else { return (issue, .unchanged) }
                let finished = try rewrite(issue, changes)
                settleClaim(key, state: state, changes)
                return (finished, .finished)
            }
            let name = (issue.path as NSString).lastPathComponent
            let destination = layout.relativePath(state: state, name: name)
            try moveFile(issue.path, to: destination)
            var moved = issue
            moved.path = destination
            moved.state = state
            // A closed issue is held until merged, whichever path closed it.
            settleClaim(key, state: state, changes)
            do {
                return (try rewrite(moved, changes), .moved)
            } catch {
                let verb = state == .closed ? "close" : "reopen"
                throw DocketError.failure("\(key) was moved to \(destination) but its file still reads as \(issue.state.rawValue): \(error); run 'docket \(verb) \(key.plain)' again to finish")
            }
        }
    }

    /// `transition`, for callers that hold an `Issue`.
    @discardableResult
    public func move(_ issue: Issue, to state: IssueState, _ changes: [IssueChange]) throws -> Issue {
        try transition(issue.key, to: state, changes).0
    }

    /// Replaces an issue file's text with `text` (what an editor session produced), under
    /// its lock, moving it to `state`'s folder first when that differs. Only if the file
    /// still holds `expected`, what the session started from: otherwise nothing is written
    /// and the result is nil, so a change made meanwhile is never lost.
    public func replaceText(of key: IssueKey, expected: String, with text: String, in state: IssueState) throws -> Issue? {
        let (key, named) = try located(key)
        return try IssueLock(layout: layout, key: key).withLock { () throws -> Issue? in
            let issue = try reread(key, named: named)
            guard try FileSystem.readText(layout.root + "/" + issue.path) == expected else { return nil }
            let path = layout.relativePath(state: state, name: (issue.path as NSString).lastPathComponent)
            if issue.state != state {
                try moveFile(issue.path, to: path)
            }
            try FileSystem.writeAtomically(text, to: layout.root + "/" + path, temporaryDirectory: layout.temporaryDirectory)
            let written = try IssueFormat.parse(text, path: path, state: state).get()
            if issue.state != state { settleClaim(key, state: state, commit: written.closedBy, time: written.closed ?? written.updated) }
            return written
        }
    }

    /// What a move to `state` does to the claim on `key`: closing marks it closed in the
    /// closing commit (the `close` change's, else HEAD); reopening ends a closed claim.
    private func settleClaim(_ key: IssueKey, state: IssueState, _ changes: [IssueChange]) {
        var commit: String?
        var time: String?
        for case .close(let at, _, let closedBy, _) in changes {
            commit = closedBy
            time = at
        }
        settleClaim(key, state: state, commit: commit, time: time)
    }

    private func settleClaim(_ key: IssueKey, state: IssueState, commit: String?, time: String?) {
        let registry = ClaimRegistry(layout: layout)
        guard state == .closed else {
            if (try? registry.claim(on: key))??.closing != nil { registry.forget(key) }
            return
        }
        registry.markClosed(key, commit: commit, at: time, root: layout.root)
    }

    /// Renames an issue file between folders, never over another file.
    private func moveFile(_ path: String, to destination: String) throws {
        do {
            try FileSystem.move(layout.root + "/" + path, to: layout.root + "/" + destination)
        } catch {
            guard error.code == EEXIST else { throw error }
            throw DocketError.failure("cannot move \(path): \(destination) already exists; run 'docket doctor'")
        }
    }

    /// Applies `changes` to the file at `issue.path`; the caller holds the issue's lock.
    private func rewrite(_ issue: Issue, _ changes: [IssueChange]) throws -> Issue {
        guard !changes.isEmpty else { return issue }
        let path = layout.root + "/" + issue.path
        let text = try FileSystem.readText(path)
        let updated = try IssueFormat.apply(changes, to: text, path: issue.path)
        if updated != text { try FileSystem.writeAtomically(updated, to: path, temporaryDirectory: layout.temporaryDirectory) }
        return try IssueFormat.parse(updated, path: issue.path, state: issue.state).get()
    }
}
