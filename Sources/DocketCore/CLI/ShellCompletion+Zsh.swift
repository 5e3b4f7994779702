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
            let values = command.valueOptions
            script += "        \(command.names.joined(separator: "|")))\n"
            script += "            vopts=' \(values.flatMap(Command.words).joined(separator: " ")) '\n"
            if !values.isEmpty {
                script += "            case $prev in\n"
                for option in values {
                    script += "                \(Command.words(option).joined(separator: "|"))) \(zsh(action(for: option))); return ;;\n"
                }
                script += "            esac\n"
            }
            script += "            if [[ $cur == -* ]]; then _docket_words '\(command.options.flatMap(Command.words).joined(separator: " "))'; return; fi\n"
            script += """
                        for (( w = i + 1; w < CURRENT; w++ )); do
                            if [[ $vopts == *" ${words[w]} "* ]]; then (( w++ )); elif [[ ${words[w]} != -* ]]; then (( n++ )); fi
                        done

            """
            if !command.positionals.isEmpty {
                script += "            case $n in\n"
                for (index, action) in command.positionals.enumerated() {
                    let pattern = command.repeatsLast && index == command.positionals.count - 1 ? "*" : "\(index)"
                    script += "                (\(pattern)) \(zsh(action)) ;;\n"
                }
                script += "            esac\n"
            }
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

    private func zsh(_ action: Action) -> String {
        switch action {
        case .words(let words): return "_docket_words '\(words.joined(separator: " "))'"
        case .dynamic(let kind): return "_docket_dynamic \(kind)"
        case .files: return "_files"
        case .nothing: return ":"
        }
    }
}
