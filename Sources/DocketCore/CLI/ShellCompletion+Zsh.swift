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
            script += caseArm(command, zshArm).map { "            " + $0 + "\n" }.joined()
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

    /// How zsh spells a `case` arm (see `caseArm`).
    private var zshArm: ArmSyntax {
        ArmSyntax(
            enterNextWord: ["if (( i + 1 < CURRENT )); then", "    (( i++ ))", "    case ${words[i]} in"],
            isOption: "[[ $cur == -* ]]",
            casePrevious: "case $prev in",
            countPositionals: [
                "for (( w = i + 1; w < CURRENT; w++ )); do",
                "    if [[ $vopts == *\" ${words[w]} \"* ]]; then (( w++ )); elif [[ ${words[w]} != -* ]]; then (( n++ )); fi",
                "done",
            ],
            positional: { "(" + $0 + ")" },
            render: zsh
        )
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
