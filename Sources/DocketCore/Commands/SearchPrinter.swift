/// Prints search results: on a terminal the key and title, then the snippet indented below
/// (matches in bold when colour is on); in a pipe one tab-separated line per result
/// (key, state, title, snippet); with `--json` an array of issues, each with its `snippet`.
struct SearchPrinter {
    let context: CommandContext

    func print(_ hits: [IssueIndex.Hit]) {
        if context.json {
            context.printJSON(.array(hits.map(SearchPrinter.json)))
        } else if context.invocation.stdoutIsTerminal {
            printForTerminal(hits)
        } else {
            for hit in hits {
                let columns = [hit.issue.key.plain, hit.issue.state.rawValue, hit.issue.title, hit.snippet.map(SearchPrinter.oneLine) ?? ""]
                context.print(columns.map(TerminalText.field).joined(separator: "\t"))
            }
        }
    }

    private func printForTerminal(_ hits: [IssueIndex.Hit]) {
        guard !hits.isEmpty else {
            context.print("No matches.")
            return
        }
        let color = context.useColor
        for hit in hits {
            let issue = hit.issue
            let id = TerminalText.line(issue.key.prefix == nil ? "#\(issue.key.number)" : issue.key.plain)
            let state = issue.state == .closed ? "  (closed)" : ""
            let title = TerminalText.line(issue.title)
            context.printStyled(color ? "\u{1B}[1m\(id)\u{1B}[0m  \(title)\u{1B}[2m\(state)\u{1B}[0m" : "\(id)  \(title)\(state)")
            if let snippet = hit.snippet.map(SearchPrinter.oneLine), !snippet.isEmpty {
                context.printStyled("    " + (color ? SearchPrinter.escapedKeepingHighlight(snippet) : TerminalText.line(snippet)))
            }
        }
    }

    /// A hit as `--json` prints it: the issue with its `snippet`.
    static func json(_ hit: IssueIndex.Hit) -> JSONValue {
        guard case .object(var members) = hit.issue.json(includeBody: false) else { return hit.issue.json(includeBody: false) }
        members.append(("snippet", hit.snippet.map { JSONValue.string(oneLine($0)) } ?? .null))
        return .object(members)
    }

    /// A snippet escaped for the terminal except for the bold on and off sequences that
    /// mark its matches (`SearchCommand`'s highlight); a file that holds those very
    /// sequences shows as bold, and nothing else from it reaches the terminal raw.
    private static func escapedKeepingHighlight(_ snippet: String) -> String {
        let on = "\u{1B}[1m", off = "\u{1B}[0m"
        return snippet.components(separatedBy: on).map { piece in
            piece.components(separatedBy: off).map(TerminalText.line).joined(separator: off)
        }.joined(separator: on)
    }

    /// The snippet on one line: line breaks and runs of white space become one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
