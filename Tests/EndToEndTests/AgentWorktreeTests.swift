import Foundation
import Testing

/// Agents in several worktrees of one clone, with the real binary and real git.
@Suite struct AgentWorktreeTests {
    /// A repository whose git user is `alice`, with `titles` filed and committed.
    private func repository(_ titles: [String]) throws -> Sandbox {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("git", "config", "user.name", "alice")
        for title in titles { try sandbox.must("docket", "new", title, "-q") }
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "File them")
        return sandbox
    }

    @Test func twoAgentsOfOneGitUserInTwoWorktreesAreTwoActors() throws {
        let sandbox = try repository(["Contested"])
        try sandbox.must("git", "worktree", "add", "-q", "-b", "other", sandbox.path("other"))
        let main = (sandbox.root as NSString).lastPathComponent
        #expect(try sandbox.must("docket", "claim", "1") == "Claimed #1 for alice@\(main)")
        let second = try sandbox.run("docket", "claim", "1", in: "other")
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("docket: #1 is claimed by alice@\(main) since "))
        #expect(try sandbox.must("docket", "ready", in: "other") == "")
        #expect(try sandbox.must("docket", "claims", "--json", "actor,state", in: "other").contains("\"actor\": \"alice@\(main)\""))
    }

    @Test func anIssueClosedOnABranchStaysOutOfOtherWorktreesUntilTheyMergeIt() throws {
        let sandbox = try repository(["Fix the parser", "Unrelated"])
        try sandbox.must("git", "worktree", "add", "-q", "-b", "feature-a", sandbox.path("wt-a"))
        try sandbox.must("git", "worktree", "add", "-q", "-b", "feature-b", sandbox.path("wt-b"))
        try sandbox.must("docket", "claim", "1", in: "wt-a")
        try sandbox.write("wt-a/parser.txt", "fixed\n")
        try sandbox.must("git", "add", "parser.txt", in: "wt-a")
        try sandbox.must("git", "commit", "-qm", "Fix the parser", in: "wt-a")
        let fix = try sandbox.must("git", "rev-parse", "HEAD", in: "wt-a")
        try sandbox.must("docket", "close", "1", in: "wt-a")
        try sandbox.must("git", "add", "-A", ".project", in: "wt-a")
        try sandbox.must("git", "commit", "-qm", "Close #1", in: "wt-a")

        #expect(try sandbox.must("docket", "ready", "--format", "{{id}}", in: "wt-b") == "2")
        let claim = try sandbox.run("docket", "claim", "1", in: "wt-b")
        #expect(claim.status == 1)
        #expect(claim.stderr.contains("#1 was closed in \(fix.prefix(7)) on feature-a by alice@wt-a"))
        #expect(try sandbox.must("docket", "claims", in: "wt-b").hasSuffix("closed in \(fix.prefix(7)) on feature-a"))

        try sandbox.must("git", "merge", "-q", "feature-a", in: "wt-b")
        #expect(try sandbox.must("docket", "ready", "--format", "{{id}}", in: "wt-b") == "2")
        #expect(sandbox.files("wt-b/.project/issues/closed") == ["0001-fix-the-parser.md"])
        #expect(try sandbox.must("docket", "claims", "--json", "state", in: "wt-b").contains("\"state\": \"merged\""))
    }

    /// 8 agents run `next --claim` at once over 4 issues, 4 in each of two worktrees: every
    /// issue goes to exactly one agent, and the others are told nothing is ready.
    @Test func concurrentNextClaimsInTwoWorktreesTakeDistinctIssues() throws {
        let sandbox = try repository(["A", "B", "C", "D"])
        try sandbox.must("git", "worktree", "add", "-q", "-b", "other", sandbox.path("other"))
        let started = try (0..<8).map { index in
            try sandbox.start(["docket", "next", "--claim", "--as", "agent\(index)", "--json", "key"], in: index < 4 ? nil : "other")
        }
        let results = started.map(Sandbox.wait)
        #expect(results.allSatisfy { $0.status == 0 })
        let keys = results.map { $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0 != "null" }
        #expect(keys.sorted() == ["{\n  \"key\": \"1\"\n}", "{\n  \"key\": \"2\"\n}", "{\n  \"key\": \"3\"\n}", "{\n  \"key\": \"4\"\n}"])
    }
}
