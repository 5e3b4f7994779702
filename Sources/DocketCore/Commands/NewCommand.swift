import Foundation

/// `docket new`: files an issue from the template.
enum NewCommand: DocketCommand {
    static let spec = CommandSpec(
        "new",
        abstract: "File a new issue from the template.",
        discussion: "The template is .project/issues/ISSUE_TEMPLATE.md, or ISSUE_TEMPLATE/NAME.md with -t NAME.",
        arguments: [ArgumentSpec("TITLE", help: "The issue's title (one line).")],
        options: [
            .option("label", short: "l", value: "LABEL", repeatable: true, help: "Add a label."),
            .option("priority", short: "p", value: "PRIORITY", help: "critical, high, medium (default) or low."),
            .option("assignee", short: "a", value: "NAME", help: "Assign the issue."),
            .option("message", short: "m", value: "TEXT", help: "The body text the template places."),
            .option("file", short: "F", value: "FILE", help: "Read the body text from FILE ('-' for standard input)."),
            .flag("edit", short: "e", help: "Open $VISUAL/$EDITOR on the new issue before saving it."),
            .option("template", short: "t", value: "NAME", help: "Use a named template (see 'docket templates')."),
            .option("prefix", value: "PREFIX", help: "Key prefix for ISSUE-NNN style projects (e.g. SEC files SEC-001)."),
            .option("field", value: "KEY=VALUE", repeatable: true, help: "Set a bold-key field of an ISSUE-NNN style template."),
            .option("files", value: "PATHS", repeatable: true, help: "Affected files, for ISSUE-NNN style templates (comma-separated)."),
            .flag("quiet", short: "q", help: "Print only the new issue's ID."),
            .flag("json", help: "Print the new issue as JSON."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        if arguments.value("message") != nil, arguments.value("file") != nil {
            throw DocketError.usage("use either -m or -F, not both")
        }
        var title = try context.title(arguments.positionals[0])
        let labels = try arguments.all("label").map { try context.label($0) }
        let priority = try arguments.value("priority").map { try context.priority($0) }
        let assignee = arguments.value("assignee").map(\.trimmingSpacesAndNewlines).nonEmpty
        let body = try context.bodyText()
        let store = try context.store()
        let loader = TemplateLoader(layout: store.layout)
        let template = try loader.load(named: arguments.value("template"))
        let parsed = try template.parsedBody()
        let partials = loader.partials(besides: store.layout.root + "/" + template.path)
        if !template.titlePrefix.isEmpty, !title.hasPrefix(template.titlePrefix) {
            title = template.titlePrefix + title
        }
        let git = GitContext(directory: store.layout.root, environment: context.invocation.environment)
        var draft = Issue(
            key: IssueKey(number: 1), title: title, state: .open, priority: priority ?? template.priority ?? .medium,
            labels: mergeLabels(template.labels, labels), assignee: assignee ?? template.assignee,
            author: nil, created: context.timestamp, updated: context.timestamp, path: ""
        )
        let author = context.actor
        let render: (IssueKey) throws -> (name: String, text: String) = { key in
            draft.key = key
            var values: [(key: String, value: JSONValue)] = [
                ("id", .int(key.number)), ("key", .string(key.plain)), ("title", .string(draft.title)),
                ("date", .string(Timestamp.day(context.now))), ("timestamp", .string(context.timestamp)),
                ("author", .string(author)), ("labels", .array(draft.labels.map(JSONValue.string))),
                ("priority", .string(draft.priority.text)), ("assignee", draft.assignee.map(JSONValue.string) ?? .null),
            ]
            values.append(("body", body.map { JSONValue.string($0.trimmingTrailingNewlines) } ?? .null))
            // Empty strings are truthy in Mustache; null keeps `{{#branch}}` sections out.
            values += [("branch", git.branch.nonEmpty.map(JSONValue.string) ?? .null), ("commit", git.commit.nonEmpty.map(JSONValue.string) ?? .null)]
            values.append(("docket_version", .string(Docket.version)))
            var issue = draft
            issue.body = try parsed.render(.object(values), escaping: .none, partials: partials)
            return (Slug.fileName(for: key, title: issue.title), IssueFile.render(issue))
        }
        let issue: Issue
        if let headingPrefix = ProtocolTemplate.headingPrefix(of: template.source) {
            guard !arguments.flag("edit") else {
                throw DocketError.usage("-e does not work with ISSUE-NNN templates yet; file the issue, then 'docket edit' it")
            }
            issue = try createProtocolIssue(store: store, template: template, parsed: parsed, partials: partials, draft: draft, headingPrefix: headingPrefix, body: body, context: context)
        } else if arguments.value("prefix") != nil {
            throw DocketError.usage("--prefix needs an ISSUE-NNN style template (see 'docket init --style protocol')")
        } else if arguments.flag("edit") {
            issue = try createEdited(store: store, render: render, context: context)
        } else {
            issue = try store.create(prefix: nil, render: render)
        }
        if context.json {
            context.printJSON(issue.json(includeBody: false))
        } else if arguments.flag("quiet") {
            context.print(issue.key.plain)
        } else {
            context.print("Created \(issue.key) \(issue.path)")
        }
        return ExitCode.success
    }

    /// Files an issue in the `# PREFIX-NNN: Title` dialect: Mustache tags (if any) render
    /// first, then the template's own bracket conventions are filled.
    private static func createProtocolIssue(
        store: IssueStore, template: IssueTemplate, parsed: Template, partials: PartialResolver, draft: Issue,
        headingPrefix: String, body: String?, context: CommandContext
    ) throws -> Issue {
        let arguments = context.arguments
        let rawPrefix = arguments.value("prefix") ?? headingPrefix
        guard (1...16).contains(rawPrefix.count), rawPrefix.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw DocketError.usage("'\(rawPrefix)' is not a prefix (letters only, e.g. SEC)")
        }
        let prefix = rawPrefix.uppercased()
        var fields: [String: String] = [:]
        for assignment in arguments.all("field") {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw DocketError.usage("--field needs KEY=VALUE, not '\(assignment)'")
            }
            fields[String(assignment[..<equals]).trimmingSpacesAndNewlines] = String(assignment[assignment.index(after: equals)...]).trimmingSpacesAndNewlines
        }
        let files = arguments.all("files").flatMap { $0.split(separator: ",").map { $0.trimmingSpaces } }.filter { !$0.isEmpty }
        let author = context.actor
        return try store.create(prefix: prefix) { key in
            var source = template.source
            if Template.containsTags(source) {
                let values: JSONValue = .object([
                    ("id", .int(key.number)), ("key", .string(key.plain)), ("title", .string(draft.title)),
                    ("date", .string(Timestamp.day(context.now))), ("timestamp", .string(context.timestamp)), ("author", .string(author)),
                    ("body", body.map { JSONValue.string($0) } ?? .null), ("docket_version", .string(Docket.version)),
                ])
                source = try parsed.render(values, escaping: .none, partials: partials)
            }
            let values = ProtocolTemplateValues(
                prefix: prefix, number: key.number, title: draft.title, priority: draft.priority.text, labels: draft.labels,
                author: author, assignee: draft.assignee, files: files, fields: fields,
                body: body?.trimmingTrailingNewlines, date: Timestamp.day(context.now)
            )
            return (Slug.fileName(for: key, title: draft.title), ProtocolTemplate.fill(source, with: values))
        }
    }

    /// Template labels first, then the command line's, without case-insensitive duplicates.
    static func mergeLabels(_ first: [String], _ second: [String]) -> [String] {
        var seen: Set<String> = []
        return (first + second).filter { seen.insert($0.lowercased()).inserted }
    }

    /// `-e`: the user edits a draft; the file is created only from a valid result, and an
    /// invalid one is kept for the user rather than lost.
    private static func createEdited(
        store: IssueStore, render: (IssueKey) throws -> (name: String, text: String), context: CommandContext
    ) throws -> Issue {
        try FileSystem.makeDirectories(store.layout.cacheDirectory)
        let draftPath = store.layout.cacheDirectory + "/new-issue-\(getpid()).md"
        try FileSystem.writeAtomically(try render(IssueKey(number: 1)).text, to: draftPath)
        try Editor.edit(draftPath, environment: context.invocation.environment)
        let edited = try FileSystem.readText(draftPath)
        let parsed: Issue
        do {
            parsed = try IssueFile.parse(frontMatterText: edited, path: store.layout.relative(draftPath), state: .open)
        } catch {
            throw DocketError.failure("\(error.headline)\nyour text is kept in \(store.layout.relative(draftPath)); fix it and file it with 'docket new \"TITLE\" -F \(store.layout.relative(draftPath))'")
        }
        let issue = try store.create(prefix: nil) { key in
            let matter = try FrontMatter(parsing: edited, path: draftPath)
            return (Slug.fileName(for: key, title: parsed.title), matter.applying([.text("id", String(key.number))]))
        }
        unlink(draftPath)
        return issue
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
        return text
    }
}
