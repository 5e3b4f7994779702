/// Prints `--everywhere` results: JSON; on a terminal one line per issue with where it lives
/// and an indented `!` line per thing to resolve; in a pipe tab-separated lines with the
/// `list` columns, then the places and the notes (`; `-separated). A summary of the
/// collisions goes to stderr.
struct EverywherePrinter {
    let context: CommandContext

    /// How many colliding IDs the stderr summary names before counting the rest.
    static let namedCollisions = 10

    func print(_ issues: [EverywhereIssue]) {
        if context.json {
            context.printJSON(.array(issues.map { $0.json(includeBody: false) }))
        } else if context.invocation.stdoutIsTerminal {
            printLines(issues)
        } else {
            printFields(issues)
        }
        if let summary = EverywherePrinter.collisionSummary(issues.filter(\.collides).map(\.issue.key.description)) {
            context.warn(summary)
        }
    }

    /// The stderr line for the colliding IDs: the first `namedCollisions` named, the rest counted.
    static func collisionSummary(_ colliding: [String]) -> String? {
        guard let first = colliding.first else { return nil }
        let named = colliding.prefix(namedCollisions).joined(separator: ", ")
        let more = colliding.count > namedCollisions ? " and \(colliding.count - namedCollisions) more" : ""
        let ids = colliding.count == 1 ? "ID \(first) names" : "IDs \(named)\(more) name"
        return "docket: \(ids) different issues in different worktrees or branches; renumber one side before merging"
    }

    private func printLines(_ issues: [EverywhereIssue]) {
        guard !issues.isEmpty else {
            context.print("No issues.")
            return
        }
        for found in issues {
            let issue = found.issue
            let id = issue.key.prefix == nil ? "#\(issue.key.number)" : issue.key.plain
            let parts = [id, issue.state.rawValue, issue.priority.text, issue.title, "[\(found.locationList)]"]
            context.print(TerminalText.line(parts.joined(separator: "  ")))
            if let snippet = found.snippet { context.print("    " + TerminalText.line(snippet)) }
            for note in found.notes { context.print("    ! " + TerminalText.line(note)) }
        }
    }

    private func printFields(_ issues: [EverywhereIssue]) {
        var text = ""
        for found in issues {
            let issue = found.issue
            let fields = [
                issue.key.plain, issue.state.rawValue, issue.priority.text, issue.title, issue.labels.joined(separator: ","),
                issue.assignee ?? "", issue.created ?? "", found.locationList, found.notes.joined(separator: "; "),
            ]
            text += fields.map(TerminalText.field).joined(separator: "\t") + "\n"
        }
        context.stdout.write(text)
    }
}
