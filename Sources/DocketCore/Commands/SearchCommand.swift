/// `docket search`: full-text search over titles, bodies and labels, ranked, with a snippet
/// around each match. Closed issues are searched too unless the query says `is:open`.
enum SearchCommand: DocketCommand {
    static let spec = CommandSpec(
        "search",
        abstract: "Search issues by text (closed ones too), best matches first.",
        discussion: "QUERY uses the search syntax: words (all must match), \"phrases\", prefix*, -excluded and qualifiers such as label:bug is:open sort:updated-desc. Accents and case do not matter: cafe finds café. A word in a script written without spaces (Chinese, Japanese, Korean, Thai …) matches as a substring of longer text. Shows the best 30 matches unless -n says otherwise; when some are left out, a line on stderr (on a terminal only, so --json output stays one array) gives the total. Negated qualifiers such as -label:wontfix work as they are; put -- before an excluded word: docket search -- -flaky crash",
        arguments: [ArgumentSpec("QUERY", .requiredVariadic, help: "Words and qualifiers.")],
        options: [
            .option("limit", short: "n", value: "N", type: .count, help: "Show the best N results (default 30; 0 shows all)."),
            .flag("json", help: "Print a JSON array of the results shown (each issue with its snippet)."),
            Everywhere.option,
        ],
        jsonFields: Issue.jsonFields + ["snippet"], optionJSONFields: Everywhere.jsonFields,
        mcp: ToolSpec(
            "search", title: "Search issues",
            description: "Full-text search over issues' titles and bodies, best matches first. The query takes the same qualifiers as list.",
            parameters: [
                .argument("QUERY", as: "query", single: true, "What to search for, e.g. \"login timeout label:bug\"."),
                .option("limit", "Return the best this many issues; 30 when omitted, 0 for all."),
            ],
            readOnly: true, idempotent: true,
            output: .issues(failures: false), summary: MCPSummary.issues { "Found \($0)" },
            perform: { CommandResult(.array(try hits($0).hits.map(SearchPrinter.json))) }
        )
    )

    /// How many results a search shows without `-n`, as `gh` lists 30.
    static let defaultLimit = 30

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.arguments.flag("everywhere") {
            let query = try context.query(context.arguments.positionals.joined(separator: " ")).resolvingMe(as: context.actor)
            return try Everywhere.search(context, query, limit: context.arguments.count("limit"))
        }
        let found = try hits(context)
        SearchPrinter(context: context).print(found.hits)
        if found.total > found.hits.count {
            context.notice("Showing \(found.hits.count) of \(found.total) matches; -n 0 shows all.")
        }
        return ExitCode.success
    }

    /// The best matches (30 unless `--limit` says otherwise; 0 is all) and how many there
    /// are in all; a query of nothing but white space is a usage error, since it would match
    /// every issue (list does that).
    static func hits(_ context: CommandContext) throws -> (hits: [IssueIndex.Hit], total: Int) {
        let text = context.arguments.positionals.joined(separator: " ")
        guard !text.trimmingSpacesAndNewlines.isEmpty else {
            throw DocketError.usage("\(context.name(ofArgument: "QUERY")): must not be empty; to list issues, use list instead")
        }
        let limit = context.arguments.count("limit") ?? defaultLimit
        return try IssueSearch(context: context).run(try context.query(text).resolvingMe(as: context.actor), limit: limit == 0 ? nil : limit)
    }
}

/// Runs a search through the index, or over the files when the index cannot be used.
struct IssueSearch {
    let context: CommandContext

    /// The best matches first (or in the query's `sort:`), at most `limit` of them, and how
    /// many matches there are in all.
    func run(_ query: Query, limit: Int?) throws -> (hits: [IssueIndex.Hit], total: Int) {
        guard !query.matchesNothing else { return ([], 0) }
        let layout = try context.layout()
        let states = IssueQuery.folders(for: query, defaultState: .all)
        let highlight = context.useColor && !context.json ? ("\u{1B}[1m", "\u{1B}[0m") : ("", "")
        let indexed = try IssueIndex.withIndex(layout, warn: context.warn, notice: context.notice) { index in
            (broken: try index.refresh(states, text: query.needsFullText),
             found: try index.search(query, defaultState: .all, limit: limit, highlight: highlight))
        }
        let reporter = IssueQuery(context: context)
        if let indexed {
            reporter.reportBroken(indexed.broken)
            return indexed.found
        }
        var inMemory = query
        inMemory.state = query.state ?? .all
        let issues = try reporter.matchInFiles(inMemory, states: states, layout: layout)
        let hits = FallbackRanking(query: query).rank(issues)
        return (limit.map { Array(hits.prefix($0)) } ?? hits, hits.count)
    }
}
