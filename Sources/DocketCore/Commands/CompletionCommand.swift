/// `docket completion bash|zsh|fish`: prints a completion script generated from the commands' declarations.
enum CompletionCommand: DocketCommand {
    static let spec = CommandSpec(
        "completion",
        abstract: "Print a shell completion script (bash, zsh or fish).",
        discussion: """
        The script completes commands and aliases, each command's options, the values of options \
        that take a fixed set (states, priorities, sort orders, ...) and, from the project, issue IDs, \
        labels and template names. bash: source <(docket completion bash), or save it as \
        ~/.local/share/bash-completion/completions/docket. zsh: save it as _docket in a folder of $fpath \
        (before compinit runs). fish: docket completion fish > ~/.config/fish/completions/docket.fish
        """,
        arguments: [ArgumentSpec("SHELL", choices: ["bash", "zsh", "fish"], help: "The shell.")],
        options: [.flag("json", help: "Print {\"script\": SCRIPT} as JSON.")]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let completion = ShellCompletion(Docket.commands.map { $0.spec })
        let script: String
        switch context.arguments.positionals[0] {
        case "zsh": script = completion.zsh
        case "fish": script = completion.fish
        default: script = completion.bash
        }
        if context.json {
            context.printJSON(.object([("script", .string(script))]))
        } else {
            context.stdout.write(script)
        }
        return ExitCode.success
    }
}
