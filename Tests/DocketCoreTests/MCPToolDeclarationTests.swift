import Foundation
import Testing
@testable import DocketCore

/// The keys of an object, in order.
private func keys(_ value: JSONValue?) -> [String]? {
    guard case .object(let members)? = value else { return nil }
    return members.map(\.key)
}

/// The MCP tools as generated from the command declarations: their schemas, hints, the new
/// tools, and the prime prompt.
@Suite struct MCPToolDeclarationTests {
    private func tool(_ name: String) throws -> JSONValue {
        let tools = try #require(MCPHarness().request("tools/list")?["result"]?["tools"]?.arrayValue)
        return try #require(tools.first { $0["name"] == .string(name) })
    }

    @Test(arguments: [
        ("create", "priority", NewCommand.spec, "priority"),
        ("list", "state", ListCommand.spec, "state"),
        ("list", "sort", ListCommand.spec, "sort"),
        ("list", "priority", ListCommand.spec, "priority"),
        ("update", "priority", UpdateCommand.spec, "priority"),
    ])
    func anEnumInTheInputSchemaIsTheOptionsChoices(tool name: String, argument: String, spec: CommandSpec, option: String) throws {
        let schema = try tool(name)["inputSchema"]?["properties"]?[argument]
        let choices = try #require(spec.option(option)?.choices)
        #expect(!choices.isEmpty)
        #expect(schema?["enum"] == .array(choices.map(JSONValue.string)))
    }

    @Test func anArgumentThatTakesSeveralIsAnArrayOfItsType() throws {
        let properties = try tool("dep")["inputSchema"]?["properties"]
        #expect(properties?["blocked_by"]?["type"] == .string("array"))
        #expect(properties?["action"]?["enum"] == .array([.string("add"), .string("rm")]))
        #expect(try tool("list")["inputSchema"]?["properties"]?["limit"]?["type"] == .string("integer"))
    }

    @Test func everyToolParameterNamesADeclaredOptionOrArgument() {
        for tool in MCPTools.all {
            for parameter in tool.tool.parameters {
                switch parameter.source {
                case .option(let long): #expect(tool.spec.option(long) != nil, "\(tool.name): \(long)")
                case .argument(let name): #expect(tool.spec.argument(name) != nil, "\(tool.name): \(name)")
                }
            }
        }
    }

    @Test(arguments: ["close", "reopen", "update", "claim", "unclaim", "dep"])
    func aToolThatCanBeRepeatedSafelySaysItIsIdempotent(name: String) throws {
        let annotations = try tool(name)["annotations"]
        #expect(annotations?["idempotentHint"] == .bool(true))
        #expect(annotations?["readOnlyHint"] == .bool(false))
    }

    @Test(arguments: ["create", "comment"])
    func aToolThatAddsEachTimeMakesNoIdempotentClaim(name: String) throws {
        #expect(try tool(name)["annotations"]?["idempotentHint"] == nil)
    }

    @Test(arguments: ["list", "search", "show", "ready", "blocked", "templates", "doctor"])
    func aToolThatOnlyReadsSaysSo(name: String) throws {
        #expect(try tool(name)["annotations"]?["readOnlyHint"] == .bool(true))
    }

    @Test func everyToolHasAnObjectOutputSchema() throws {
        for tool in MCPTools.all {
            #expect(tool.outputSchema["type"] == .string("object"), "\(tool.name)")
            #expect(tool.definition["outputSchema"] == tool.outputSchema)
        }
    }

    @Test func theStructuredContentHasTheOutputSchemasKeysInTheJSONOrder() throws {
        let harness = MCPHarness()
        let created = harness.call("create", #"{"title":"Ordered"}"#)
        #expect(keys(created["structuredContent"]) == NewCommand.spec.jsonFields)
        let schema = keys(try tool("create")["outputSchema"]?["properties"])
        #expect(schema == NewCommand.spec.jsonFields)
        let shown = harness.call("show", #"{"id":1}"#)
        #expect(keys(shown["structuredContent"]) == ShowCommand.spec.baseJSONFields)
    }

    @Test func showReturnsTheCommentsOfTheIssue() {
        let harness = MCPHarness()
        harness.call("create", #"{"title":"Talked about"}"#)
        harness.call("comment", #"{"id":"1","body":"First.\n\nWith two paragraphs."}"#)
        harness.call("comment", #"{"id":"1","body":"Second."}"#)
        let comments = harness.call("show", #"{"id":"1"}"#)["structuredContent"]?["comments"]?.arrayValue ?? []
        #expect(comments.map { $0["body"] } == [.string("First.\n\nWith two paragraphs."), .string("Second.")])
        #expect(comments.first?["author"] == .string("tester"))
        #expect(comments.first?["date"] == .string(Timestamp.iso(harness.project.now)))
    }

    @Test func showJSONHasTheCommentsAndCommitsFields() throws {
        let project = TestProject()
        project.run("new", "Plain")
        let shown = try JSONValue(parsing: Data(project.run("show", "1", "--json").stdout.utf8))
        #expect(shown["comments"] == .array([]))
        #expect(shown["commits"] == .array([]))
    }

    @Test func unclaimReleasesAClaimedIssue() {
        let harness = MCPHarness()
        harness.call("create", #"{"title":"Taken"}"#)
        #expect(harness.call("claim", #"{"id":"1"}"#)["structuredContent"]?["assignee"] == .string("tester"))
        let released = harness.call("unclaim", #"{"id":"1"}"#)
        #expect(released["isError"] == .bool(false))
        #expect(texts(released).first == "Released #1: Taken")
        #expect(released["structuredContent"]?["assignee"] == .null)
    }

    @Test func blockedListsWhatWaitsWithItsOpenBlockers() {
        let harness = MCPHarness()
        harness.call("create", #"{"title":"First"}"#)
        harness.call("create", #"{"title":"Second"}"#)
        harness.call("dep", #"{"action":"add","id":"2","blocked_by":["1"]}"#)
        let blocked = harness.call("blocked", "{}")
        let issues = blocked["structuredContent"]?["issues"]?.arrayValue ?? []
        #expect(issues.map { $0["key"] } == [.string("2")])
        #expect(issues.first?["open_blockers"] == .array([.string("1")]))
        #expect(texts(blocked).first == "1 issue blocked: #2")
    }

    @Test func templatesListsTheNamedTemplates() {
        let harness = MCPHarness()
        harness.project.write(".project/issues/ISSUE_TEMPLATE/bug.md", "---\nname: Bug report\nabout: Something broke\n---\nWhat happened?\n")
        let result = harness.call("templates", "{}")
        let templates = result["structuredContent"]?["templates"]?.arrayValue ?? []
        #expect(templates.map { $0["name"] } == [.string("bug")])
        #expect(templates.first?["about"] == .string("Something broke"))
        #expect(texts(result).first == "Templates: bug")
    }

    @Test func doctorReportsProblemsWithoutFixingThem() {
        let harness = MCPHarness()
        harness.project.write(".project/issues/open/0001-broken.md", "---\ntitle: [unclosed\n---\n")
        let result = harness.call("doctor", "{}")
        #expect(result["isError"] == .bool(false))
        #expect(result["structuredContent"]?["problems"]?.arrayValue?.isEmpty == false)
        #expect(result["structuredContent"]?["fixes"] == .array([]))
        #expect(texts(result).first?.hasSuffix("found.") == true)
        #expect(harness.project.files("open") == ["0001-broken.md"])
    }

    @Test func promptsListOffersThePrimeGuide() throws {
        let prompts = try #require(MCPHarness().request("prompts/list")?["result"]?["prompts"]?.arrayValue)
        #expect(prompts.map { $0["name"] } == [.string("prime")])
    }

    @Test func promptsGetReturnsThePrimeGuideAsAUserMessage() throws {
        let result = try #require(MCPHarness().request("prompts/get", #"{"name":"prime"}"#)?["result"])
        let message = try #require(result["messages"]?.arrayValue?.first)
        #expect(message["role"] == .string("user"))
        #expect(message["content"]?["text"] == .string(PrimeCommand.guide))
    }

    @Test func anUnknownPromptIsInvalidParams() {
        let response = MCPHarness().request("prompts/get", #"{"name":"nope"}"#)
        #expect(response?["error"]?["code"] == .int(-32602))
    }
}
