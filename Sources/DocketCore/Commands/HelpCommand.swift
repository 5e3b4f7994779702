/// `docket help [COMMAND [SUBCOMMAND]]`: the overview, or one command's (or subcommand's) help, hidden commands too.
enum HelpCommand: DocketCommand {
    static let spec = CommandSpec(
        "help",
        abstract: "Show the list of commands, or a command's help.",
        arguments: [
            ArgumentSpec("COMMAND", .optional, completion: .commands, help: "The command (or alias) to explain."),
            ArgumentSpec("SUBCOMMAND", .optional, help: "One of a command group's subcommands (help hooks install)."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        guard let topic = context.arguments.positionals.first else {
            context.stdout.write(HelpFormatter.overview(Docket.commands.map { $0.spec }, version: Docket.version))
            return ExitCode.success
        }
        guard let command = Docket.command(named: topic) else {
            throw DocketError.usage("unknown command '\(topic)'\(Docket.suggestion(for: topic))")
        }
        let subcommand = Array(context.arguments.positionals.dropFirst())
        if let word = subcommand.first, command.spec.subcommands.isEmpty {
            throw DocketError.usage("'\(command.spec.name)' has no subcommand '\(word)'")
        }
        let spec = subcommand.isEmpty ? command.spec : try command.spec.resolve(subcommand).spec
        context.stdout.write(HelpFormatter.help(spec))
        return ExitCode.success
    }
}
