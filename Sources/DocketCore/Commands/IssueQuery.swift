/// Runs a query over the project's issues through the index, falling back to reading the
/// files when the index cannot be used; unreadable files are named on stderr.
struct IssueQuery {
    let context: CommandContext

    /// The issues `query` selects, in key order, without their bodies (100,000 bodies take a
    /// lot of memory, and the index keeps none); open ones when it names no state. `@me` in
    /// it is the current actor.
    func run(_ query: Query) throws -> [Issue] {
        guard !query.matchesNothing else { return [] }
        let query = query.resolvingMe(as: context.actor)
        let layout = try context.layout()
        let states = IssueQuery.folders(for: query, defaultState: .open)
        let indexed = try IssueIndex.withIndex(layout, warn: context.warn, notice: context.notice) { index in
            (broken: try index.refresh(states, text: query.needsFullText), issues: try index.issues(matching: query, defaultState: .open))
        }
        if let indexed {
            reportBroken(indexed.broken)
            return indexed.issues
        }
        var inMemory = query
        inMemory.state = query.state ?? .open
        return try matchInFiles(inMemory, states: states, layout: layout).map { issue in
            var issue = issue
            issue.body = ""
            return issue
        }
    }

    /// Reads the folders directly and filters with the query's in-memory meaning.
    func matchInFiles(_ query: Query, states: [IssueState], layout: ProjectLayout) throws -> [Issue] {
        let snapshot = try IssueStore(layout: layout).load(states)
        reportBroken(UnreadableFiles(snapshot.problems))
        let open = Set(snapshot.issues.filter { $0.state == .open }.map(\.key))
        return snapshot.issues.filter { query.matches($0, isOpen: open.contains) }.sorted { $0.key < $1.key }
    }

    /// The folders a query needs: `open/` alone when it selects open issues (blockers only
    /// matter while open, so `open/` also answers `is:ready` and `is:blocked`), both otherwise.
    static func folders(for query: Query, defaultState: Query.State) -> [IssueState] {
        (query.state ?? defaultState) == .open ? [.open] : IssueState.allCases
    }

    /// One warning block on stderr when some files could not be read: the first few as
    /// `path:line: message`, then how many could not be read (or how many more there are).
    func reportBroken(_ unreadable: UnreadableFiles) {
        guard unreadable.count > 0 else { return }
        let rest = unreadable.count - unreadable.first.count
        let files = unreadable.count == 1 ? "1 issue file" : "\(unreadable.count) issue files"
        let last = rest > 0 ? "and \(rest) more; run 'docket doctor'" : "\(files) could not be read; run 'docket doctor'"
        context.warn((unreadable.first + [last]).joined(separator: "\n"))
    }
}

extension IssueQuery {
    /// Every issue with its body, in key order, read from the files (the index keeps no
    /// bodies); unreadable files are reported as `run` reports them and left out.
    func withBodies() throws -> [Issue] {
        let snapshot = try context.store().load()
        reportBroken(UnreadableFiles(snapshot.problems))
        return snapshot.issues.sorted { $0.key < $1.key }
    }
}

extension [Issue] {
    /// The open issues and the closed ones, each in the order given.
    func split() -> (open: [Issue], closed: [Issue]) {
        (filter { $0.state == .open }, filter { $0.state == .closed })
    }
}
