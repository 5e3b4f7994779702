import Foundation

/// `docket new`: files an issue from the template.
enum NewCommand: DocketCommand {
    static let spec = CommandSpec(
        "new",
        aliases: ["create"],
        abstract: "File a new issue from the template.",
        discussion: """
            The template is .project/issues/ISSUE_TEMPLATE.md, or ISSUE_TEMPLATE/NAME.md with -t NAME. \
            Body text goes where the template says {{body}}, or after the template's text when it has no place for it. \
            A -F FILE that is a whole Docket issue (front matter with a title, such as a draft 'new -e' kept) \
            is filed as that issue with a new ID; TITLE, -l, -p and -a then change it.
            """,
        arguments: [ArgumentSpec("TITLE", .optional, help: "The issue's title (one line); optional when -F names a whole issue.")],
        options: [
            .option("label", short: "l", value: "LABEL", repeatable: true, completion: .labels, help: "Add labels (comma-separated: -l bug,docs)."),
            .option("priority", short: "p", value: "PRIORITY", choices: Priority.levels, help: "How urgent; medium by default."),
            .option("assignee", short: "a", value: "NAME", help: "Assign the issue."),
            .option("message", short: "m", value: "TEXT", help: "The body text the template places."),
            .option("file", short: "F", value: "FILE", completion: .files, help: "Read the body text from FILE ('-' for standard input)."),
            .flag("edit", short: "e", help: "Open $VISUAL/$EDITOR on the new issue before saving it."),
            .option("template", short: "t", value: "NAME", completion: .templates, help: "Use a named template (see 'docket templates')."),
            .option("prefix", value: "PREFIX", help: "Key prefix for ISSUE-NNN style projects (e.g. SEC files SEC-001)."),
            .option("field", value: "KEY=VALUE", repeatable: true, help: "Set a bold-key field of an ISSUE-NNN style template."),
            .option("files", value: "PATHS", repeatable: true, help: "Affected files, for ISSUE-NNN style templates (comma-separated)."),
            .flag("quiet", short: "q", help: "Print only the new issue's ID."),
            .flag("json", help: "Print the new issue as JSON."),
        ],
        jsonFields: Issue.jsonFields
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        if arguments.value("message") != nil, arguments.value("file") != nil {
            throw DocketError.usage("use either -m or -F, not both")
        }
        let body = try context.bodyText()
        if let body, let file = arguments.value("file") {
            let path = file == "-" ? "<stdin>" : file
            if let kept = try keptIssue(in: body, path: path) {
                return try report(try createFromKept(kept, text: body, path: path, overrides: true, context: context), context)
            }
            if let kept = keptDialectIssue(in: body, path: path) {
                return try report(try createFromKeptDialect(kept, text: body, path: path, overrides: true, context: context), context)
            }
        }
        guard let rawTitle = arguments.positionals.first else { throw DocketError.usage("missing TITLE") }
        var title = try context.title(rawTitle)
        let labels = try context.labels(arguments.all("label"))
        let priority = try arguments.value("priority").map { try context.priority($0) }
        let assignee = arguments.value("assignee").map(\.trimmingSpacesAndNewlines).nonEmpty
        let store = try context.store()
        let loader = TemplateLoader(layout: store.layout)
        var template = try loader.load(named: arguments.value("template"))
        if IssueNNNTemplate.headingPrefix(of: template.source) == nil, try store.dialectPrefixes() != nil {
            // A project whose issues are all PREFIX-NNN files gets one more, never a front matter 0001 beside ISSUE-001.
            guard arguments.value("template") == nil else {
                throw DocketError.usage("template '\(template.path)' is front matter, but this project's issues are PREFIX-NNN files; use an ISSUE-NNN style template")
            }
            template = try IssueTemplate(text: IssueNNNDefaultTemplate.text, path: "<built-in ISSUE_TEMPLATE.protocol.md>")
        }
        let parsed = try template.parsedBody()
        let partials = loader.partials(besides: store.layout.root + "/" + template.path)
        let placesBody = try parsed.hasPlace(for: "body", partials: partials)
        if !template.titlePrefix.isEmpty, !title.hasPrefix(template.titlePrefix) {
            title = template.titlePrefix + title
        }
        let git = GitContext(directory: store.layout.root, environment: context.invocation.environment)
        let author = context.actor
        var draft = Issue(
            key: IssueKey(number: 1), title: title, state: .open, priority: priority ?? template.priority ?? .medium,
            labels: mergeLabels(template.labels, labels), assignee: assignee ?? template.assignee,
            author: author, created: context.timestamp, updated: context.timestamp, path: ""
        )
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
            issue.body = try parsed.render(.object(values), escaping: .none, partials: partials, maximumLength: IssueTemplate.maximumRenderedLength)
            if let body, !placesBody { issue.body = appending(body, to: issue.body) }
            return (Slug.fileName(for: key, title: issue.title), IssueFile.render(issue))
        }
        let issue: Issue
        if let headingPrefix = IssueNNNTemplate.headingPrefix(of: template.source) {
            issue = try createIssueNNNIssue(
                store: store, template: template, parsed: parsed, partials: partials, draft: draft, headingPrefix: headingPrefix,
                body: body, mustachePlacesBody: placesBody, context: context)
        } else if arguments.value("prefix") != nil {
            throw DocketError.usage("--prefix needs an ISSUE-NNN style template (see 'docket init --style protocol')")
        } else if arguments.flag("edit") {
            issue = try createEdited(store: store, render: render, context: context)
        } else {
            issue = try store.create(prefix: nil, render: render)
        }
        return try report(issue, context)
    }

    private static func report(_ issue: Issue, _ context: CommandContext) throws -> Int32 {
        let arguments = context.arguments
        if context.json {
            context.printJSON(issue.json(includeBody: false))
        } else if arguments.flag("quiet") {
            context.print(issue.key.plain)
        } else {
            context.print("Created \(issue.key) \(issue.path)")
        }
        return ExitCode.success
    }

    /// `body` after a rendered template that had no place for it, separated by a blank line.
    static func appending(_ body: String, to text: String) -> String {
        let addition = body.trimmingTrailingNewlines
        guard !addition.trimmingSpacesAndNewlines.isEmpty else { return text }
        let head = text.trimmingTrailingNewlines
        return head.isEmpty ? addition + "\n" : head + "\n\n" + addition + "\n"
    }

    /// Files an issue in the `# PREFIX-NNN: Title` dialect: Mustache tags (if any) render
    /// first, then the template's own bracket conventions are filled. The body goes under
    /// `## Description` (which is added when missing) unless the Mustache tags placed it.
    private static func createIssueNNNIssue(
        store: IssueStore, template: IssueTemplate, parsed: Template, partials: PartialResolver, draft: Issue,
        headingPrefix: String, body: String?, mustachePlacesBody: Bool, context: CommandContext
    ) throws -> Issue {
        let arguments = context.arguments
        let rawPrefix = try arguments.value("prefix") ?? store.newIssuePrefix(headingPrefix: headingPrefix)
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
        let rendersTags = Template.containsTags(template.source)
        let fill: (IssueKey) throws -> String = { key in
            var source = template.source
            if rendersTags {
                let values: JSONValue = .object([
                    ("id", .int(key.number)), ("key", .string(key.plain)), ("title", .string(draft.title)),
                    ("date", .string(Timestamp.day(context.now))), ("timestamp", .string(context.timestamp)), ("author", .string(author)),
                    ("body", body.map { JSONValue.string($0) } ?? .null), ("docket_version", .string(Docket.version)),
                ])
                source = try parsed.render(values, escaping: .none, partials: partials, maximumLength: IssueTemplate.maximumRenderedLength)
            }
            let values = IssueNNNTemplateValues(
                prefix: prefix, number: key.number, title: draft.title, priority: draft.priority.text, labels: draft.labels,
                author: author, assignee: draft.assignee, files: files, fields: fields,
                body: rendersTags && mustachePlacesBody ? nil : body?.trimmingTrailingNewlines, date: Timestamp.day(context.now)
            )
            return IssueNNNTemplate.fill(source, with: values)
        }
        if arguments.flag("edit") {
            return try createEditedIssueNNN(store: store, prefix: prefix, fill: fill, context: context)
        }
        return try store.create(prefix: prefix) { key in (Slug.fileName(for: key, title: draft.title), try fill(key)) }
    }

    /// Template labels first, then the command line's, without case-insensitive duplicates.
    static func mergeLabels(_ first: [String], _ second: [String]) -> [String] {
        var seen: Set<String> = []
        return (first + second).filter { seen.insert($0.lowercased()).inserted }
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r\n") { text.removeLast() }
        return text
    }
}
