import Foundation

/// A Model Context Protocol server: newline-delimited JSON-RPC 2.0 over a pair of streams,
/// offering Docket's commands as tools (`MCPTools`) and its agent guide as a prompt (`MCPPrompts`).
///
/// Messages are handled one at a time in the order they arrive. A bad message gets an error
/// response (or nothing, if it was a notification) and the server carries on; only the end
/// of input stops it.
struct MCPServer: Sendable {
    /// The revision answered when the client asks for one this server does not know.
    static let latestProtocolVersion = "2025-11-25"
    /// Every revision the server can answer with, oldest first.
    static let protocolVersions = ["2024-11-05", "2025-03-26", "2025-06-18", latestProtocolVersion]

    /// Runs the tool calls in the project.
    let runner: MCPToolRunner

    /// Serves until `nextLine` returns `nil`, writing each response to `output` as one line.
    func serve(output: TextSink, nextLine: () -> LineReader.Line?) {
        while let line = nextLine() {
            guard let response = respond(to: line) else { continue }
            output.write(response.compactText + "\n")
        }
    }

    /// The response to one line, or `nil` for a notification, a response or a blank line.
    func respond(to line: LineReader.Line) -> JSONValue? {
        guard case .text(let data) = line else {
            return JSONRPC.response(to: JSONRPCError(.parseError, "message longer than the server accepts"))
        }
        guard data.contains(where: { !" \t\r".utf8.contains($0) }) else { return nil }
        switch JSONRPC.message(from: data) {
        case .failure(let error):
            return JSONRPC.response(to: error)
        case .success(.response), .success(.notification):
            return nil
        case .success(.request(let id, let method, let params)):
            do {
                return JSONRPC.response(id: id, result: try handle(method, params: params))
            } catch {
                var error = error
                error.id = id
                return JSONRPC.response(to: error)
            }
        }
    }

    /// The result of one request.
    private func handle(_ method: String, params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        let params = try MCPServer.object(params)
        switch method {
        case "initialize": return try initialize(params)
        case "ping": return .object([])
        case "tools/list": return .object([("tools", .array(MCPTools.all.map(\.definition)))])
        case "tools/call": return try callTool(params)
        case "prompts/list": return MCPPrompts.list
        case "prompts/get": return try MCPPrompts.get(params)
        default: throw JSONRPCError(.methodNotFound, "method '\(method)' not found")
        }
    }

    /// The handshake: the client's protocol revision when the server knows it, else the
    /// latest, with the server's capabilities (tools and prompts) and identity.
    private func initialize(_ params: JSONValue) throws(JSONRPCError) -> JSONValue {
        guard let requested = params["protocolVersion"]?.stringValue else {
            throw JSONRPCError(.invalidParams, "initialize needs 'protocolVersion' (a string)")
        }
        let version = MCPServer.protocolVersions.contains(requested) ? requested : MCPServer.latestProtocolVersion
        return .object([
            ("protocolVersion", .string(version)),
            ("capabilities", .object([
                ("tools", .object([("listChanged", .bool(false))])),
                ("prompts", .object([("listChanged", .bool(false))])),
            ])),
            ("serverInfo", .object([("name", .string("docket")), ("title", .string("Docket")), ("version", .string(Docket.version))])),
            ("instructions", .string(MCPServer.instructions)),
        ])
    }

    /// `tools/call`: an unknown tool is a protocol error (-32602), as the MCP spec says; a
    /// known tool's failure is an `isError` result.
    private func callTool(_ params: JSONValue) throws(JSONRPCError) -> JSONValue {
        guard let name = params["name"]?.stringValue else {
            throw JSONRPCError(.invalidParams, "tools/call needs 'name' (a string)")
        }
        guard let tool = MCPTools.named(name) else {
            throw JSONRPCError(.invalidParams, "unknown tool '\(name)'")
        }
        let arguments = params["arguments"]
        switch arguments {
        case nil, .null?, .object?: break
        default: throw JSONRPCError(.invalidParams, "tools/call 'arguments' must be an object")
        }
        return runner.call(tool, arguments: arguments)
    }

    /// Request parameters: absent (an empty object) or an object.
    private static func object(_ params: JSONValue?) throws(JSONRPCError) -> JSONValue {
        switch params {
        case nil, .null?: return .object([])
        case .object(let members)?: return .object(members)
        default: throw JSONRPCError(.invalidParams, "params must be an object")
        }
    }

    /// What the client's model is told about the server at the handshake.
    static let instructions = """
        Docket tracks this project's issues as Markdown files. Find work with ready, list or search; \
        read an issue with show; claim it before you start; comment as you go; close it with the fixing commit. \
        Issue IDs look like 12 or SEC-002.
        """
}
