/// `--everywhere` for `list`, `ready`, `search` and `show`: the same commands over every
/// worktree and branch of the clone (see `EverywhereReader`), each issue with where it lives
/// and what to resolve before the branches meet.
enum Everywhere {
    static let option = OptionSpec.flag(
        "everywhere", help: "Read every worktree and local or remote-tracking branch of the clone; show where each issue lives and flag collisions.")

    /// The extra `--json` keys of the commands that take `--everywhere`.
    static let jsonFields = EverywhereIssue.jsonFields

    /// `list --everywhere`: the groups `query` selects (open ones when it names no state).
    static func list(_ context: CommandContext, _ query: Query, sort: Query.Sort, reverse: Bool, limit: Int?) throws -> Int32 {
        EverywherePrinter(context: context).print(try listed(context, query, sort: sort, reverse: reverse, limit: limit))
        return ExitCode.success
    }

    /// What `list --everywhere` shows, in the order asked for.
    static func listed(_ context: CommandContext, _ query: Query, sort: Query.Sort, reverse: Bool, limit: Int?) throws -> [EverywhereIssue] {
        var found = try issues(context, query, defaultState: .open)
        found.sort { sort.areInIncreasingOrder($0.issue, $1.issue) }
        if reverse { found.reverse() }
        if let limit { found = Array(found.prefix(limit)) }
        return found
    }

    /// `ready --everywhere`: open, unassigned, no blocker open anywhere; by priority, then age.
    static func ready(_ context: CommandContext, limit: Int?) throws -> Int32 {
        var found = try issues(context, Query(readiness: .ready), defaultState: .open)
        found.sort { Query.Sort.priority.areInIncreasingOrder($0.issue, $1.issue) }
        if let limit { found = Array(found.prefix(limit)) }
        EverywherePrinter(context: context).print(found)
        return ExitCode.success
    }

    /// `search --everywhere`: closed issues too unless the query says otherwise, ranked as
    /// a search without the index ranks.
    static func search(_ context: CommandContext, _ query: Query, limit: Int?) throws -> Int32 {
        let found = try issues(context, query, defaultState: .all, includeBody: true)
        let byKey = Dictionary(found.map { ($0.issue.key, $0) }, uniquingKeysWith: { first, _ in first })
        var ranked: [EverywhereIssue] = FallbackRanking(query: query).rank(found.map(\.issue)).compactMap { hit in
            guard var issue = byKey[hit.issue.key] else { return nil }
            issue.snippet = hit.snippet
            issue.issue.body = ""
            return issue
        }
        if let limit { ranked = Array(ranked.prefix(limit)) }
        EverywherePrinter(context: context).print(ranked)
        return ExitCode.success
    }

    /// `show --everywhere ID`: the copy here (else the first found) as `show` prints it,
    /// then every place that holds the ID and what to resolve.
    static func show(_ context: CommandContext, _ key: IssueKey) throws -> Int32 {
        try refuseFormat(context)
        let copies = try read(context, includeBody: true)
        var matching = copies.filter { $0.issue.key == key }
        if matching.isEmpty, key.prefix == nil { matching = copies.filter { $0.issue.key.number == key.number } }
        guard let first = matching.first else { throw DocketError.notFound("no issue \(key) in any worktree or branch") }
        let found = EverywhereIssue(issue: first.issue, copies: matching.filter { $0.issue.key == first.issue.key })
        if context.json {
            context.printJSON(found.json(includeBody: true))
            return ExitCode.success
        }
        ShowCommand.printDetails(found.issue, context)
        context.print("")
        context.print("Locations:")
        for copy in found.copies {
            let line = "  \(copy.location.label)  \(copy.issue.state.rawValue)  \(copy.issue.title)  \(copy.issue.path)"
            context.print(TerminalText.line(line))
        }
        for note in found.notes { context.print(TerminalText.line("! " + note)) }
        return ExitCode.success
    }

    /// The groups `query` selects, reading both folders everywhere (a copy closed on a
    /// branch matters to an open list too).
    static func issues(_ context: CommandContext, _ query: Query, defaultState: Query.State, includeBody: Bool = false) throws -> [EverywhereIssue] {
        try refuseFormat(context)
        guard !query.matchesNothing else { return [] }
        var selecting = query
        selecting.state = query.state ?? defaultState
        return EverywhereIssue.group(try read(context, includeBody: includeBody || !query.terms.isEmpty), query: selecting).map { found in
            var found = found
            if !includeBody { found.issue.body = "" }
            return found
        }
    }

    /// `--format` renders `Issue` values, which know nothing of locations.
    private static func refuseFormat(_ context: CommandContext) throws(DocketError) {
        if context.arguments.value("format") != nil { throw .usage("--format does not combine with --everywhere; use --json") }
    }

    private static func read(_ context: CommandContext, includeBody: Bool) throws -> [IssueCopy] {
        let layout = try context.layout()
        guard let repository = ProjectInRepository(layout: layout) else {
            throw DocketError.failure("--everywhere needs a git repository: \(layout.root) is not in one")
        }
        let git = Git(directory: layout.root, environment: context.invocation.environment)
        let reading: EverywhereReader.Reading
        do {
            reading = try EverywhereReader(repository: repository, git: git, warn: context.warn).read(IssueState.allCases, includeBody: includeBody)
        } catch let error as GitError {
            throw DocketError.failure("--everywhere: \(error)")
        }
        for unreadable in reading.unreadable { IssueQuery(context: context).reportBroken(unreadable) }
        return reading.copies
    }
}
