/// `docket search`: full-text search over titles, bodies and labels, ranked, with a snippet
/// around each match. Closed issues are searched too unless the query says `is:open`.
enum SearchCommand: DocketCommand {
    static let spec = CommandSpec(
        "search",
        abstract: "Search issues by text (closed ones too), best matches first.",
        discussion: "QUERY uses the search syntax: words (all must match), \"phrases\", prefix*, -excluded and qualifiers such as label:bug is:open sort:updated-desc. Accents and case do not matter: cafe finds café. Negated qualifiers such as -label:wontfix work as they are; put -- before an excluded word: docket search -- -flaky crash",
        arguments: [ArgumentSpec("QUERY", .requiredVariadic, help: "Words and qualifiers.")],
        options: [
            .option("limit", short: "n", value: "N", type: .count, help: "Show at most N results."),
            .flag("json", help: "Print a JSON array (each issue with its snippet)."),
            Everywhere.option,
        ],
        jsonFields: Issue.jsonFields + ["snippet"], optionJSONFields: Everywhere.jsonFields,
        mcp: ToolSpec(
            "search", title: "Search issues",
            description: "Full-text search over issues' titles and bodies, best matches first. The query takes the same qualifiers as list.",
            parameters: [
                .argument("QUERY", as: "query", single: true, "What to search for, e.g. \"login timeout label:bug\"."),
                .option("limit", "Return at most this many issues."),
            ],
            readOnly: true, idempotent: true,
            output: .issues(failures: false), summary: MCPSummary.issues { "Found \($0)" },
            perform: { CommandResult(.array(try hits($0).map(SearchPrinter.json))) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.arguments.flag("everywhere") {
            let query = try context.query(context.arguments.positionals.joined(separator: " ")).resolvingMe(as: context.actor)
            return try Everywhere.search(context, query, limit: context.arguments.count("limit"))
        }
        SearchPrinter(context: context).print(try hits(context))
        return ExitCode.success
    }

    /// The matches, best first; a query of nothing but white space is a usage error, since
    /// it would match every issue (list does that).
    static func hits(_ context: CommandContext) throws -> [IssueIndex.Hit] {
        let text = context.arguments.positionals.joined(separator: " ")
        guard !text.trimmingSpacesAndNewlines.isEmpty else {
            throw DocketError.usage("\(context.name(ofArgument: "QUERY")): must not be empty; to list issues, use list instead")
        }
        return try IssueSearch(context: context).run(try context.query(text).resolvingMe(as: context.actor), limit: context.arguments.count("limit"))
    }
}

/// Runs a search through the index, or over the files when the index cannot be used.
struct IssueSearch {
    let context: CommandContext

    /// The best matches first (or in the query's `sort:`), at most `limit` of them.
    func run(_ query: Query, limit: Int?) throws -> [IssueIndex.Hit] {
        guard !query.matchesNothing else { return [] }
        let layout = try context.layout()
        let states = IssueQuery.folders(for: query, defaultState: .all)
        let highlight = context.useColor && !context.json ? ("\u{1B}[1m", "\u{1B}[0m") : ("", "")
        let indexed = try IssueIndex.withIndex(layout, warn: context.warn, notice: context.notice) { index in
            (broken: try index.refresh(states),
             hits: try index.search(query, defaultState: .all, limit: limit, highlight: highlight))
        }
        let reporter = IssueQuery(context: context)
        if let indexed {
            reporter.reportBroken(indexed.broken)
            return indexed.hits
        }
        var inMemory = query
        inMemory.state = query.state ?? .all
        let issues = try reporter.matchInFiles(inMemory, states: states, layout: layout)
        let hits = FallbackRanking(query: query).rank(issues)
        return limit.map { Array(hits.prefix($0)) } ?? hits
    }
}
