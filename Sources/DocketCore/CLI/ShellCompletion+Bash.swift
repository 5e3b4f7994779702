extension ShellCompletion {
    /// The bash script: `_docket` for `complete -F`. It skips `-C DIR` (and passes it on to
    /// `docket __complete`), then offers commands, a command's options, an option's values
    /// or what the positional place under the cursor takes.
    var bash: String {
        var script = """
        # docket completion for bash. Load it with: source <(docket completion bash)
        # or save it as ~/.local/share/bash-completion/completions/docket
        _docket_words() { COMPREPLY=($(compgen -W "$1" -- "$cur")); }
        _docket_dynamic() {
            local IFS=$'\\n'
            COMPREPLY=($(compgen -W "$(docket "${dir[@]}" __complete "$1" 2>/dev/null)" -- "$cur"))
        }
        _docket_files() { local IFS=$'\\n'; COMPREPLY=($(compgen -f -- "$cur")); }
        _docket() {
            local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
            local -a dir=()
            local i=1 n=0 w vopts
            COMPREPLY=()
            while [[ $i -lt $COMP_CWORD && "${COMP_WORDS[i]}" == -C ]]; do
                dir=(-C "${COMP_WORDS[i+1]}")
                i=$((i + 2))
            done
            if [[ $i -ge $COMP_CWORD ]]; then
                if [[ "$prev" == -C ]]; then COMPREPLY=($(compgen -d -- "$cur")); return; fi
                _docket_words '\(commandNames.joined(separator: " "))'
                return
            fi
            case "${COMP_WORDS[i]}" in

        """
        for command in commands {
            script += "        \(command.names.joined(separator: "|")))\n"
            script += bashArm(command).map { "            " + $0 + "\n" }.joined()
            script += "            ;;\n"
        }
        script += """
            esac
        }
        complete -F _docket docket

        """
        return script
    }

    /// The lines of one command's `case` arm. A group's arm offers its subcommands, or past
    /// one steps `i` onto it and completes it as a command.
    private func bashArm(_ command: Command) -> [String] {
        var lines: [String] = []
        if !command.subcommands.isEmpty {
            lines.append("if [[ $((i + 1)) -lt $COMP_CWORD ]]; then")
            lines.append("    i=$((i + 1))")
            lines.append("    case \"${COMP_WORDS[i]}\" in")
            for subcommand in command.subcommands {
                lines.append("    \(subcommand.names.joined(separator: "|")))")
                lines += bashArm(subcommand).map { "        " + $0 }
                lines.append("        ;;")
            }
            lines.append("    esac")
            lines.append("    return")
            lines.append("fi")
            lines.append("if [[ \"$cur\" == -* ]]; then _docket_words '\(command.options.flatMap(Command.words).joined(separator: " "))'; return; fi")
            lines.append("_docket_words '\(command.subcommands.flatMap(\.names).joined(separator: " "))'")
            return lines
        }
        let values = command.valueOptions
        lines.append("vopts=' \(values.flatMap(Command.words).joined(separator: " ")) '")
        if !values.isEmpty {
            lines.append("case \"$prev\" in")
            for option in values {
                lines.append("    \(Command.words(option).joined(separator: "|"))) \(bash(action(for: option))); return ;;")
            }
            lines.append("esac")
        }
        lines.append("if [[ \"$cur\" == -* ]]; then _docket_words '\(command.options.flatMap(Command.words).joined(separator: " "))'; return; fi")
        lines.append("for ((w = i + 1; w < COMP_CWORD; w++)); do")
        lines.append("    if [[ \"$vopts\" == *\" ${COMP_WORDS[w]} \"* ]]; then w=$((w + 1)); elif [[ \"${COMP_WORDS[w]}\" != -* ]]; then n=$((n + 1)); fi")
        lines.append("done")
        if !command.positionals.isEmpty {
            lines.append("case $n in")
            for (index, action) in command.positionals.enumerated() {
                let pattern = command.repeatsLast && index == command.positionals.count - 1 ? "*" : "\(index)"
                lines.append("    \(pattern)) \(bash(action)) ;;")
            }
            lines.append("esac")
        }
        return lines
    }

    private func bash(_ action: Action) -> String {
        switch action {
        case .words(let words): return "_docket_words '\(words.joined(separator: " "))'"
        case .dynamic(let kind): return "_docket_dynamic \(kind)"
        case .files: return "_docket_files"
        case .nothing: return ":"
        }
    }
}
