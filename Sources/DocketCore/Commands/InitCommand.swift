/// `docket init`: sets up `.project/issues/` without touching anything already there.
enum InitCommand: DocketCommand {
    static let spec = CommandSpec(
        "init",
        abstract: "Set up .project/issues/ in this directory (idempotent; never overwrites).",
        options: [
            .option("style", value: "STYLE", choices: ["frontmatter", "protocol"], help: "Template style: frontmatter (default) or protocol (ISSUE-NNN files; the default where all issues are)."),
            .flag("json", help: "Print the result as JSON."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let root = ProjectLayout.find(from: context.startDirectory)?.root ?? context.startDirectory
        let layout = ProjectLayout(root: root)
        try layout.checkContained()
        // Without --style, a project whose issues are all PREFIX-NNN files gets the dialect's template.
        let keepsDialect = try IssueStore(layout: layout).dialectPrefixes() != nil
        let style = context.arguments.value("style") ?? (keepsDialect ? "protocol" : "frontmatter")
        guard let template = InitCommand.templates[style] else {
            throw DocketError.usage("unknown style '\(style)' (expected frontmatter or protocol)")
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
        if context.json {
            context.printJSON(.object([("root", .string(root)), ("created", .array(created.map(JSONValue.string)))]))
        } else if created.isEmpty {
            context.print("Already set up: \(layout.relative(layout.issuesDirectory))/ (nothing created)")
        } else {
            context.print("Initialized docket in \(root)")
            for path in created { context.print("  created \(path)") }
        }
        return ExitCode.success
    }

    static let templates = ["frontmatter": DefaultTemplate.text, "protocol": IssueNNNDefaultTemplate.text]
}
