import Foundation
import Testing
@testable import DocketCore

/// The tools agents take and look at work with: `next` (with `claim`) and `list` with
/// `everywhere`, declared with their commands.
@Suite struct MCPAgentToolTests {
    @Test func nextIsTheMostUrgentReadyIssueAndLeavesItUnclaimed() throws {
        let harness = MCPHarness()
        harness.project.run("new", "Low one", "-p", "low")
        harness.project.run("new", "Urgent one", "-p", "critical")
        let result = harness.call("next", "{}")
        #expect(result["isError"] != .bool(true))
        #expect(result["structuredContent"]?["issue"]?["title"] == .string("Urgent one"))
        #expect(result["structuredContent"]?["issue"]?["result"] == .string("ready"))
        let shown = try JSONValue(parsing: Data(harness.project.run("show", "2", "--json").stdout.utf8))
        #expect(shown["claimed"] == .null)
    }

    @Test func nextWithClaimClaimsItForTheActor() {
        let harness = MCPHarness()
        harness.project.run("new", "Only one")
        let result = harness.call("next", #"{"claim":true,"as":"agent-7"}"#)
        #expect(result["structuredContent"]?["issue"]?["result"] == .string("claimed"))
        #expect(result["structuredContent"]?["issue"]?["assignee"] == .string("agent-7"))
        // Claimed now, it is no longer ready: the next call finds nothing.
        #expect(harness.call("next", "{}")["structuredContent"]?["issue"] == .null)
    }

    @Test func nextWithNothingReadyIsANullIssueNotAnError() {
        let result = MCPHarness().call("next", "{}")
        #expect(result["isError"] != .bool(true))
        #expect(result["structuredContent"] == .object([("issue", .null)]))
        #expect(texts(result).first == "Nothing is ready.")
    }

    @Test func listEverywhereGivesEachIssueWhereItLives() throws {
        let harness = MCPHarness()
        let git = try GitProcess.run("git", ["-C", harness.project.root, "init", "-q"], environment: harness.project.environment, input: nil)
        #expect(git.status == 0)
        harness.project.run("new", "Seen from everywhere")
        let result = harness.call("list", #"{"everywhere":true}"#)
        #expect(result["isError"] != .bool(true), "\(texts(result))")
        let first = result["structuredContent"]?["issues"]?.arrayValue?.first
        #expect(first?["title"] == .string("Seen from everywhere"))
        #expect(first?["locations"]?.arrayValue?.first?["here"] == .bool(true))
    }

    @Test func listWithoutEverywhereHasNoLocations() {
        let harness = MCPHarness()
        harness.project.run("new", "Here only")
        let first = harness.call("list", "{}")["structuredContent"]?["issues"]?.arrayValue?.first
        #expect(first?["title"] == .string("Here only"))
        #expect(first?["locations"] == nil)
    }
}
