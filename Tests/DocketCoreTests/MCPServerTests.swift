import Foundation
import Testing
@testable import DocketCore

/// A server on a fresh project, fed JSON-RPC lines in-process.
struct MCPHarness {
    let project = TestProject()

    var server: MCPServer {
        let fixed = project.now
        let invocation = Invocation(arguments: ["mcp"], environment: project.environment, currentDirectory: project.root, now: { fixed })
        return MCPServer(runner: MCPToolRunner(server: invocation, projectDirectory: project.root))
    }

    /// The response to one raw line.
    func send(_ line: String) -> JSONValue? {
        server.respond(to: .text(Data(line.utf8)))
    }

    /// The response to a request with `params` given as JSON text.
    func request(_ method: String, _ params: String = "{}", id: Int = 1) -> JSONValue? {
        send(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#)
    }

    /// The result of a tool call.
    @discardableResult
    func call(_ tool: String, _ arguments: String) -> JSONValue {
        request("tools/call", #"{"name":"\#(tool)","arguments":\#(arguments)}"#)?["result"] ?? .null
    }
}

private func errorCode(_ response: JSONValue?) -> Int? {
    response?["error"]?["code"]?.intValue
}

func texts(_ result: JSONValue) -> [String] {
    (result["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }
}

@Suite struct MCPServerTests {
    @Test(arguments: ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"])
    func initializeAnswersWithAKnownRequestedVersion(version: String) {
        let response = MCPHarness().request("initialize", #"{"protocolVersion":"\#(version)","capabilities":{},"clientInfo":{"name":"t","version":"1"}}"#)
        #expect(response?["id"] == .int(1))
        #expect(response?["result"]?["protocolVersion"] == .string(version))
        #expect(response?["result"]?["capabilities"]?["tools"] != nil)
        #expect(response?["result"]?["capabilities"]?["prompts"] != nil)
        #expect(response?["result"]?["serverInfo"]?["name"] == .string("docket"))
    }

    @Test(arguments: ["2099-01-01", "2026-07-28", "1.0"])
    func initializeAnswersAnUnknownVersionWithTheLatest(version: String) {
        let response = MCPHarness().request("initialize", #"{"protocolVersion":"\#(version)","capabilities":{}}"#)
        #expect(response?["result"]?["protocolVersion"] == .string("2025-11-25"))
    }

    @Test(arguments: [#"{"capabilities":{}}"#, #"{"protocolVersion":20250618}"#, "[1]", #""x""#])
    func initializeWithBadParamsIsInvalidParams(params: String) {
        let response = MCPHarness().request("initialize", params, id: 7)
        #expect(errorCode(response) == -32602)
        #expect(response?["id"] == .int(7))
    }

    @Test(arguments: [
        #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        #"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":3}}"#,
        #"{"jsonrpc":"2.0","method":"no/such/notification"}"#,
        #"{"jsonrpc":"2.0","id":4,"result":{}}"#,
        "", "  \r",
    ])
    func notificationsResponsesAndBlankLinesGetNoResponse(line: String) {
        #expect(MCPHarness().send(line) == nil)
    }

    @Test func pingAnswersWithAnEmptyResult() {
        let response = MCPHarness().send(#"{"jsonrpc":"2.0","id":"p-1","method":"ping"}"#)
        #expect(response == JSONRPC.response(id: .string("p-1"), result: .object([])))
    }

    @Test func toolsListOffersEveryToolWithAnInputSchema() throws {
        let tools = try #require(MCPHarness().request("tools/list")?["result"]?["tools"]?.arrayValue)
        let names = tools.compactMap { $0["name"]?.stringValue }
        #expect(names == [
            "create", "list", "show", "close", "reopen", "update", "comment", "templates", "claim", "unclaim", "ready", "blocked", "dep", "search", "doctor", "next",
        ])
        for tool in tools {
            #expect(tool["description"]?.stringValue?.isEmpty == false)
            let schema = try #require(tool["inputSchema"])
            #expect(schema["type"] == .string("object"))
            guard case .object(let properties)? = schema["properties"] else {
                Issue.record("\(tool["name"] ?? .null) has no properties")
                continue
            }
            #expect(properties.allSatisfy { $0.value["type"] != nil && $0.value["description"]?.stringValue != nil })
            let required = schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(required.allSatisfy { name in properties.contains { $0.key == name } })
        }
    }

    @Test func closingSeveralIDsReturnsEachResultAndIsAnErrorWhenOneFailed() {
        let harness = MCPHarness()
        harness.call("create", #"{"title":"One"}"#)
        let closed = harness.call("close", #"{"ids":["1","99"]}"#)
        #expect(closed["isError"] == .bool(true))
        let results = closed["structuredContent"]?["issues"]?.arrayValue ?? []
        #expect(results.map { $0["result"]?.stringValue } == ["closed", "failed"])
        #expect(results.last?["error"]?["code"] == .string("NOT_FOUND"))
        #expect(harness.project.files("closed") == ["0001-one.md"])
    }

    @Test func aToolCallRunsTheCommandAndReturnsItsJSON() {
        let harness = MCPHarness()
        let created = harness.call("create", #"{"title":"Crash on save","labels":["bug","ui"],"priority":"high","body":"Steps."}"#)
        #expect(created["isError"] == .bool(false))
        #expect(texts(created).first == "Created #1: Crash on save")
        #expect(created["structuredContent"]?["title"] == .string("Crash on save"))
        #expect(created["structuredContent"]?["labels"] == .array([.string("bug"), .string("ui")]))
        #expect(harness.project.read(".project/issues/open/0001-crash-on-save.md").contains("Steps."))
        harness.call("create", #"{"title":"Other"}"#)
        let listed = harness.call("list", #"{"labels":["bug"]}"#)
        #expect(texts(listed).first?.hasPrefix("Found 1 issue: #1") == true)
        #expect(listed["structuredContent"]?["issues"]?.arrayValue?.compactMap { $0["id"]?.intValue } == [1])
        let closed = harness.call("close", #"{"ids":[1,"2"],"reason":"fixed"}"#)
        #expect(texts(closed).first == "Closed 2 issues: #1, #2")
        #expect(harness.project.files("open").isEmpty)
    }

    @Test func theJSONTextKeepsTheCommandsKeyOrderWithoutWhitespace() {
        let created = MCPHarness().call("create", #"{"title":"Spaced  \"title\""}"#)
        #expect(texts(created).last?.hasPrefix(#"{"id":1,"key":"1","prefix":null,"title":"Spaced  \"title\"","#) == true)
    }

    @Test func aFailingCommandIsAnErrorResultWithoutStructuredContent() {
        let result = MCPHarness().call("show", #"{"id":"99"}"#)
        #expect(result["isError"] == .bool(true))
        #expect(texts(result) == ["no issue #99"])
        #expect(result["structuredContent"] == nil)
    }

    @Test(arguments: [
        ("create", "{}", "missing required argument 'title'"),
        ("create", #"{"title":"t","labels":[1]}"#, "labels: must be an array of strings; an item is not one"),
        ("create", #"{"title":"t","labels":"bug"}"#, #"labels: must be an array of strings, such as ["bug"]"#),
        ("update", #"{"id":"1","add_labels":"bug"}"#, "add_labels: must be an array of strings"),
        ("close", #"{"ids":"1"}"#, "ids: must be an array of issue IDs"),
        ("create", #"{"title":"t","priority":"urgent"}"#, "priority: unknown priority 'urgent' (expected critical, high, medium or low)"),
        ("create", #"{"title":"t","lables":["bug"]}"#, "unknown argument 'lables'"),
        ("list", #"{"limit":-1}"#, "limit: must be a non-negative integer"),
        ("list", #"{"limit":"5"}"#, "limit: must be a non-negative integer"),
        ("list", #"{"state":"shut"}"#, "state: unknown state 'shut' (expected open, closed or all)"),
        ("show", #"{"id":true}"#, "id: must be an issue ID"),
        ("show", #"{"id":"../x"}"#, "id: '../x' is not an issue ID"),
        ("close", #"{"reason":"fixed"}"#, "missing required argument 'ids' or 'id'"),
        ("update", #"{"id":"1"}"#, "nothing to change; give title, add_labels, remove_labels, priority or assignee"),
        ("dep", #"{"action":"del","id":"1","blocked_by":["2"]}"#, "action: unknown action 'del' (expected add or rm)"),
        ("dep", #"{"action":"add","id":"1","blocked_by":["x y"]}"#, "blocked_by: 'x y' is not an issue ID"),
        ("search", #"{"query":""}"#, "query: must not be empty"),
        ("search", #"{"query":" \n"}"#, "query: must not be empty"),
    ])
    func badArgumentsAreErrorResultsTheModelCanRead(tool: String, arguments: String, message: String) {
        let harness = MCPHarness()
        let result = harness.call(tool, arguments)
        #expect(result["isError"] == .bool(true))
        #expect(texts(result).first?.contains(message) == true, "\(texts(result))")
        #expect(texts(result).first?.contains("--") == false, "an error names no command-line option: \(texts(result))")
        #expect(harness.project.files("open").isEmpty)
    }

    @Test func aTitleThatLooksLikeAnOptionIsFiledAsATitle() {
        let result = MCPHarness().call("create", #"{"title":"--help"}"#)
        #expect(result["structuredContent"]?["title"] == .string("--help"))
    }

    @Test(arguments: [
        (#"{"name":"nope"}"#, "unknown tool 'nope'"),
        ("{}", "needs 'name'"),
        (#"{"name":"list","arguments":[1]}"#, "'arguments' must be an object"),
    ])
    func aBadToolCallRequestIsInvalidParams(params: String, message: String) {
        let response = MCPHarness().request("tools/call", params, id: 9)
        #expect(errorCode(response) == -32602)
        #expect(response?["id"] == .int(9))
        #expect(response?["error"]?["message"]?.stringValue?.contains(message) == true)
    }

    @Test(arguments: ["resources/list", "server/discover", "logging/setLevel"])
    func anUnknownMethodIsMethodNotFound(method: String) {
        let response = MCPHarness().request(method, id: 5)
        #expect(errorCode(response) == -32601)
        #expect(response?["id"] == .int(5))
    }

    @Test(arguments: ["{not json", #"{"jsonrpc":"2.0","id":1,"method":"ping""#, "\u{FF}\u{FE}", String(repeating: "[", count: 100_000)])
    func malformedJSONIsAParseError(line: String) {
        let response = MCPHarness().send(line)
        #expect(errorCode(response) == -32700)
        #expect(response?["id"] == .null)
    }

    @Test(arguments: [
        "[1,2]", "42", #"{"id":1,"method":"ping"}"#, #"{"jsonrpc":"2.0","id":1}"#,
        #"{"jsonrpc":"2.0","id":{},"method":"ping"}"#, #"{"jsonrpc":"2.0","id":null,"method":"ping"}"#, #"{"jsonrpc":"2.0","id":1,"method":7}"#,
    ])
    func aMessageThatIsNotARequestIsAnInvalidRequest(line: String) {
        #expect(errorCode(MCPHarness().send(line)) == -32600)
    }

    @Test func oneBadMessageDoesNotStopTheServer() throws {
        let harness = MCPHarness()
        var lines: [LineReader.Line] = ["garbage", #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#, #"{"jsonrpc":"2.0","id":2,"method":"ping"}"#]
            .map { .text(Data($0.utf8)) } + [.tooLong, .text(Data(#"{"jsonrpc":"2.0","id":3,"method":"ping"}"#.utf8))]
        let output = BufferSink()
        harness.server.serve(output: output) { lines.isEmpty ? nil : lines.removeFirst() }
        let replies = try output.text.split(separator: "\n").map { try JSONValue(parsing: Data($0.utf8)) }
        #expect(replies.map { errorCode($0) } == [-32700, nil, -32700, nil])
        #expect(replies.map { $0["id"] } == [.null, .int(2), .null, .int(3)])
        #expect(output.text.hasSuffix("\n"))
    }

    @Test func warningsOfASuccessfulCommandFollowTheSummary() {
        let harness = MCPHarness()
        harness.call("create", #"{"title":"Once"}"#)
        harness.call("close", #"{"id":"1"}"#)
        let again = harness.call("close", #"{"id":"1"}"#)
        #expect(again["isError"] == .bool(false))
        #expect(texts(again).first == "Closed 1 issue: #1\n#1 is already closed; nothing to do")
    }
}
