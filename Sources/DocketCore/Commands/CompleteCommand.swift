/// `docket __complete ids|labels|templates`: the words a completion script offers for the
/// current project, one a line. Hidden; prints nothing (and exits 0) outside a project.
enum CompleteCommand: DocketCommand {
    static let spec = CommandSpec(
        "__complete",
        abstract: "Print the project's issue IDs, labels or template names for shell completion.",
        arguments: [ArgumentSpec("KIND", choices: ["ids", "labels", "templates"], help: "What to print.")],
        hidden: true
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        guard (try? context.layout()) != nil else { return ExitCode.success }
        let words: [String]
        switch context.arguments.positionals[0] {
        case "templates":
            words = try TemplateLoader(layout: context.layout()).available().map(\.name)
        case "labels":
            let issues = try IssueQuery(context: context).run(Query(state: .all))
            var seen: Set<String> = []
            words = issues.flatMap(\.labels).filter { seen.insert($0.lowercased()).inserted }.sorted()
        default:
            words = try IssueQuery(context: context).run(Query(state: .all)).map(\.key.plain)
        }
        // One word a line: a word with a line break or control character could not be offered.
        for word in words where !word.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            context.stdout.write(word + "\n")
        }
        return ExitCode.success
    }
}
