/// `docket init`: sets up `.project/issues/` without touching anything already there;
/// with `--agents`, also the agent guide and MCP entry (`AgentFiles`).
enum InitCommand: DocketCommand {
    static let spec = CommandSpec(
        "init",
        abstract: "Set up .project/issues/ in this directory (idempotent; never overwrites).",
        options: [
            .option("style", value: "STYLE", choices: IssueFormat.all.map(\.style), help: "Template style: frontmatter (default) or protocol (ISSUE-NNN files; the default where all issues are)."),
            .flag("agents", help: "Also write the agent guide into AGENTS.md (and CLAUDE.md if present) and a docket server into .mcp.json."),
            .flag("json", help: "Print the result as JSON."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let root = ProjectLayout.find(from: context.startDirectory)?.root ?? context.startDirectory
        let layout = ProjectLayout(root: root)
        try layout.checkContained()
        // Without --style, a project whose issues are all PREFIX-NNN files gets the template of the format that writes them.
        let keepsPrefixes = try IssueStore(layout: layout).dialectPrefixes() != nil
        let fallback = IssueFormat.all.first { $0.keysHavePrefixes == keepsPrefixes } ?? IssueFormat.all[0]
        let style = context.arguments.value("style") ?? fallback.style
        guard let template = IssueFormat.format(style: style)?.defaultTemplate else {
            throw DocketError.usage("unknown style '\(style)' (expected \(Choices.alternatives(IssueFormat.all.map(\.style))))")
        }
        try PathContainment.check(layout.templatePath, root: root)
        var created: [String] = []
        for directory in [layout.directory(for: .open), layout.directory(for: .closed), layout.cacheDirectory] where !ProjectLayout.isFolder(directory) {
            try FileSystem.makeDirectories(directory)
            created.append(layout.relative(directory) + "/")
        }
        let files = [
            (layout.directory(for: .open) + "/.gitkeep", ""),
            (layout.directory(for: .closed) + "/.gitkeep", ""),
            (layout.templatePath, template),
            (layout.cacheDirectory + "/.gitignore", "*\n"),
        ]
        for (path, text) in files where !FileSystem.exists(path) {
            try FileSystem.createExclusively(text, at: path)
            created.append(layout.relative(path))
        }
        let agents = context.arguments.flag("agents")
        let wrote = agents ? try AgentFiles.write(root: root, guide: PrimeCommand.guide) : []
        if context.json {
            var members: [(key: String, value: JSONValue)] = [("root", .string(root)), ("created", .array(created.map(JSONValue.string)))]
            if agents { members.append(("agent_files", .array(wrote.map(JSONValue.string)))) }
            context.printJSON(.object(members))
        } else if created.isEmpty {
            context.print("Already set up: \(layout.relative(layout.issuesDirectory))/ (nothing created)")
        } else {
            context.print("Initialized docket in \(root)")
            for path in created { context.print("  created \(path)") }
        }
        for path in wrote where !context.json { context.print("  wrote \(path)") }
        return ExitCode.success
    }
}
