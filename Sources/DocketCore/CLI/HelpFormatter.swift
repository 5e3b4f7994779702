/// Usage lines and help pages, generated from a `CommandSpec`.
enum HelpFormatter {
    /// `docket list [--state STATE] [-l LABEL]... [--json]`
    static func usage(_ spec: CommandSpec) -> String {
        var parts = ["docket", spec.path]
        if !spec.subcommands.isEmpty { parts.append("<" + spec.subcommands.map(\.name).joined(separator: "|") + ">") }
        for argument in spec.arguments {
            switch argument.arity {
            case .required: parts.append(argument.name)
            case .optional: parts.append("[\(argument.name)]")
            case .variadic: parts.append("[\(argument.name)...]")
            case .requiredVariadic: parts.append("\(argument.name)...")
            }
        }
        parts += spec.options.filter { $0.long != "help" }.map(\.usage)
        return parts.joined(separator: " ")
    }

    static func help(_ spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.abstract)\n"
        if let discussion = spec.discussion { text += "\n" + discussion + "\n" }
        text += "\nUSAGE: \(usage(spec))\n"
        if !spec.aliases.isEmpty { text += "\nALIASES: " + spec.aliases.joined(separator: ", ") + "\n" }
        if !spec.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            text += table(spec.arguments.map { ($0.name, $0.help + ($0.choices.isEmpty ? "" : " One of: " + $0.choices.joined(separator: ", ") + ".")) })
        }
        if !spec.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            text += table(spec.subcommands.map { ($0.names.joined(separator: ", "), $0.abstract) })
        }
        text += "\nOPTIONS:\n"
        text += table(spec.options.map { ($0.synopsis, $0.fullHelp) })
        if !spec.subcommands.isEmpty { text += "\nSee 'docket \(spec.path) <subcommand> --help' for a subcommand's options.\n" }
        return text
    }

    /// The page for `docket --help`: every command but the hidden ones, each with its aliases.
    static func overview(_ commands: [CommandSpec], version: String) -> String {
        var text = """
        OVERVIEW: Docket \(version): issues as Markdown files in your repository.

        USAGE: docket [-C DIR] <command> [options]

        COMMANDS:

        """
        text += table(commands.filter { !$0.hidden }.map { ($0.names.joined(separator: ", "), $0.abstract) })
        text += """

        GLOBAL OPTIONS:
          -C DIR                  Run as if started in DIR.
          -h, --help              Show help.
          --version               Show the version.

        See 'docket help <command>' for a command's options.

        """
        return text
    }

    private static func table(_ rows: [(String, String)]) -> String {
        let width = min(28, (rows.map(\.0.count).max() ?? 0) + 4)
        return rows.map { name, help in
            let padded = "  " + name
            let gap = padded.count < width ? String(repeating: " ", count: width - padded.count) : "\n" + String(repeating: " ", count: width)
            return padded + gap + help + "\n"
        }.joined()
    }
}
