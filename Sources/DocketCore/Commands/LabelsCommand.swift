/// `docket labels`: every label in use, with how many open and closed issues carry it.
enum LabelsCommand: DocketCommand {
    static let spec = CommandSpec(
        "labels",
        abstract: "List the labels in use, with their open and closed counts (most open first).",
        options: [.flag("json", help: "Print a JSON array.")],
        jsonFields: ["name", "open", "closed"]
    )

    /// One label and its counts.
    struct Count: Equatable {
        var name: String
        var open = 0
        var closed = 0
    }

    static func run(_ context: CommandContext) throws -> Int32 {
        let counts = tally(try IssueQuery(context: context).run(Query(state: .all)))
        if context.json {
            context.printJSON(.array(counts.map { .object([("name", .string($0.name)), ("open", .int($0.open)), ("closed", .int($0.closed))]) }))
        } else if counts.isEmpty {
            context.print("No labels.")
        } else {
            for count in counts {
                context.print([TerminalText.field(count.name), "\(count.open) open", "\(count.closed) closed"].joined(separator: "\t"))
            }
        }
        return ExitCode.success
    }

    /// The labels of `issues` with their counts, by open count (highest first), then name.
    static func tally(_ issues: [Issue]) -> [Count] {
        var counts: [String: Count] = [:]
        for issue in issues {
            for label in Set(issue.labels) {
                var count = counts[label] ?? Count(name: label)
                if issue.state == .open { count.open += 1 } else { count.closed += 1 }
                counts[label] = count
            }
        }
        return counts.values.sorted { ($1.open, $0.name) < ($0.open, $1.name) }
    }
}
