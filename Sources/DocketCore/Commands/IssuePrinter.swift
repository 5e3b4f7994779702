/// Prints issues as a table on a terminal, tab-separated lines in a pipe, JSON, or through
/// a `--format` template.
struct IssuePrinter {
    let context: CommandContext

    func printList(_ issues: [Issue]) throws {
        if context.json {
            context.printJSON(.array(issues.map { $0.json(includeBody: false) }))
        } else if let format = context.arguments.value("format") {
            try printFormatted(issues, format: format, includeBody: false)
        } else if context.invocation.stdoutIsTerminal {
            printTable(issues)
        } else {
            printLines(issues)
        }
    }

    /// One tab-separated line per issue, every field escaped as `TerminalText.field`, all
    /// gathered in one byte buffer.
    private func printLines(_ issues: [Issue]) {
        var out = OutputBytes(context.stdout)
        for issue in issues {
            out.append(issue.key.plain, escapedAs: .field)
            out.appendTab()
            out.append(issue.state.rawValue, escapedAs: .field)
            out.appendTab()
            out.append(issue.priority.text, escapedAs: .field)
            out.appendTab()
            out.append(issue.title, escapedAs: .field)
            out.appendTab()
            out.append(issue.labels.joined(separator: ","), escapedAs: .field)
            out.appendTab()
            out.append(issue.assignee ?? "", escapedAs: .field)
            out.appendTab()
            out.append(issue.created ?? "", escapedAs: .field)
            out.endLine()
        }
        out.flush()
    }

    /// Renders each issue with a template; `\t` and `\n` in the format stand for a tab and a
    /// newline. Values from the file are escaped as `TerminalText` does: the body keeps its
    /// lines, every other value is one line.
    func printFormatted(_ issues: [Issue], format: String, includeBody: Bool) throws {
        let source = format.replacingOccurrences(of: "\\t", with: "\t").replacingOccurrences(of: "\\n", with: "\n")
        let template: Template
        do {
            template = try Template(parsing: source, path: "--format")
        } catch {
            throw DocketError.usage(error.description)
        }
        for issue in issues {
            let text = try template.render(IssuePrinter.escaped(issue.json(includeBody: includeBody)), escaping: .none)
            context.stdout.write(text.hasSuffix("\n") ? text : text + "\n")
        }
    }

    /// A table fitted to the terminal's width (see `IssueTable`), written through one byte buffer.
    private func printTable(_ issues: [Issue]) {
        guard !issues.isEmpty else {
            context.print("No issues.")
            return
        }
        var out = OutputBytes(context.stdout)
        for line in IssueTable(issues: issues, width: context.invocation.terminalWidth, now: context.now, color: context.useColor).lines() {
            out.append(line)
            out.endLine()
        }
        out.flush()
    }

    /// `text` padded to `width` terminal cells.
    static func pad(_ text: String, _ width: Int) -> String {
        TerminalCells.pad(text, width)
    }

    /// A template context with every string escaped for printing: `body` as lines, the rest
    /// as one line each.
    private static func escaped(_ value: JSONValue, key: String? = nil) -> JSONValue {
        switch value {
        case .string(let text): return .string(key == "body" ? TerminalText.block(text) : TerminalText.line(text))
        case .array(let items): return .array(items.map { escaped($0) })
        case .object(let members): return .object(members.map { ($0.key, escaped($0.value, key: $0.key)) })
        default: return value
        }
    }
}
