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
            script += caseArm(command, bashArm).map { "            " + $0 + "\n" }.joined()
            script += "            ;;\n"
        }
        script += """
            esac
        }
        complete -F _docket docket

        """
        return script
    }

    /// How bash spells a `case` arm (see `caseArm`).
    private var bashArm: ArmSyntax {
        ArmSyntax(
            enterNextWord: ["if [[ $((i + 1)) -lt $COMP_CWORD ]]; then", "    i=$((i + 1))", "    case \"${COMP_WORDS[i]}\" in"],
            isOption: "[[ \"$cur\" == -* ]]",
            casePrevious: "case \"$prev\" in",
            countPositionals: [
                "for ((w = i + 1; w < COMP_CWORD; w++)); do",
                "    if [[ \"$vopts\" == *\" ${COMP_WORDS[w]} \"* ]]; then w=$((w + 1)); elif [[ \"${COMP_WORDS[w]}\" != -* ]]; then n=$((n + 1)); fi",
                "done",
            ],
            positional: { $0 + ")" },
            render: bash
        )
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
