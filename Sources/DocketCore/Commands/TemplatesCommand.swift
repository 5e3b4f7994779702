/// `docket templates`: the named templates `docket new -t NAME` can use.
enum TemplatesCommand: DocketCommand {
    static let spec = CommandSpec(
        "templates",
        abstract: "List the named issue templates (for 'docket new -t NAME').",
        options: [.flag("json", help: "Print the templates as JSON.")],
        mcp: ToolSpec(
            "templates", title: "Issue templates",
            description: "The named issue templates this project has, for the create tool's template argument.",
            parameters: [],
            readOnly: true, idempotent: true,
            output: .list(key: "templates", item: [
                ("name", OutputField.string), ("title", OutputField.optionalString), ("about", OutputField.optionalString), ("path", OutputField.string),
                ("kind", OutputField.string),
            ]),
            summary: { value in
                let names = (value.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
                return names.isEmpty ? "No named templates." : "Templates: " + names.joined(separator: ", ")
            },
            perform: { CommandResult(json(try TemplateLoader(layout: $0.layout()).available())) }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let layout = try context.layout()
        let templates = try TemplateLoader(layout: layout).available()
        if context.json {
            context.printJSON(json(templates))
        } else if templates.isEmpty {
            context.print("No named templates; add .project/issues/ISSUE_TEMPLATE/NAME.md or an issue form NAME.yml (or put them in .github/ISSUE_TEMPLATE/).")
        } else {
            let names = templates.map { TerminalText.line($0.name) }
            let width = (names.map(\.count).max() ?? 0) + 2
            for (name, entry) in zip(names, templates) {
                let about = [entry.template.name, entry.template.about].compactMap { $0 }.joined(separator: ": ")
                context.print(IssuePrinter.pad(name, width) + TerminalText.line(about))
            }
        }
        return ExitCode.success
    }

    /// The templates as `--json` prints them.
    private static func json(_ templates: [(name: String, template: IssueTemplate)]) -> JSONValue {
        .array(templates.map { entry in
            .object([
                ("name", .string(entry.name)), ("title", entry.template.name.map(JSONValue.string) ?? .null),
                ("about", entry.template.about.map(JSONValue.string) ?? .null), ("path", .string(entry.template.path)),
                ("kind", .string(entry.template.form == nil ? "markdown" : "form")),
            ])
        })
    }
}
