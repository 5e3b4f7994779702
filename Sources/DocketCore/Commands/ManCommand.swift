/// `docket man`: prints the manual page, docket(1), in roff.
enum ManCommand: DocketCommand {
    static let spec = CommandSpec(
        "man",
        abstract: "Print the manual page docket(1) in roff (docket man > docket.1; man -l docket.1).",
        options: [.flag("json", help: "Print {\"roff\": PAGE} as JSON.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let page = ManPage.render(Docket.commands.map { $0.spec }, version: Docket.version)
        if context.json {
            context.printJSON(.object([("roff", .string(page))]))
        } else {
            context.stdout.write(page)
        }
        return ExitCode.success
    }
}
