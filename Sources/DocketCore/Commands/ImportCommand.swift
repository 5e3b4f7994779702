import Foundation

/// `docket import github FILE`: files the issues of a GitHub export (`gh issue list --json`
/// or the REST API's issue objects) as Docket issues, keeping their numbers.
enum ImportCommand: DocketCommand {
    static let spec = CommandSpec(
        "import",
        abstract: "Import issues from GitHub's JSON (gh issue list --json, or the REST API).",
        discussion: """
            FILE holds what 'gh issue list --state all --limit 10000 --json \(GitHubIssue.ghFields)' prints, \
            or an array of the REST API's issue objects (pull requests among them are skipped). \
            Each issue is filed in open/ or closed/ under its GitHub number, with its labels, assignee (the others in 'also_assigned'), \
            author, dates and comments (as 'docket comment' writes them). \
            An issue imported before and unchanged is skipped, so importing a file again changes nothing. \
            A number already taken by another issue stops the import before anything is written; \
            --renumber files every new issue under a fresh ID instead (keeping the GitHub number in 'github_number') and prints the mapping.
            """,
        arguments: [
            ArgumentSpec("SOURCE", choices: ["github"], help: "Where the issues come from."),
            ArgumentSpec("FILE", completion: .files, help: "The JSON file ('-' for standard input)."),
        ],
        options: [
            .flag("renumber", help: "File new issues under fresh IDs rather than their GitHub numbers."),
            .flag("json", help: "Print what was created and skipped as JSON."),
        ]
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        let file = context.arguments.positionals[1]
        let batch = try GitHubIssue.batch(from: try readDocument(file, context), path: file == "-" ? "<stdin>" : file)
        let store = try context.store()
        if try store.dialectPrefixes() != nil {
            throw DocketError.failure("this project's issues are PREFIX-NNN files; import files front matter issues, so it needs a Docket project")
        }
        let renumber = context.arguments.flag("renumber")
        let plan = try ImportPlan(batch.issues, existing: try store.load().issues, taken: try store.takenNumbers(), renumber: renumber, root: store.layout.root)
        if !plan.clashes.isEmpty {
            throw DocketError.conflict("numbers already taken: \(plan.clashes.map { "#\($0)" }.joined(separator: ", ")); use --renumber to give them fresh IDs")
        }
        let filed = try store.importIssues(plan.imports.map { IssueStore.ImportedIssue(number: renumber ? nil : $0.number, issue: $0.docketIssue(key: IssueKey(number: $0.number), keepNumber: renumber)) })
        let created = zip(plan.imports, filed).map { (github: $0.number, issue: $1) }
        if context.json {
            context.printJSON(.object([
                ("created", .array(created.map { .object([("github", .int($0.github)), ("id", .int($0.issue.key.number)), ("path", .string($0.issue.path))]) })),
                ("skipped", .array(plan.skipped.map(JSONValue.int))),
                ("pull_requests_skipped", .array(batch.skippedPullRequests.map(JSONValue.int))),
            ]))
            return ExitCode.success
        }
        if !batch.skippedPullRequests.isEmpty {
            context.print("Skipped \(count(batch.skippedPullRequests.count, "pull request")): \(batch.skippedPullRequests.map { "#\($0)" }.joined(separator: ", "))")
        }
        if renumber {
            for entry in created { context.print("#\(entry.github) -> \(entry.issue.key)") }
        }
        context.print("Created \(count(created.count, "issue")), skipped \(plan.skipped.count) already imported.")
        return ExitCode.success
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// The JSON document in FILE (or standard input); a parse error as `FILE:LINE: message`.
    private static func readDocument(_ file: String, _ context: CommandContext) throws -> JSONValue {
        let bytes: [UInt8]
        if file == "-" {
            bytes = Array(context.invocation.readStandardInput())
        } else {
            let absolute = file.hasPrefix("/") ? file : context.invocation.currentDirectory + "/" + file
            do {
                bytes = try FileSystem.readBytes(absolute)
            } catch {
                throw DocketError.failure("cannot read \(file): \(String(cString: strerror(error.code)))")
            }
        }
        do {
            return try JSONValue(parsing: Data(bytes))
        } catch let failure as JSONParser.Failure {
            let line = bytes.prefix(failure.offset).filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw DocketError.failure("\(file == "-" ? "<stdin>" : file):\(line): invalid JSON: \(failure.reason)")
        }
    }
}

/// What an import will do, decided before anything is written: which issues to file, which
/// are already here unchanged, and which numbers clash with other issues.
struct ImportPlan {
    var imports: [GitHubIssue] = []
    /// GitHub numbers of issues already imported and unchanged.
    var skipped: [Int] = []
    /// GitHub numbers taken by a different issue (only without `--renumber`).
    var clashes: [Int] = []

    init(_ issues: [GitHubIssue], existing: [Issue], taken: Set<Int>, renumber: Bool, root: String) throws {
        var byOrigin: [Int: [Issue]] = [:]
        var taken = taken
        for issue in existing where issue.key.prefix == nil {
            taken.insert(issue.key.number)
            let origin = issue.fields.first { $0.key == GitHubIssue.numberField }.flatMap { Int($0.value) } ?? issue.key.number
            byOrigin[origin, default: []].append(issue)
        }
        for issue in issues {
            let present = try (byOrigin[issue.number] ?? []).contains { candidate in
                guard candidate.state == issue.state else { return false }
                let keepsNumber = candidate.fields.contains { $0.key == GitHubIssue.numberField }
                let expected = IssueFile.render(issue.docketIssue(key: candidate.key, keepNumber: keepsNumber))
                return try FileSystem.readText(root + "/" + candidate.path) == expected
            }
            if present {
                skipped.append(issue.number)
            } else {
                if !renumber, taken.contains(issue.number) { clashes.append(issue.number) }
                imports.append(issue)
            }
        }
    }
}
