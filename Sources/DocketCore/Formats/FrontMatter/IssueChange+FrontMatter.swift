/// The format-independent changes, written as front-matter keys.
extension IssueChange {
    /// Applies changes to a front-matter file's text.
    static func apply(_ changes: [IssueChange], toFrontMatter text: String, path: String) throws(Diagnostic) -> String {
        var current = text
        for change in changes {
            let matter = try FrontMatter(parsing: current, path: path)
            switch change {
            case .appendToBody(let addition):
                current = TextLines.appending(addition, to: matter.text.text)
            case .body(let body):
                current = matter.text.replacingLines(from: matter.closingLine + 1, with: body)
            default:
                current = matter.applying(change.frontMatterChanges)
            }
        }
        return current
    }

    private var frontMatterChanges: [FrontMatter.Change] {
        switch self {
        case .title(let title): return [.text("title", title)]
        case .priority(let priority): return [.text("priority", priority.text)]
        case .labels(let labels): return [.set("labels", .list(labels))]
        case .assignee(let assignee): return [.text("assignee", assignee)]
        case .claimed(let claimed): return [.text("claimed", claimed)]
        case .blockedBy(let keys): return [.set("blocked_by", keys.isEmpty ? nil : .list(keys.map(\.plain)))]
        case .updated(let time): return [.text("updated", time)]
        case .author(let author): return [.text("author", author)]
        case .created(let time): return [.text("created", time)]
        case .close(let time, let reason, let commit, _):
            return [.text("status", "closed"), .text("closed", time), .text("closed_reason", reason), .text("closed_by", commit)]
        case .reopen:
            return [.text("status", "open"), .text("closed", nil), .text("closed_reason", nil), .text("closed_by", nil)]
        case .appendToBody, .body: return []
        }
    }
}
