/// `docket reindex`: rebuilds the index from the issue files.
enum ReindexCommand: DocketCommand {
    static let spec = CommandSpec(
        "reindex",
        abstract: "Rebuild the search index from the issue files.",
        discussion: "The index (.project/.docket/index.sqlite) is a cache that every command keeps fresh by itself; this is never needed for correctness.",
        options: [.flag("json", help: "Print {\"issues\": N, \"unreadable\": N} as JSON.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let layout = try context.layout()
        let counts = try IssueIndex.withIndex(layout, warn: context.warn, unavailable: .fail, fresh: true) { index in
            index.sharesRows = false
            return (broken: try index.refresh(IssueState.allCases, text: true), issues: try index.issueCount())
        }
        guard let counts else { return ExitCode.failure }
        if context.json {
            context.printJSON(.object([("issues", .int(counts.issues)), ("unreadable", .int(counts.broken.count))]))
        } else {
            context.print(counts.issues == 1 ? "Indexed 1 issue." : "Indexed \(counts.issues) issues.")
        }
        IssueQuery(context: context).reportBroken(counts.broken)
        return ExitCode.success
    }
}
