/// `docket help [COMMAND]`: the overview, or one command's help (hidden commands too).
enum HelpCommand: DocketCommand {
    static let spec = CommandSpec(
        "help",
        abstract: "Show the list of commands, or a command's help.",
        arguments: [ArgumentSpec("COMMAND", .optional, completion: .commands, help: "The command (or alias) to explain.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        guard let topic = context.arguments.positionals.first else {
            context.stdout.write(HelpFormatter.overview(Docket.commands.map { $0.spec }, version: Docket.version))
            return ExitCode.success
        }
        guard let command = Docket.command(named: topic) else {
            throw DocketError.usage("unknown command '\(topic)'\(Docket.suggestion(for: topic))")
        }
        context.stdout.write(HelpFormatter.help(command.spec))
        return ExitCode.success
    }
}
