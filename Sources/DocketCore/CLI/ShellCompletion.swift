/// What a completion script offers, worked out once from the declarations for every shell:
/// the visible commands and aliases, each command's options, what goes after an option that
/// takes a value and what goes in each positional place.
struct ShellCompletion {
    /// What to offer for one word.
    enum Action: Equatable {
        /// These words.
        case words([String])
        /// What `docket __complete KIND` prints for the project (`ids`, `labels`, `templates`).
        case dynamic(String)
        case files
        case nothing
    }

    /// One command's part of the script.
    struct Command {
        var names: [String]
        var abstract: String
        var options: [OptionSpec]
        /// The action for each positional place; the last one repeats when `repeatsLast`.
        var positionals: [Action]
        var repeatsLast: Bool
        /// A group's subcommands, each completed as a command of its own after its name.
        var subcommands: [Command]

        /// `-s --state` for an option.
        static func words(_ option: OptionSpec) -> [String] {
            (option.short.map { ["-\($0)"] } ?? []) + ["--" + option.long]
        }

        /// The options that take a value in the next word (`--json`'s is optional: not one of them).
        var valueOptions: [OptionSpec] { options.filter { $0.valueName != nil && !$0.valueIsOptional } }
    }

    var commands: [Command]

    init(_ specs: [CommandSpec]) {
        let visible = specs.filter { !$0.hidden }
        let names = visible.flatMap(\.names)
        commands = visible.map { ShellCompletion.command($0, commandNames: names) }
    }

    /// The part for one declaration, its subcommands' parts included.
    private static func command(_ spec: CommandSpec, commandNames: [String]) -> Command {
        let last = spec.arguments.last?.arity
        return Command(
            names: spec.names, abstract: spec.abstract, options: spec.options,
            positionals: spec.arguments.map { action(choices: $0.choices, $0.completion, commands: commandNames) },
            repeatsLast: last == .variadic || last == .requiredVariadic,
            subcommands: spec.subcommands.map { command($0, commandNames: commandNames) })
    }

    /// The words for the command position: every name and alias.
    var commandNames: [String] { commands.flatMap(\.names) }

    /// What goes after an option.
    func action(for option: OptionSpec) -> Action {
        ShellCompletion.action(choices: option.choices, option.completion, commands: commandNames)
    }

    private static func action(choices: [String], _ completion: ValueCompletion, commands: [String]) -> Action {
        if !choices.isEmpty { return .words(choices) }
        switch completion {
        case .none: return .nothing
        case .issueIDs: return .dynamic("ids")
        case .labels: return .dynamic("labels")
        case .templates: return .dynamic("templates")
        case .files: return .files
        case .commands: return .words(commands)
        }
    }
}
