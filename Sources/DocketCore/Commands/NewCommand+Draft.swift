import Foundation

/// `new -e` and `new -F` with a whole issue, in any format: filing a draft the user wrote, so
/// that text an editor session produced is never lost and the command printed to recover it
/// works as printed.
extension NewCommand {
    /// Files a draft (a whole issue in any format, read as `draft`) with a fresh key, keeping
    /// its title, labels, priority, assignee, body and every other line as written. With
    /// `overrides`, the command line's TITLE, `-p`, `-a` and `--prefix` replace the draft's
    /// and its `-l` labels are added; options that would fill a template are refused.
    static func fileDraft(
        _ draft: IssueReading, in format: any IssueFileFormat, text: String, path: String, prefix: String?, overrides: Bool, context: CommandContext
    ) throws -> Issue {
        let kept = try draft.result.get()
        let arguments = context.arguments
        if overrides {
            let unusable = ["template", "field", "files"].filter { !arguments.all($0).isEmpty }.map { "--" + $0 }
                + (arguments.flag("edit") ? ["-e"] : [])
            if let first = unusable.first {
                throw DocketError.usage("\(first) does not apply when -F names a whole issue, which is filed as written")
            }
        }
        let keyPrefix = (overrides ? prefix : nil) ?? kept.key.prefix
        guard keyPrefix == nil || format.keysHavePrefixes else {
            throw DocketError.usage("--prefix does not apply to a \(format.name) issue, whose IDs are numbers")
        }
        let title = try context.title(overrides ? arguments.positionals.first ?? kept.title : kept.title)
        let fileLabels = try context.labels(kept.labels)
        let labels = overrides ? mergeLabels(fileLabels, try context.labels(arguments.all("label"))) : fileLabels
        let priority = (overrides ? arguments.priority("priority") : nil) ?? kept.priority
        let assignee = (overrides ? arguments.value("assignee").map(\.trimmingSpacesAndNewlines).nonEmpty : nil) ?? kept.assignee
        // A new issue is open, unclaimed and filed now, even from a copy of a closed one.
        let wasClosed = IssueStatus(reading: kept.status ?? "").isClosed || kept.closed != nil || kept.closedReason != nil || kept.closedBy != nil
        var changes: [IssueChange] = (wasClosed ? [.reopen] : []) + [.claimed(nil)]
        if title != kept.title { changes.append(.title(title)) }
        if labels != kept.labels { changes.append(.labels(labels)) }
        if priority != kept.priority { changes.append(.priority(priority)) }
        if assignee != kept.assignee { changes.append(.assignee(assignee)) }
        if kept.author == nil { changes.append(.author(context.actor)) }
        changes += [.created(context.timestamp), .updated(context.timestamp)]
        let store = try context.store()
        return try store.create(prefix: keyPrefix) { key in
            let renumbered = try format.renumbered(text, reading: draft, fileName: path, to: key).text
            return (Slug.fileName(for: key, title: title), try format.apply(changes, to: renumbered, path: path))
        }
    }

    /// `-e`: the user edits the filled template (numbered with the next number as it stands
    /// now); the file is created, under the number allocated then, only from a valid result.
    /// An editor that fails or leaves an empty buffer aborts; an invalid result is kept for
    /// the user, with the command that files it once fixed.
    static func createEdited(
        _ request: NewIssueRequest, in format: any IssueFileFormat, prefix: String?, store: IssueStore, context: CommandContext
    ) throws -> Issue {
        try FileSystem.makeDirectories(store.layout.cacheDirectory)
        let draftPath = store.layout.cacheDirectory + "/new-issue-\(getpid()).md"
        let next = IssueKey(prefix: prefix, number: try store.highestNumber(prefix: prefix) + 1)
        try FileSystem.writeAtomically(try format.newIssueText(for: request, key: next), to: draftPath)
        let edited = try Editor.edit(draftPath, environment: context.invocation.environment)
        let shown = store.layout.relative(draftPath)
        do {
            guard let (editedFormat, draft) = try IssueFormat.draft(in: edited, path: shown) else {
                throw Diagnostic("the draft no longer starts with \(format.draftShape)", at: SourceLocation(path: shown, line: 1))
            }
            let issue = try fileDraft(draft, in: editedFormat, text: edited, path: shown, prefix: nil, overrides: false, context: context)
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
