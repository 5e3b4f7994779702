import Foundation

/// Runs tool calls in one project: each call's arguments become the typed arguments of its
/// command, whose work function runs in-process and returns the JSON `--json` prints.
struct MCPToolRunner: Sendable {
    /// Each command's invocation: the server's environment (`DOCKET_ACTOR`, git settings) and
    /// clock, with no terminal and no standard input.
    let invocation: Invocation
    /// Where each command runs: the server's working directory or its `-C DIR`.
    let projectDirectory: String

    init(server: Invocation, projectDirectory: String) {
        invocation = Invocation(arguments: [], environment: server.environment, currentDirectory: server.currentDirectory, now: server.now)
        self.projectDirectory = projectDirectory
    }

    /// The result of calling `tool` with `arguments`: refused arguments and failing commands
    /// are `isError` results, not protocol errors, so the model sees why and can retry. The
    /// command's warnings follow the summary; its progress notices, meant for a terminal,
    /// never reach the tool's text, and it never reads standard input, which is the protocol's.
    func call(_ tool: MCPTool, arguments: JSONValue?) -> JSONValue {
        let parsed: ParsedArguments
        do {
            parsed = try ToolArguments.parse(arguments, tool: tool.tool, spec: tool.spec)
        } catch {
            return MCPToolRunner.result(text: [error.message], structured: nil, isError: true)
        }
        let warnings = BufferSink()
        let context = CommandContext(
            invocation: invocation, arguments: parsed, spec: tool.spec, stdout: BufferSink(), stderr: warnings,
            startDirectory: projectDirectory, naming: .tool(tool.tool))
        let result: CommandResult
        do {
            result = try tool.tool.perform(context)
        } catch {
            let failure = error as? DocketError ?? .failure(String(describing: error))
            return MCPToolRunner.result(text: [failure.message], structured: nil, isError: true)
        }
        let notes = warnings.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let headline = tool.tool.summary(result.json) + (notes.isEmpty ? "" : "\n" + notes)
        // The JSON text too, as MCP advises for clients that ignore `structuredContent`.
        return MCPToolRunner.result(text: [headline, result.json.compactText], structured: tool.tool.output.structured(result.json), isError: result.failed)
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
