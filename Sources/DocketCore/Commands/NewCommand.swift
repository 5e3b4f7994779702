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
            is filed as that issue with a new ID; TITLE, -l, -p and -a then change it. \
            A GitHub issue form (ISSUE_TEMPLATE/NAME.yml) is filled with --field ID=VALUE (checkboxes: the labels to tick, \
            comma-separated) and -m or -F text fills its first textarea; the body is what GitHub files for the form.
            """,
        arguments: [ArgumentSpec("TITLE", .optional, help: "The issue's title (one line); optional when -F names a whole issue.")],
        options: [
            .option("label", short: "l", value: "LABEL", repeatable: true, completion: .labels, help: "Add labels (comma-separated: -l bug,docs)."),
            .option("priority", short: "p", value: "PRIORITY", type: .priority, help: "How urgent; medium by default."),
            .option("assignee", short: "a", value: "NAME", help: "Assign the issue."),
            .option("message", short: "m", value: "TEXT", help: "The body text the template places."),
            .option("file", short: "F", value: "FILE", completion: .files, help: "Read the body text from FILE ('-' for standard input)."),
            .flag("edit", short: "e", help: "Open $VISUAL/$EDITOR on the new issue before saving it."),
            .option("template", short: "t", value: "NAME", completion: .templates, help: "Use a named template (see 'docket templates')."),
            .option("prefix", value: "PREFIX", help: "Key prefix for ISSUE-NNN style projects (e.g. SEC files SEC-001)."),
            .option("field", value: "KEY=VALUE", repeatable: true, help: "Fill an issue form element (its id or label), or set a bold-key field of an ISSUE-NNN style template."),
            .option("files", value: "PATHS", repeatable: true, help: "Affected files, for ISSUE-NNN style templates (comma-separated)."),
            .flag("quiet", short: "q", help: "Print only the new issue's ID."),
            .flag("json", help: "Print the new issue as JSON."),
        ],
        jsonFields: Issue.jsonFields,
        mcp: ToolSpec(
            "create", title: "File an issue",
            description: "File a new issue in this project from its issue template. Returns the new issue.",
            parameters: [
                .argument("TITLE", as: "title", required: true, "The issue's title: one line of text."),
                .option("label", as: "labels", "Labels to give the issue, e.g. [\"bug\", \"cli\"]."),
                .option("priority", "How urgent it is; medium when omitted."),
                .option("assignee", "Who the issue is assigned to."),
                .option("message", as: "body", "The description in Markdown, placed into the template's body."),
                .option("template", "The name of a named issue template (see the templates tool); the default template when omitted."),
            ],
            output: .issue, summary: MCPSummary.issue("Created"),
            perform: { CommandResult(try create($0).json(includeBody: false)) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let issue = try create(context)
        if context.json {
            context.printJSON(issue.json(includeBody: false))
        } else if context.arguments.flag("quiet") {
            context.print(issue.key.plain)
        } else {
            context.print("Created \(issue.key) \(issue.path)")
        }
        return ExitCode.success
    }

    /// Files the issue the arguments describe and returns it.
    static func create(_ context: CommandContext) throws -> Issue {
        let arguments = context.arguments
        if arguments.value("message") != nil, arguments.value("file") != nil {
            throw DocketError.usage("use either -m or -F, not both")
        }
        var body = try context.bodyText()
        let prefix = try givenPrefix(arguments.value("prefix"))
        if let body, let file = arguments.value("file") {
            let path = file == "-" ? "<stdin>" : file
            if let (format, draft) = try IssueFormat.draft(in: body, path: path) {
                return try fileDraft(draft, in: format, text: body, path: path, prefix: prefix, overrides: true, context: context)
            }
        }
        guard let rawTitle = arguments.positionals.first else { throw DocketError.usage("missing TITLE") }
        var title = try context.title(rawTitle)
        let labels = try context.labels(arguments.all("label"))
        let priority = arguments.priority("priority")
        let assignee = arguments.value("assignee").map(\.trimmingSpacesAndNewlines).nonEmpty
        // One listing of the folders answers every question `new` asks of the names.
        let store = try context.store().listingNames()
        let loader = TemplateLoader(layout: store.layout)
        var template = try loader.load(named: arguments.value("template"))
        if let form = template.form {
            // An issue form: its filled elements are the body (see IssueForm+Filling.swift).
            body = form.body(try form.answers(fields: arguments.all("field"), text: body, allowingMissing: arguments.flag("edit")))
        }
        var format = IssueFormat.writing(template)
        if !format.keysHavePrefixes, try store.dialectPrefixes() != nil, let prefixing = IssueFormat.filingOrder.first(where: \.keysHavePrefixes) {
            // A project whose issues are all PREFIX-NNN files gets one more, never a bare 0001 whose #1 is ISSUE-001's.
            guard arguments.value("template") == nil else {
                throw DocketError.usage("template '\(template.path)' files \(format.name) issues, but this project's issues are PREFIX-NNN files; use an ISSUE-NNN style template")
            }
            template = try IssueTemplate(text: prefixing.defaultTemplate, path: "<built-in \(prefixing.style) template>")
            format = prefixing
        }
        guard prefix == nil || format.keysHavePrefixes else {
            let styles = IssueFormat.all.filter(\.keysHavePrefixes).map { "'docket init --style \($0.style)'" }
            throw DocketError.usage("--prefix needs an ISSUE-NNN style template (see \(styles.joined(separator: " or ")))")
        }
        if !template.titlePrefix.isEmpty, !title.hasPrefix(template.titlePrefix) {
            title = template.titlePrefix + title
        }
        let git = GitContext(directory: store.layout.root, environment: context.invocation.environment)
        let request = NewIssueRequest(
            title: title, labels: mergeLabels(template.labels, labels), priority: priority ?? template.priority ?? .medium,
            assignee: assignee ?? template.assignee, body: body, author: context.actor, templateFields: template.fields,
            fields: try fieldValues(arguments.all("field")), files: arguments.all("files").flatMap { $0.split(separator: ",").map { $0.trimmingSpaces } }.filter { !$0.isEmpty },
            prefix: prefix, now: context.now, timestamp: context.timestamp, branch: git.branch.nonEmpty, commit: git.commit.nonEmpty,
            template: template, parsedTemplate: try template.parsedBody(),
            partials: loader.partials(besides: store.layout.root + "/" + template.path)
        )
        let keyPrefix = try format.newIssuePrefix(for: request, in: store)
        if arguments.flag("edit") {
            return try createEdited(request, in: format, prefix: keyPrefix, store: store, context: context)
        }
        return try store.create(prefix: keyPrefix) { key in
            (Slug.fileName(for: key, title: request.title), try format.newIssueText(for: request, key: key))
        }
    }

    /// `--prefix`, checked and upper-cased.
    private static func givenPrefix(_ given: String?) throws(DocketError) -> String? {
        guard let given else { return nil }
        guard (1...16).contains(given.count), given.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw DocketError.usage("'\(given)' is not a prefix (letters only, e.g. SEC)")
        }
        return given.uppercased()
    }

    /// `--field KEY=VALUE` assignments by key.
    private static func fieldValues(_ assignments: [String]) throws(DocketError) -> [String: String] {
        var fields: [String: String] = [:]
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw DocketError.usage("--field needs KEY=VALUE, not '\(assignment)'")
            }
            fields[String(assignment[..<equals]).trimmingSpacesAndNewlines] = String(assignment[assignment.index(after: equals)...]).trimmingSpacesAndNewlines
        }
        return fields
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
