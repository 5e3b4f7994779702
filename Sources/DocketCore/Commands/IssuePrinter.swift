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

    /// A table fitted to the terminal's width, written through one byte buffer.
    private func printTable(_ issues: [Issue]) {
        guard !issues.isEmpty else {
            context.print("No issues.")
            return
        }
        var out = OutputBytes(context.stdout)
        let color = context.useColor
        let ids = issues.map { TerminalText.line($0.key.prefix == nil ? "#\($0.key.number)" : $0.key.plain) }
        let idWidth = max(2, ids.map(\.count).max() ?? 0)
        let ages = issues.map { Timestamp.age(of: $0.created, now: context.now) }
        let labels = issues.map { TerminalText.line($0.labels.joined(separator: ", ")) }
        let labelWidth = min(30, labels.map(\.count).max() ?? 0)
        let fixed = idWidth + 2 + 8 + 2 + 2 + labelWidth + 2 + 4
        let titleWidth = max(10, context.invocation.terminalWidth - fixed)
        for (index, issue) in issues.enumerated() {
            let id = IssuePrinter.pad(ids[index], idWidth)
            let priorityText = TerminalText.line(issue.priority.text)
            let priority = IssuePrinter.pad(priorityText.count > 8 ? String(priorityText.prefix(8)) : priorityText, 8)
            let title = IssuePrinter.pad(IssuePrinter.cut(TerminalText.line(issue.title), titleWidth), titleWidth)
            let label = IssuePrinter.pad(IssuePrinter.cut(labels[index], labelWidth), labelWidth)
            var line = color ? "\u{1B}[1m\(id)\u{1B}[0m  \(IssuePrinter.colored(priority, issue.priority))  \(title)  \u{1B}[36m\(label)\u{1B}[0m  \u{1B}[2m\(ages[index])\u{1B}[0m"
                : "\(id)  \(priority)  \(title)  \(label)  \(ages[index])"
            while line.hasSuffix(" ") { line.removeLast() }
            out.append(line)
            out.endLine()
        }
        out.flush()
    }

    private static func colored(_ text: String, _ priority: Priority) -> String {
        switch priority.rank {
        case 0: return "\u{1B}[1;31m\(text)\u{1B}[0m"
        case 1: return "\u{1B}[31m\(text)\u{1B}[0m"
        case 3: return "\u{1B}[2m\(text)\u{1B}[0m"
        default: return text
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func cut(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
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
