import Foundation

/// `docket board`: the project as a board of columns, on the terminal or as an HTML page.
enum BoardCommand: DocketCommand {
    static let spec = CommandSpec(
        "board",
        abstract: "Show a board: Ready, In progress, Blocked and Closed recently, side by side.",
        discussion: """
            Ready is open, unassigned work with no open blocker; In progress is open and claimed; \
            Blocked waits on an open blocker; Closed recently was closed in the last \(Board.recentDays) days. \
            The columns fit the terminal's width (or COLUMNS). --html FILE writes one self-contained page \
            (no script, nothing fetched) with labels as coloured chips and each issue's body rendered from Markdown.
            """,
        options: [
            .option("html", value: "FILE", completion: .files, help: "Write the board as a self-contained HTML page to FILE."),
            .flag("json", help: "Print the columns as a JSON object of arrays."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let html = context.arguments.value("html")
        let query = IssueQuery(context: context)
        // The page shows bodies, which only the files hold; the terminal board needs the index's rows alone.
        let (open, closed) = html == nil ? (try query.run(Query(state: .open)), try query.run(Query(state: .closed)))
            : try IssueQuery(context: context).withBodies().split()
        let board = Board(open: open, closed: closed, now: context.now)
        if let html {
            let layout = try context.layout()
            let path = html.hasPrefix("/") ? html : context.invocation.currentDirectory + "/" + html
            let title = "\((layout.root as NSString).lastPathComponent) board"
            try FileSystem.writeAtomically(board.html(title: title, generated: context.timestamp), to: path)
            context.print("Wrote \(html)")
        } else if context.json {
            context.printJSON(board.json)
        } else {
            for line in board.text(width: context.invocation.terminalWidth) { context.printStyled(line) }
        }
        return ExitCode.success
    }
}
