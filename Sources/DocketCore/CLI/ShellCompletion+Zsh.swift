extension ShellCompletion {
    /// The zsh script, for `compinit` (`#compdef docket`); the same walk as `bash`, offering
    /// words with `compadd`. Sourced directly it registers itself with `compdef`.
    var zsh: String {
        var script = """
        #compdef docket
        # docket completion for zsh. Save it as _docket in a folder of $fpath (before compinit runs),
        # or load it with: source <(docket completion zsh)
        _docket_words() { compadd -- ${=1} }
        _docket_dynamic() {
            local -a items
            items=(${(f)"$(docket "${dir[@]}" __complete "$1" 2>/dev/null)"})
            compadd -- $items
        }
        _docket() {
            local cur=${words[CURRENT]} prev=${words[CURRENT-1]}
            local -a dir
            local i=2 n=0 w vopts
            while (( i < CURRENT )) && [[ ${words[i]} == -C ]]; do
                dir=(-C "${words[i+1]}")
                (( i += 2 ))
            done
            if (( i >= CURRENT )); then
                if [[ $prev == -C ]]; then _files -/; return; fi
                _docket_words '\(commandNames.joined(separator: " "))'
                return
            fi
            case ${words[i]} in

        """
        for command in commands {
            script += "        \(command.names.joined(separator: "|")))\n"
            script += zshArm(command).map { "            " + $0 + "\n" }.joined()
            script += "            ;;\n"
        }
        script += """
            esac
        }
        if [[ $funcstack[1] == _docket ]]; then
            _docket "$@"
        else
            compdef _docket docket
        fi

        """
        return script
    }

    /// The lines of one command's `case` arm, as `bashArm` has them for bash.
    private func zshArm(_ command: Command) -> [String] {
        var lines: [String] = []
        if !command.subcommands.isEmpty {
            lines.append("if (( i + 1 < CURRENT )); then")
            lines.append("    (( i++ ))")
            lines.append("    case ${words[i]} in")
            for subcommand in command.subcommands {
                lines.append("    \(subcommand.names.joined(separator: "|")))")
                lines += zshArm(subcommand).map { "        " + $0 }
                lines.append("        ;;")
            }
            lines.append("    esac")
            lines.append("    return")
            lines.append("fi")
            lines.append("if [[ $cur == -* ]]; then _docket_words '\(command.options.flatMap(Command.words).joined(separator: " "))'; return; fi")
            lines.append("_docket_words '\(command.subcommands.flatMap(\.names).joined(separator: " "))'")
            return lines
        }
        let values = command.valueOptions
        lines.append("vopts=' \(values.flatMap(Command.words).joined(separator: " ")) '")
        if !values.isEmpty {
            lines.append("case $prev in")
            for option in values {
                lines.append("    \(Command.words(option).joined(separator: "|"))) \(zsh(action(for: option))); return ;;")
            }
            lines.append("esac")
        }
        lines.append("if [[ $cur == -* ]]; then _docket_words '\(command.options.flatMap(Command.words).joined(separator: " "))'; return; fi")
        lines.append("for (( w = i + 1; w < CURRENT; w++ )); do")
        lines.append("    if [[ $vopts == *\" ${words[w]} \"* ]]; then (( w++ )); elif [[ ${words[w]} != -* ]]; then (( n++ )); fi")
        lines.append("done")
        if !command.positionals.isEmpty {
            lines.append("case $n in")
            for (index, action) in command.positionals.enumerated() {
                let pattern = command.repeatsLast && index == command.positionals.count - 1 ? "*" : "\(index)"
                lines.append("    (\(pattern)) \(zsh(action)) ;;")
            }
            lines.append("esac")
        }
        return lines
    }

    private func zsh(_ action: Action) -> String {
        switch action {
        case .words(let words): return "_docket_words '\(words.joined(separator: " "))'"
        case .dynamic(let kind): return "_docket_dynamic \(kind)"
        case .files: return "_files"
        case .nothing: return ":"
        }
    }
}
