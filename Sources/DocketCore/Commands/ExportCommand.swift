/// `docket export`: every issue, open and closed, as GitHub's JSON or as JSON Lines.
enum ExportCommand: DocketCommand {
    static let formats = ["github-json", "jsonl"]

    static let spec = CommandSpec(
        "export",
        abstract: "Print every issue as GitHub JSON (what 'docket import github' reads) or JSON Lines.",
        discussion: """
            github-json is the array 'gh issue list --json \(GitHubIssue.ghFields)' prints, \
            comments split back out of the body; importing it and exporting again gives the same JSON. \
            jsonl prints one issue per line, as '--json' describes it with its body, for tools such as jq.
            """,
        options: [
            .option("format", value: "FORMAT", choices: formats, help: "What to print."),
            .flag("json", help: "Print GitHub JSON (the same as --format github-json)."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        if context.json, let format = context.arguments.value("format"), format != "github-json" {
            throw DocketError.usage("--json prints GitHub JSON; it does not go with --format \(format)")
        }
        guard let format = context.arguments.value("format") ?? (context.json ? "github-json" : nil) else { throw DocketError.usage("give the format with --format (\(formats.joined(separator: " or ")))") }
        let issues = try IssueQuery(context: context).withBodies()
        if format == "jsonl" {
            for issue in issues { context.stdout.write(issue.json(includeBody: true).compactText + "\n") }
        } else {
            context.stdout.write(JSONValue.array(issues.map { GitHubIssue($0).ghJSON }).prettyText + "\n")
        }
        return ExitCode.success
    }
}
