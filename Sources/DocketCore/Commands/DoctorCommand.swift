/// `docket doctor`: checks every issue file and reports each problem as `path:line: message`;
/// `--fix` first repairs what is safe (see `Doctor.fix`) and prints each change.
enum DoctorCommand: DocketCommand {
    static let spec = CommandSpec(
        "doctor",
        abstract: "Check the issue files for problems (exit 1 if there are any).",
        discussion: "Finds unreadable files, missing and duplicate IDs, statuses that disagree with the folder, file names that disagree with the ID, blocked_by entries naming no issue and dependency cycles. Also reports names that are not UTF-8, symlinks, FIFOs, sockets, devices and temporary files left in the folders. --fix removes stale temporary files, gives files without an ID the next one, renumbers the later of two files with one ID in one folder (one ID in both folders is left to resolve by hand, unless the two files are identical: the closed one is kept), and finishes a half-done close or reopen (or moves the file, when it says its status is newer); it never deletes anything else.",
        options: [
            .flag("fix", help: "Repair what is safe to repair, printing each change."),
            .flag("json", help: "Print {\"fixes\": [...], \"problems\": [...]} as JSON."),
        ],
        mcp: ToolSpec(
            "doctor", title: "Check the issue files",
            description: "Check every issue file for problems (unreadable files, duplicate IDs, statuses that disagree with the folder, dependency cycles...), each with its path and line. Changes nothing.",
            parameters: [],
            readOnly: true, idempotent: true,
            output: .object([
                ("fixes", ToolOutput.arraySchema(of: ToolOutput.objectSchema([("path", OutputField.string), ("new_path", OutputField.string), ("message", OutputField.string)]))),
                ("problems", ToolOutput.arraySchema(of: ToolOutput.objectSchema([
                    ("path", OutputField.string), ("line", OutputField.optionalInteger), ("kind", OutputField.string), ("message", OutputField.string),
                ]))),
            ]),
            summary: { value in
                let count = value["problems"]?.arrayValue?.count ?? 0
                return count == 0 ? "No problems found." : count == 1 ? "1 problem found." : "\(count) problems found."
            },
            perform: { context in
                let (fixes, problems) = try check(context)
                return CommandResult(json(fixes: fixes, problems: problems))
            }
        )
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let (fixes, problems) = try check(context)
        if context.json {
            context.printJSON(json(fixes: fixes, problems: problems))
        } else {
            for fix in fixes { context.print(TerminalText.line(fix.message)) }
            for problem in problems { context.print(TerminalText.line(problem.headline)) }
            if problems.isEmpty { context.print(fixes.isEmpty ? "No problems found." : "No problems left.") }
        }
        return problems.isEmpty ? ExitCode.success : ExitCode.failure
    }

    /// Repairs what is safe when `--fix` asks, then finds the problems.
    static func check(_ context: CommandContext) throws -> (fixes: [DoctorFix], problems: [DoctorProblem]) {
        let doctor = Doctor(store: try context.store(), now: context.now)
        var files = try doctor.read()
        var fixes: [DoctorFix] = []
        if context.arguments.flag("fix") {
            (fixes, files) = try doctor.fix(files, warn: context.warn)
        }
        return (fixes, doctor.check(files))
    }

    private static func json(fixes: [DoctorFix], problems: [DoctorProblem]) -> JSONValue {
        .object([("fixes", .array(fixes.map(\.json))), ("problems", .array(problems.map(\.json)))])
    }
}
