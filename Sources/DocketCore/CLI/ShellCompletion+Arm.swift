extension ShellCompletion {
    /// What bash and zsh spell differently in a command's `case` arm (the words they read,
    /// their arithmetic, a pattern's parentheses, an action); `caseArm` is the walk both share.
    struct ArmSyntax {
        /// The lines that, when a word follows, step `i` onto it and open a `case` on it.
        var enterNextWord: [String]
        /// The test that the word being completed is an option.
        var isOption: String
        /// The line opening a `case` on the word before the one being completed.
        var casePrevious: String
        /// The loop that counts the positionals before the word being completed into `n`.
        var countPositionals: [String]
        /// A `case` pattern for the positional at `index` (`*` for a repeating last one).
        var positional: (String) -> String
        /// An action as the shell runs it.
        var render: (Action) -> String
    }

    /// The lines of one command's `case` arm. A group's arm offers its subcommands, or past
    /// one steps `i` onto it and completes it as a command.
    func caseArm(_ command: Command, _ syntax: ArmSyntax) -> [String] {
        var lines: [String] = []
        let options = "if \(syntax.isOption); then _docket_words '\(command.options.flatMap(Command.words).joined(separator: " "))'; return; fi"
        if !command.subcommands.isEmpty {
            lines += syntax.enterNextWord
            for subcommand in command.subcommands {
                lines.append("    \(subcommand.names.joined(separator: "|")))")
                lines += caseArm(subcommand, syntax).map { "        " + $0 }
                lines.append("        ;;")
            }
            lines += ["    esac", "    return", "fi", options]
            lines.append("_docket_words '\(command.subcommands.flatMap(\.names).joined(separator: " "))'")
            return lines
        }
        let values = command.valueOptions
        lines.append("vopts=' \(values.flatMap(Command.words).joined(separator: " ")) '")
        if !values.isEmpty {
            lines.append(syntax.casePrevious)
            for option in values {
                lines.append("    \(Command.words(option).joined(separator: "|"))) \(syntax.render(action(for: option))); return ;;")
            }
            lines.append("esac")
        }
        lines.append(options)
        lines += syntax.countPositionals
        if !command.positionals.isEmpty {
            lines.append("case $n in")
            for (index, action) in command.positionals.enumerated() {
                let pattern = command.repeatsLast && index == command.positionals.count - 1 ? "*" : "\(index)"
                lines.append("    \(syntax.positional(pattern)) \(syntax.render(action)) ;;")
            }
            lines.append("esac")
        }
        return lines
    }
}
