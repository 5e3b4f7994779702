import Foundation

/// `new -e` and `new -F` with a whole issue in the `# PREFIX-NNN: Title` dialect: the draft
/// is filed as written, under a newly allocated key that its heading is rewritten to.
extension NewCommand {
    /// The draft in `text` when it is a whole dialect issue (a `# PREFIX-NNN: Title` heading
    /// with a title, and no front matter); `nil` for anything else.
    static func keptDialectIssue(in text: String, path: String) -> IssueNNNDocument? {
        guard !FrontMatter.starts(text) else { return nil }
        // Read without a file name (a draft has none), so only the heading names the ID.
        let document = IssueNNNDocument(text: text, fileName: "", path: path)
        guard document.headingID != nil, document.headingLine != nil,
              let title = document.title, !title.trimmingSpacesAndNewlines.isEmpty
        else { return nil }
        return document
    }

    /// Files a dialect draft with the next number of its prefix (`--prefix` wins with
    /// `overrides`, as does TITLE). Options that would change the text are refused: the draft
    /// is filed as written.
    static func createFromKeptDialect(_ kept: IssueNNNDocument, text: String, path: String, overrides: Bool, context: CommandContext) throws -> Issue {
        let arguments = context.arguments
        var prefix = kept.headingID?.prefix ?? "ISSUE"
        var text = text
        if overrides {
            let unusable = ["template", "label", "priority", "assignee", "field", "files"].filter { !arguments.all($0).isEmpty }.map { "--" + $0 }
                + (arguments.flag("edit") ? ["-e"] : [])
            if let first = unusable.first {
                throw DocketError.usage("\(first) does not apply when -F names a whole ISSUE-NNN issue, which is filed as written")
            }
            if let given = arguments.value("prefix") {
                guard (1...16).contains(given.count), given.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                    throw DocketError.usage("'\(given)' is not a prefix (letters only, e.g. SEC)")
                }
                prefix = given.uppercased()
            }
            if let title = arguments.positionals.first {
                text = IssueNNNDocument.settingTitle(try context.title(title), in: text)
            }
        }
        let title = IssueNNNDocument(text: text, fileName: "", path: path).title ?? ""
        let headingLine = kept.headingLine ?? 1
        let store = try context.store()
        return try store.create(prefix: prefix) { key in
            let id = IssueKey(prefix: prefix, number: key.number)
            let renamed = IssueNNNFormat.replacingHeadingID(in: text, line: headingLine, with: id) ?? text
            return (Slug.fileName(for: key, title: title), renamed)
        }
    }

    /// `-e` with a dialect template: the user edits the filled template (numbered with the
    /// prefix's next number as it stands now); the result is filed under the number allocated
    /// then. An editor that fails aborts; a result without a `# PREFIX-NNN: Title` heading is
    /// kept for the user, with the command that files it once fixed.
    static func createEditedIssueNNN(store: IssueStore, prefix: String, fill: (IssueKey) throws -> String, context: CommandContext) throws -> Issue {
        try FileSystem.makeDirectories(store.layout.cacheDirectory)
        let draftPath = store.layout.cacheDirectory + "/new-issue-\(getpid()).md"
        let next = IssueKey(prefix: prefix, number: try store.highestNumber(prefix: prefix) + 1)
        try FileSystem.writeAtomically(try fill(next), to: draftPath)
        let edited = try Editor.edit(draftPath, environment: context.invocation.environment)
        let shown = store.layout.relative(draftPath)
        do {
            guard let kept = keptDialectIssue(in: edited, path: shown) else {
                throw Diagnostic("the draft no longer starts with a '# PREFIX-NNN: Title' heading", at: SourceLocation(path: shown, line: 1))
            }
            let issue = try createFromKeptDialect(kept, text: edited, path: shown, overrides: false, context: context)
            unlink(draftPath)
            return issue
        } catch {
            let problem = (error as? Diagnostic)?.headline ?? (error as? DocketError)?.message ?? String(describing: error)
            throw DocketError.failure("\(problem)\nyour text is kept in \(shown); fix it and file it with 'docket new -F \(context.typedPath(draftPath))'")
        }
    }
}
