import Foundation

/// Runs tool calls as in-process `docket` commands in one project and turns what they
/// print into MCP tool results.
struct MCPToolRunner: Sendable {
    /// Where each command runs: the server's working directory or its `-C DIR`.
    let projectDirectory: String
    /// The environment each command sees (`DOCKET_ACTOR`, git settings).
    let environment: [String: String]
    /// The clock each command sees; fixed in tests.
    let now: @Sendable () -> Date

    init(projectDirectory: String, environment: [String: String], now: @escaping @Sendable () -> Date = { Date() }) {
        self.projectDirectory = projectDirectory
        self.environment = environment
        self.now = now
    }

    /// The result of calling `tool` with `arguments`: refused arguments and failing commands
    /// are `isError` results, not protocol errors, so the model sees why and can retry.
    func call(_ tool: MCPTool, arguments: JSONValue?) -> JSONValue {
        let commandLine: [String]
        do {
            commandLine = try tool.commandLine(MCPArguments(arguments, parameters: tool.parameters))
        } catch {
            return MCPToolRunner.result(text: [error.message], structured: nil, isError: true)
        }
        let outcome = Docket.run(Invocation(arguments: commandLine, environment: environment, currentDirectory: projectDirectory, now: now))
        return MCPToolRunner.result(of: outcome, summary: tool.summary)
    }

    /// Maps a command's outcome. On success the `--json` output becomes `structuredContent`
    /// (a list wrapped as `{"issues": [...]}`, since MCP requires an object) and the content
    /// is the summary plus, as MCP advises for clients that ignore `structuredContent`, the
    /// JSON text. On failure the error message is the text of an `isError` result.
    static func result(of outcome: Outcome, summary: (JSONValue) -> String) -> JSONValue {
        let output = outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let parsed = try? JSONValue(parsing: Data(output.utf8))
        // A command over several IDs prints a result for each even when some failed.
        guard outcome.exitCode == 0 || parsed != nil else {
            let failure = error(in: outcome.stderr)
            return result(text: [failure.message], structured: failure.object, isError: true)
        }
        let notes = outcome.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let parsed else {
            return result(text: [output.isEmpty ? "Done." : output] + (notes.isEmpty ? [] : [notes]), structured: nil, isError: false)
        }
        let structured: JSONValue
        switch parsed {
        case .object: structured = parsed
        case .array: structured = .object([("issues", parsed)])
        default: structured = .object([("result", parsed)])
        }
        let headline = summary(parsed) + (notes.isEmpty ? "" : "\n" + notes)
        return result(text: [headline, compacted(output)], structured: structured, isError: outcome.exitCode != 0)
    }

    /// JSON text without the whitespace between tokens: the command's key order, in fewer
    /// tokens for the model that reads it.
    static func compacted(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        var inString = false, escaped = false
        for scalar in json.unicodeScalars {
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
            } else if scalar == "\"" {
                inString = true
            } else if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" {
                continue
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The message of a failed command: the `{"error": {...}}` line `--json` prints on
    /// stderr, or its plain text when the command failed before that (an unknown command).
    private static func error(in stderr: String) -> (message: String, object: JSONValue?) {
        for line in stderr.split(separator: "\n").reversed() {
            guard let value = try? JSONValue(parsing: Data(line.utf8)), let error = value["error"],
                  let message = error["message"]?.stringValue else { continue }
            return (message, value)
        }
        let text = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        return (text.isEmpty ? "the command failed without a message" : text, nil)
    }

    /// A `tools/call` result with one text block per entry of `text`.
    static func result(text: [String], structured: JSONValue?, isError: Bool) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("content", .array(text.map { .object([("type", .string("text")), ("text", .string($0))]) })),
        ]
        if let structured { members.append(("structuredContent", structured)) }
        members.append(("isError", .bool(isError)))
        return .object(members)
    }
}
