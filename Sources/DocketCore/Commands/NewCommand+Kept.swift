import Foundation

/// `new -e` and `new -F` with a whole issue: filing a draft the user wrote, so that text an
/// editor session produced is never lost and the command printed to recover it works as printed.
extension NewCommand {
    /// The issue in `text` when it is a whole Docket issue file (front matter with a `title`),
    /// read with any `id`, since filing gives it a new one; `nil` when it is plain body text.
    /// Throws the file's problem (`path:line: message`) when it looks like an issue but is not one.
    static func keptIssue(in text: String, path: String) throws -> Issue? {
        guard FrontMatter.starts(text), let matter = try? FrontMatter(parsing: text, path: path), matter.entry("title") != nil else {
            return nil
        }
        return try IssueFile.parse(frontMatterText: matter.applying([.text("id", "1")]), path: path, state: .open)
    }

    /// Files a whole-issue text with a new ID, keeping its title, labels, priority, assignee,
    /// body and other keys as written. With `overrides`, the command line's TITLE, `-p` and
    /// `-a` replace the file's and its `-l` labels are added.
    static func createFromKept(_ kept: Issue, text: String, path: String, overrides: Bool, context: CommandContext) throws -> Issue {
        let arguments = context.arguments
        if overrides {
            let unusable = ["template", "prefix", "field", "files"].filter { !arguments.all($0).isEmpty }.map { "--" + $0 }
                + (arguments.flag("edit") ? ["-e"] : [])
            if let first = unusable.first {
                throw DocketError.usage("\(first) does not apply when -F names a whole issue, which is filed as written")
            }
        }
        let title = try context.title(overrides ? arguments.positionals.first ?? kept.title : kept.title)
        let fileLabels = try context.labels(kept.labels)
        let labels = overrides ? mergeLabels(fileLabels, try context.labels(arguments.all("label"))) : fileLabels
        let priority = (overrides ? arguments.priority("priority") : nil) ?? kept.priority
        let assignee = (overrides ? arguments.value("assignee").map(\.trimmingSpacesAndNewlines).nonEmpty : nil) ?? kept.assignee
        var changes: [FrontMatter.Change] = [.text("status", IssueState.open.rawValue)]
        if title != kept.title { changes.append(.text("title", title)) }
        if labels != kept.labels { changes.append(.set("labels", .list(labels))) }
        if priority != kept.priority { changes.append(.text("priority", priority.text)) }
        if assignee != kept.assignee { changes.append(.text("assignee", assignee)) }
        if kept.author == nil { changes.append(.text("author", context.actor)) }
        changes += ["closed", "closed_reason", "closed_by", "claimed"].map { .set($0, nil) }
        changes += [.text("created", context.timestamp), .text("updated", context.timestamp)]
        let store = try context.store()
        return try store.create(prefix: nil) { key in
            let matter = try FrontMatter(parsing: text, path: path)
            return (Slug.fileName(for: key, title: title), matter.applying([.text("id", String(key.number))] + changes))
        }
    }

    /// `-e`: the user edits a draft; the file is created only from a valid result. An editor
    /// that fails or leaves an empty buffer aborts; an invalid result is kept for the user,
    /// with the command that files it once fixed.
    static func createEdited(
        store: IssueStore, render: (IssueKey) throws -> (name: String, text: String), context: CommandContext
    ) throws -> Issue {
        try FileSystem.makeDirectories(store.layout.cacheDirectory)
        let draftPath = store.layout.cacheDirectory + "/new-issue-\(getpid()).md"
        try FileSystem.writeAtomically(try render(IssueKey(number: 1)).text, to: draftPath)
        let edited = try Editor.edit(draftPath, environment: context.invocation.environment)
        let shown = store.layout.relative(draftPath)
        do {
            guard let kept = try keptIssue(in: edited, path: shown) else {
                throw Diagnostic("the draft no longer starts with front matter that has a 'title'", at: SourceLocation(path: shown, line: 1))
            }
            let issue = try createFromKept(kept, text: edited, path: shown, overrides: false, context: context)
            unlink(draftPath)
            return issue
        } catch {
            let problem = (error as? Diagnostic)?.headline ?? (error as? DocketError)?.message ?? String(describing: error)
            throw DocketError.failure("\(problem)\nyour text is kept in \(shown); fix it and file it with 'docket new -F \(context.typedPath(draftPath))'")
        }
    }
}

extension CommandContext {
    /// An absolute path as the user types it where they ran docket: relative to the current
    /// directory when it is inside it, single-quoted when the shell would split or expand it.
    func typedPath(_ absolute: String) -> String {
        let directory = invocation.currentDirectory
        let path = absolute.hasPrefix(directory + "/") ? String(absolute.dropFirst(directory.count + 1)) : absolute
        let plain = path.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._/-+".unicodeScalars.contains($0)) }
        return plain ? path : Hooks.quoted(path)
    }
}
