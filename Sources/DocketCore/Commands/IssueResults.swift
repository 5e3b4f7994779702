/// What a command over several IDs (close, reopen, update) did to each: done on its own and
/// reported on its own, so one failure leaves the others done.
struct IssueResults {
    /// One ID's outcome.
    struct Entry {
        /// Its `--json` object: the issue with its `result`, or the key with the error.
        var json: JSONValue
        /// The line the command prints for it without `--json`, if any.
        var line: String?
        var failure: DocketError?
    }

    var entries: [Entry] = []

    var failed: Bool { entries.contains { $0.failure != nil } }

    /// Records an issue with what was done to it (`closed`, `unchanged`).
    mutating func append(_ issue: Issue, result: String, line: String?) {
        entries.append(Entry(json: IssueResults.json(issue, result: result), line: line, failure: nil))
    }

    /// An issue's `--json` object with what was done to it.
    static func json(_ issue: Issue, result: String) -> JSONValue {
        guard case .object(var members) = issue.json(includeBody: false) else { return issue.json(includeBody: false) }
        members.append(("result", .string(result)))
        return .object(members)
    }

    /// Records an ID that failed.
    mutating func append(_ key: IssueKey, failure error: any Error) {
        let failure = error as? DocketError ?? .failure(String(describing: error))
        let json = JSONValue.object([
            ("key", .string(key.plain)), ("result", .string("failed")),
            ("error", .object([("code", .string(failure.code)), ("message", .string(failure.message))])),
        ])
        entries.append(Entry(json: json, line: nil, failure: failure))
    }

    var result: CommandResult { CommandResult(.array(entries.map(\.json)), failed: failed) }

    /// Prints the JSON array, or each line and each failure (on stderr); exit 1 if one failed.
    func report(_ context: CommandContext) -> Int32 {
        if context.json {
            context.printJSON(result.json)
        } else {
            for entry in entries {
                if let failure = entry.failure { context.warn("docket: \(failure.message)") }
                if let line = entry.line { context.print(line) }
            }
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
