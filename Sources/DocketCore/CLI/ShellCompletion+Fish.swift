extension ShellCompletion {
    /// The fish script: `complete` lines per command and option; option values through `-r -a`,
    /// positional places through `__docket_arg N` (the count of words before the cursor that
    /// are neither options nor their values).
    var fish: String {
        var script = """
        # docket completion for fish. Save it: docket completion fish > ~/.config/fish/completions/docket.fish
        function __docket_words
            set -l tokens (commandline -opc)
            set -e tokens[1]
            while test (count $tokens) -ge 2; and test "$tokens[1]" = -C
                set -e tokens[1..2]
            end
            string join \\n -- $tokens
        end
        function __docket_dir
            set -l tokens (commandline -opc)
            if test (count $tokens) -ge 3; and test "$tokens[2]" = -C
                printf '%s\\n' -C $tokens[3]
            end
        end
        function __docket_needs_command
            test (count (__docket_words)) -eq 0
        end
        function __docket_using
            set -l words (__docket_words)
            test (count $words) -ge 1; and contains -- $words[1] $argv
        end
        # __docket_sub NAMES...: whether the word after the command (a group's subcommand) is one of NAMES.
        function __docket_sub
            set -l words (__docket_words)
            test (count $words) -ge 2; and contains -- $words[2] $argv
        end
        # __docket_arg N VALUE-OPTIONS... (or rest N ...): whether the word under the cursor
        # is positional place N (or N or later).
        function __docket_arg
            set -l rest 0
            if test "$argv[1]" = rest
                set rest 1
                set -e argv[1]
            end
            set -l place $argv[1]
            set -e argv[1]
            set -l words (__docket_words)
            set -e words[1]
            set -l n 0
            set -l skip 0
            for word in $words
                if test $skip -eq 1
                    set skip 0
                else if contains -- $word $argv
                    set skip 1
                else if not string match -q -- '-*' $word
                    set n (math $n + 1)
                end
            end
            test $n -eq $place; or begin; test $rest -eq 1; and test $n -ge $place; end
        end
        function __docket_complete
            docket (__docket_dir) __complete $argv 2>/dev/null
        end
        complete -c docket -f

        """
        for command in commands {
            for name in command.names {
                script += "complete -c docket -n __docket_needs_command -a \(name) -d \(quoted(command.abstract))\n"
            }
            let using = "__docket_using \(command.names.joined(separator: " "))"
            guard !command.subcommands.isEmpty else {
                script += fishLines(command, when: using, firstPlace: 0)
                continue
            }
            for subcommand in command.subcommands {
                for name in subcommand.names {
                    script += "complete -c docket -n '\(using); and __docket_arg 0' -a \(name) -d \(quoted(subcommand.abstract))\n"
                }
                script += fishLines(subcommand, when: "\(using); and __docket_sub \(subcommand.names.joined(separator: " "))", firstPlace: 1)
            }
            script += fishLines(command, when: "\(using); and __docket_arg 0", firstPlace: 0)
        }
        return script
    }

    /// The `complete` lines for a command's options and positional places, each under the
    /// condition `when`; its first positional is place `firstPlace` (1 after a subcommand's name).
    private func fishLines(_ command: Command, when condition: String, firstPlace: Int) -> String {
        var script = ""
        let values = command.valueOptions.flatMap(Command.words).joined(separator: " ")
        for option in command.options {
            var line = "complete -c docket -n '\(condition)'"
            if let short = option.short { line += " -s \(short)" }
            line += " -l \(option.long)"
            if option.valueName != nil, !option.valueIsOptional {
                let value = action(for: option)
                line += (value == .files ? " -r" : " -x") + fish(value)
            }
            script += line + " -d \(quoted(option.fullHelp))\n"
        }
        for (index, action) in command.positionals.enumerated() where action != .nothing {
            let place = firstPlace + index
            let test = command.repeatsLast && index == command.positionals.count - 1 ? "rest \(place)" : "\(place)"
            script += "complete -c docket -n '\(condition); and __docket_arg \(test) \(values)'\(fish(action))\n"
        }
        return script
    }

    private func fish(_ action: Action) -> String {
        switch action {
        case .words(let words): return " -a \(quoted(words.joined(separator: " ")))"
        case .dynamic(let kind): return " -a '(__docket_complete \(kind))'"
        case .files: return " -F"
        case .nothing: return ""
        }
    }

    /// A fish single-quoted string.
    private func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
