import Foundation

/// `docket status`, like `gh issue status`: the current actor's claims, then what is ready,
/// in progress, blocked and recently closed (the last 7 days), each with its count and
/// its first few issues.
enum StatusCommand: DocketCommand {
    static let spec = CommandSpec(
        "status",
        abstract: "Show your claims and what is ready, in progress, blocked and recently closed.",
        options: [
            .option("limit", short: "n", value: "N", help: "Show at most N issues per section (5 by default)."),
            .option("as", value: "NAME", help: "Show the claims of NAME."),
            .flag("json", help: "Print one JSON object (each section with count and issues)."),
        ],
        jsonFields: ["actor", "claims", "ready", "in_progress", "blocked", "recently_closed"]
    )

    /// How far back "recently closed" reaches.
    static let recentDays = 7

    static func run(_ context: CommandContext) throws -> Int32 {
        let limit = try context.arguments.integer("limit") ?? 5
        let store = try context.store()
        let view = try context.claimView(store)
        let actor = context.actor
        let query = IssueQuery(context: context)
        let open = try query.run(Query(state: .open))
        let openKeys = Set(open.map(\.key))
        let claims = view.claims.values.filter { $0.actor == actor }.sorted { $0.key < $1.key }
        let ready = try ReadyCommand.readyIssues(context, view)
        let working = open.filter(view.isInProgress)
        let blocked = open.filter { $0.blockedBy.contains(where: openKeys.contains) }.sorted(by: Query.Sort.priority.areInIncreasingOrder)
        let since = Timestamp.iso(context.now.addingTimeInterval(-Double(recentDays) * 86_400))
        let closed = try query.run(Query(state: .closed, closed: Query.DateRange(start: since)))
            .sorted { ($0.closed ?? "") > ($1.closed ?? "") }
        if context.json {
            func section(_ issues: [Issue]) -> JSONValue {
                .object([("count", .int(issues.count)), ("issues", .array(issues.prefix(limit).map { $0.json(includeBody: false) }))])
            }
            context.printJSON(.object([
                ("actor", .string(actor)),
                ("claims", .array(claims.map { ClaimsCommand.json($0, view: view, store: store, context: context) })),
                ("ready", section(ready)), ("in_progress", section(working)), ("blocked", section(blocked)),
                ("recently_closed", section(closed)),
            ]))
            return ExitCode.success
        }
        context.print("Docket status for \(actor)")
        heading("Your claims", claims.count, context)
        for claim in claims {
            let state = view.state(of: claim)
            let title = (try? store.issue(claim.key).title) ?? ""
            let described = state == .open ? "in progress" : (claim.closingDescription ?? "closed") + (state == .merged ? ", merged here" : "")
            line([claim.key.description, title, described], context)
        }
        heading("Ready", ready.count, context)
        for issue in ready.prefix(limit) { line([issue.key.description, issue.priority.text, issue.title], context) }
        heading("In progress", working.count, context)
        for issue in working.prefix(limit) { line([issue.key.description, issue.title, view.worker(of: issue) ?? ""], context) }
        heading("Blocked", blocked.count, context)
        for issue in blocked.prefix(limit) {
            let blockers = issue.blockedBy.filter(openKeys.contains).map(\.description).joined(separator: ", ")
            line([issue.key.description, issue.title, "blocked by \(blockers)"], context)
        }
        heading("Recently closed", closed.count, context)
        for issue in closed.prefix(limit) { line([issue.key.description, issue.title, String((issue.closed ?? "").prefix(10))], context) }
        return ExitCode.success
    }

    private static func heading(_ title: String, _ count: Int, _ context: CommandContext) {
        context.print("\n\(title) (\(count))" + (count == 0 ? ": none" : ""))
    }

    private static func line(_ fields: [String], _ context: CommandContext) {
        context.print("  " + fields.map(TerminalText.line).joined(separator: "  "))
    }
}
