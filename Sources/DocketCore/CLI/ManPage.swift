/// `docket(1)` in roff (the `man` macros), generated from the commands' declarations: the
/// global usage, then a subsection per visible command (and one per subcommand of a group,
/// `.SS hooks install`) with its synopsis, aliases, discussion, arguments and options (with their choices).
enum ManPage {
    static func render(_ commands: [CommandSpec], version: String) -> String {
        var page = [
            ".TH DOCKET 1 \"\" \"Docket \(version)\" \"User Commands\"",
            ".SH NAME", "docket \\- issues as Markdown files in your repository",
            ".SH SYNOPSIS", ".B docket", "[\\fB\\-C\\fR \\fIDIR\\fR] \\fIcommand\\fR [\\fIoptions\\fR]",
            ".SH DESCRIPTION",
            text("Docket keeps issues as Markdown files under .project/issues/open and .project/issues/closed, in the repository they are about. Each command below takes -h or --help; 'docket help COMMAND' says the same."),
            ".SH GLOBAL OPTIONS",
            ".TP", "\\fB\\-C\\fR \\fIDIR\\fR", text("Run as if started in DIR."),
            ".TP", "\\fB\\-h\\fR, \\fB\\-\\-help\\fR", text("Show help."),
            ".TP", "\\fB\\-\\-version\\fR", text("Show the version."),
            ".SH COMMANDS",
        ]
        for spec in commands where !spec.hidden {
            page += section(spec)
            for subcommand in spec.subcommands { page += section(subcommand) }
        }
        page += [".SH EXIT STATUS", text("0 on success, 1 when something failed, 64 for a usage error.")]
        return page.joined(separator: "\n") + "\n"
    }

    private static func section(_ spec: CommandSpec) -> [String] {
        var lines = [".SS \(spec.path)", text(spec.abstract), ".PP", "\\fB" + escape(HelpFormatter.usage(spec)) + "\\fR"]
        if !spec.aliases.isEmpty { lines += [".PP", text("Aliases: " + spec.aliases.joined(separator: ", ") + ".")] }
        if let discussion = spec.discussion {
            for paragraph in discussion.components(separatedBy: "\n\n") { lines += [".PP", text(paragraph)] }
        }
        for argument in spec.arguments {
            let choices = argument.choices.isEmpty ? "" : " One of: " + argument.choices.joined(separator: ", ") + "."
            lines += [".TP", "\\fI" + escape(argument.name) + "\\fR", text(argument.help + choices)]
        }
        for option in spec.options where option.long != "help" {
            var head = option.short.map { "\\fB\\-\(escape(String($0)))\\fR, " } ?? ""
            head += "\\fB\\-\\-" + escape(option.long) + "\\fR"
            if let value = option.valueName { head += option.valueIsOptional ? " [\\fI\(escape(value))\\fR]" : " \\fI\(escape(value))\\fR" }
            lines += [".TP", head, text(option.fullHelp)]
        }
        return lines
    }

    /// Running text: escaped, one input line per source line, none starting a request.
    private static func text(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            let escaped = escape(line.trimmingSpaces)
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }.joined(separator: "\n")
    }

    /// Backslashes and hyphens as roff wants them, and every character beyond ASCII as a
    /// `\[uXXXX]` escape, since groff reads its input as Latin-1 (`é` would print as `Ã©`).
    private static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\e"
            case "-": escaped += "\\-"
            case _ where scalar.isASCII: escaped.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return escaped
    }
}
