import Foundation
import Testing
@testable import DocketCore

/// "Agents that never collide": identities, claims held until merged, work in progress,
/// status, next, close reasons and `init --agents`.
@Suite struct AgentCollisionTests {
    private static let gitEnvironment = [
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Tester", "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "Tester", "GIT_COMMITTER_EMAIL": "t@example.com",
    ]

    /// Runs git in the project (or `directory`), isolated from the user's configuration.
    @discardableResult
    private func git(_ project: TestProject, _ arguments: String..., in directory: String? = nil) throws -> String {
        try Git(directory: directory ?? project.root, environment: Self.gitEnvironment).output(arguments)
    }

    /// A project in a git repository with one commit, its environment isolated like git's.
    private func repository() throws -> TestProject {
        let project = TestProject()
        project.environment.merge(Self.gitEnvironment) { $1 }
        try git(project, "init", "-q", "-b", "main")
        try git(project, "add", "-A")
        try git(project, "commit", "-qm", "Set up")
        return project
    }

    private func ids(_ outcome: Outcome) -> [String] {
        outcome.stdout.split(separator: "\n").map(String.init)
    }

    private func json(_ outcome: Outcome) throws -> JSONValue {
        try JSONValue(parsing: Data(outcome.stdout.utf8))
    }

    /// Writes a claim into the registry as another worktree's `docket claim` would.
    private func registerClaim(_ project: TestProject, _ key: String, actor: String) {
        project.write(".project/.docket/claims/\(key)", "actor: \(actor)\nsince: 2026-11-18T10:00:00Z\nworktree: /elsewhere/wt-b\n")
    }

    // MARK: Identities

    @Test func actorIsTheGitUserQualifiedByTheWorktreeDirectory() throws {
        let project = try repository()
        project.environment.removeValue(forKey: "DOCKET_ACTOR")
        try git(project, "config", "user.name", "alice")
        project.run("new", "A")
        let name = (project.root as NSString).lastPathComponent
        #expect(project.read(".project/issues/open/0001-a.md").contains("author: alice@\(name)\n"))
    }

    @Test func docketActorWinsOverTheGitUser() throws {
        let project = try repository()
        try git(project, "config", "user.name", "alice")
        project.environment["DOCKET_ACTOR"] = "agent-7"
        #expect(project.run("claim", "1").exitCode == 1)
        project.run("new", "A")
        #expect(project.run("claim", "1").stdout == "Claimed #1 for agent-7\n")
    }

    @Test func newRecordsTheAuthorOfAFrontMatterIssue() {
        let project = TestProject()
        project.run("new", "A")
        #expect(project.read(".project/issues/open/0001-a.md").contains("author: tester\n"))
    }

    @Test func authorQualifierFindsIssuesByWhoFiledThem() {
        let project = TestProject()
        project.run("new", "Mine")
        project.environment["DOCKET_ACTOR"] = "bob"
        project.run("new", "Bob's")
        #expect(ids(project.run("list", "author:tester", "--format", "{{id}}")) == ["1"])
        #expect(ids(project.run("list", "author:BOB", "--format", "{{id}}")) == ["2"])
        #expect(ids(project.run("list", "author:@me", "--format", "{{id}}")) == ["2"])
    }

    @Test func assigneeAtMeIsTheCurrentActor() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        project.run("claim", "2")
        #expect(ids(project.run("list", "assignee:@me", "--format", "{{id}}")) == ["2"])
        #expect(ids(project.run("list", "-a", "@me", "--format", "{{id}}")) == ["2"])
        project.environment["DOCKET_ACTOR"] = "bob"
        #expect(ids(project.run("list", "assignee:@me", "--format", "{{id}}")) == [])
    }

    @Test func primeTellsEachAgentToSetDocketActor() {
        #expect(PrimeCommand.guide.contains("export DOCKET_ACTOR="))
    }

    // MARK: update -a and the registry

    @Test func updateAssigneeIsRefusedWhileSomeoneElseHoldsTheClaim() {
        let project = TestProject()
        project.run("new", "A")
        project.run("claim", "1", "--as", "alice")
        let refused = project.run("update", "1", "-a", "bob")
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("#1 is claimed by alice since 2026-11-18T11:06:40Z; use --force"))
        #expect(project.read(".project/issues/open/0001-a.md").contains("assignee: alice\n"))
    }

    @Test func updateAssigneeWithForceMovesTheClaim() {
        let project = TestProject()
        project.run("new", "A")
        project.run("claim", "1", "--as", "alice")
        #expect(project.run("update", "1", "-a", "bob", "--force").exitCode == 0)
        #expect(project.read(".project/.docket/claims/1").contains("actor: bob\n"))
        #expect(project.run("claim", "1", "--as", "alice").stderr == "docket: #1 is claimed by bob since 2026-11-18T11:06:40Z\n")
    }

    @Test func updateUnassignByTheHolderReleasesTheClaim() {
        let project = TestProject()
        project.run("new", "A")
        project.run("claim", "1")
        #expect(project.run("update", "1", "-a", "").exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: project.path(".project/.docket/claims/1")))
        let text = project.read(".project/issues/open/0001-a.md")
        #expect(!text.contains("assignee:") && !text.contains("claimed:"))
    }

    // MARK: Claims held until merged

    @Test func closingAClaimedIssueOnABranchKeepsTheClaimAsClosedInItsCommit() throws {
        let project = try repository()
        project.run("new", "A")
        project.run("claim", "1")
        let head = try git(project, "rev-parse", "HEAD")
        project.run("close", "1")
        let claims = try json(project.run("claims", "--json")).arrayValue ?? []
        #expect(claims.count == 1)
        #expect(claims.first?["commit"]?.stringValue == head)
        #expect(claims.first?["branch"]?.stringValue == "main")
        #expect(claims.first?["state"]?.stringValue == "merged")
    }

    @Test func closingWithACommitRecordsThatCommit() throws {
        let project = try repository()
        project.run("new", "A")
        project.run("claim", "1")
        let head = try git(project, "rev-parse", "HEAD")
        project.run("close", "1", "--commit", "HEAD")
        #expect(project.read(".project/.docket/claims/1").isEmpty)
        let common = try git(project, "rev-parse", "--path-format=absolute", "--git-common-dir")
        #expect(try String(contentsOfFile: common + "/docket/claims/1", encoding: .utf8).contains("commit: \(head)\n"))
    }

    @Test func readyLeavesOutAnIssueClaimedInAnotherWorktree() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        registerClaim(project, "1", actor: "bob@wt-b")
        #expect(ids(project.run("ready", "--format", "{{id}}")) == ["2"])
    }

    @Test func readyLeavesOutAnIssueClosedInACommitThisBranchLacks() {
        let project = TestProject()
        project.run("new", "A")
        project.write(".project/.docket/claims/1", "actor: bob\nsince: 2026-11-18T10:00:00Z\nclosed: 2026-11-18T11:00:00Z\ncommit: 4f2a9c1d\nbranch: feature-x\n")
        #expect(ids(project.run("ready", "--format", "{{id}}")) == [])
        #expect(project.run("claim", "1").stderr.contains("#1 was closed in 4f2a9c1 on feature-x by bob, which this branch does not contain yet"))
    }

    @Test func unclaimForceEndsAClaimClosedOnABranch() {
        let project = TestProject()
        project.run("new", "A")
        project.write(".project/.docket/claims/1", "actor: bob\nsince: 2026-11-18T10:00:00Z\ncommit: 4f2a9c1d\nbranch: feature-x\n")
        #expect(project.run("unclaim", "1").exitCode == 1)
        #expect(project.run("unclaim", "1", "--force").exitCode == 0)
        #expect(ids(project.run("ready", "--format", "{{id}}")) == ["1"])
    }

    @Test func reopeningEndsAClosedClaim() throws {
        let project = try repository()
        project.run("new", "A")
        project.run("claim", "1")
        project.run("close", "1")
        project.run("reopen", "1")
        #expect(project.run("claims").stdout == "No claims.\n")
    }

    @Test func unclaimOfAnIssueNobodyHoldsChangesNothing() {
        let project = TestProject()
        project.run("new", "A", "-a", "carol")
        let before = project.read(".project/issues/open/0001-a.md")
        project.now = project.now.addingTimeInterval(3600)
        let outcome = project.run("unclaim", "1")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == "nobody holds #1; nothing to do\n")
        #expect(outcome.stdout.isEmpty)
        #expect(project.read(".project/issues/open/0001-a.md") == before)
    }

    @Test func claimsListsEveryClaimWithActorWorktreeAgeAndState() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        project.run("claim", "1", "--as", "alice")
        registerClaim(project, "2", actor: "bob@wt-b")
        project.now = project.now.addingTimeInterval(7200)
        let lines = ids(project.run("claims"))
        #expect(lines == ["#1\talice\t\t2h\topen", "#2\tbob@wt-b\twt-b\t3h\topen"])
        let claims = try? json(project.run("claims", "--json"))
        #expect(claims?.arrayValue?.map { $0["actor"]?.stringValue } == ["alice", "bob@wt-b"])
        #expect(claims?.arrayValue?.first?["title"]?.stringValue == "A")
    }

    // MARK: Work in progress

    @Test func inProgressQualifierFindsClaimedIssuesAndTheDialectsInProgressStatus() {
        let project = TestProject()
        project.run("new", "Claimed")
        project.run("new", "Assigned only", "-a", "carol")
        project.run("new", "Idle")
        project.run("claim", "1")
        project.write(".project/issues/open/ISSUE-004-started.md", "# ISSUE-004: Started\n\n**Status**: In Progress\n**Severity**: HIGH\n\n## Description\n\nx\n")
        #expect(ids(project.run("list", "is:in-progress", "--format", "{{key}}")) == ["1", "ISSUE-004"])
        #expect(project.run("list", "is:in-progress", "is:closed").stdout.isEmpty)
    }

    @Test func readyNamesWhatIsInProgressOnATerminal() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        project.run("claim", "1", "--as", "alice")
        let fixed = project.now
        let outcome = Docket.run(Invocation(
            arguments: ["ready"], environment: project.environment, currentDirectory: project.root,
            stdoutIsTerminal: true, now: { fixed }))
        #expect(outcome.stdout.hasSuffix("\nIn progress (1): #1 (alice)\n"))
        #expect(!project.run("ready").stdout.contains("In progress"))
    }

    @Test func blockedSaysWhoIsWorkingOnABlockedIssue() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        project.run("claim", "2", "--as", "alice")
        project.run("dep", "add", "2", "-b", "1")
        #expect(project.run("blocked").stdout == "#2\tB\tblocked by #1\tin progress by alice\n")
        #expect(project.run("blocked", "--json", "key,in_progress").stdout.contains("\"in_progress\": true"))
    }

    // MARK: status

    @Test func statusShowsMyClaimsReadyInProgressBlockedAndRecentlyClosedWithCounts() throws {
        let project = TestProject()
        for title in ["Mine", "Ready", "Blocked", "Done", "Theirs"] { project.run("new", title) }
        project.run("claim", "1")
        project.run("claim", "5", "--as", "bob")
        project.run("dep", "add", "3", "-b", "2")
        project.run("close", "4")
        let status = try json(project.run("status", "--json"))
        #expect(status["actor"]?.stringValue == "tester")
        #expect(status["claims"]?.arrayValue?.map { $0["key"]?.stringValue } == ["1"])
        #expect(status["ready"]?["count"]?.intValue == 1)
        #expect(status["in_progress"]?["count"]?.intValue == 2)
        #expect(status["blocked"]?["count"]?.intValue == 1)
        #expect(status["recently_closed"]?["issues"]?.arrayValue?.map { $0["key"]?.stringValue } == ["4"])
        let text = project.run("status").stdout
        #expect(text.contains("Your claims (1)\n  #1  Mine  in progress\n"))
        #expect(text.contains("In progress (2)\n  #1  Mine  tester\n  #5  Theirs  bob\n"))
    }

    @Test func statusLeavesOutIssuesClosedLongAgo() throws {
        let project = TestProject()
        project.run("new", "Old")
        project.run("close", "1")
        project.now = project.now.addingTimeInterval(8 * 86_400)
        #expect(try json(project.run("status", "--json"))["recently_closed"]?["count"]?.intValue == 0)
    }

    // MARK: next

    @Test func nextIsTheMostUrgentReadyIssue() throws {
        let project = TestProject()
        project.run("new", "Low", "-p", "low")
        project.run("new", "High", "-p", "high")
        project.run("new", "Also high", "-p", "high")
        #expect(project.run("next").stdout == "#2\thigh\tHigh\n")
        #expect(try json(project.run("next", "--json"))["key"]?.stringValue == "2")
        #expect(project.read(".project/issues/open/0002-high.md").contains("assignee") == false)
    }

    @Test func nextClaimClaimsTheBestIssueAndSkipsOnesHeldElsewhere() throws {
        let project = TestProject()
        project.run("new", "Taken", "-p", "high")
        project.run("new", "Free")
        registerClaim(project, "1", actor: "bob@wt-b")
        let outcome = try json(project.run("next", "--claim", "--json"))
        #expect(outcome["key"]?.stringValue == "2")
        #expect(outcome["result"]?.stringValue == "claimed")
        #expect(project.read(".project/.docket/claims/2").contains("actor: tester\n"))
    }

    @Test func nextWithNothingReadySaysSoAndSucceeds() {
        let project = TestProject()
        #expect(project.run("next", "--claim").stdout == "Nothing is ready.\n")
        #expect(project.run("next", "--json").stdout == "null\n")
    }

    // MARK: Close reasons

    @Test func closeReasonNotPlannedIsRecordedAndTheDialectSaysWontFix() {
        let project = TestProject()
        project.run("new", "A")
        project.write(".project/issues/open/ISSUE-002-b.md", "# ISSUE-002: B\n\n**Status**: Open\n**Severity**: LOW\n\n## Description\n\nx\n")
        #expect(project.run("close", "1", "ISSUE-002", "-r", "Not Planned").exitCode == 0)
        #expect(project.read(".project/issues/closed/0001-a.md").contains("closed_reason: not-planned\n"))
        #expect(project.read(".project/issues/closed/ISSUE-002-b.md").contains("**Status**: Won't Fix"))
        #expect(project.run("show", "1").stdout.contains("reason:     not-planned\n"))
    }

    @Test func duplicateOfLinksBothIssues() throws {
        let project = TestProject()
        project.run("new", "Original")
        project.run("new", "Copy")
        #expect(project.run("close", "2", "--reason", "duplicate-of #1").exitCode == 0)
        let closed = try json(project.run("show", "2", "--json"))
        #expect(closed["closed_reason"]?.stringValue == "duplicate-of #1")
        #expect(project.read(".project/issues/open/0001-original.md").contains("#2 was closed as a duplicate of this issue."))
    }

    @Test func freeTextReasonIsKeptAsWritten() {
        let project = TestProject()
        project.run("new", "A")
        project.run("close", "1", "-r", "Fixed in the parser")
        #expect(project.read(".project/issues/closed/0001-a.md").contains("closed_reason: Fixed in the parser\n"))
    }

    @Test(arguments: [["duplicate-of"], ["duplicate-of", "x"], ["superseded-by", "1"]])
    func aReasonThatNamesNoOtherIssueIsRefused(_ words: [String]) {
        let project = TestProject()
        project.run("new", "A")
        let outcome = project.run(["close", "1", "-r", words.joined(separator: " ")])
        #expect(outcome.exitCode == 64)
        #expect(project.files("open") == ["0001-a.md"])
    }

    @Test func duplicateOfAMissingIssueIsRefused() {
        let project = TestProject()
        project.run("new", "A")
        #expect(project.run("close", "1", "-r", "duplicate-of 9").stderr == "docket: no issue #9\n")
        #expect(project.files("open") == ["0001-a.md"])
    }

    // MARK: init --agents

    @Test func initAgentsWritesTheGuideBetweenMarkersAndLaterReplacesOnlyThatPart() {
        let project = TestProject()
        project.write("AGENTS.md", "# Our agents\n\nBe kind.\n")
        #expect(project.run("init", "--agents").exitCode == 0)
        let first = project.read("AGENTS.md")
        #expect(first.hasPrefix("# Our agents\n\nBe kind.\n\n<!-- docket:begin -->\n# Issues in this repository: Docket\n"))
        #expect(first.hasSuffix("<!-- docket:end -->\n"))
        project.write("AGENTS.md", first.replacingOccurrences(of: "# Issues in this repository", with: "# Old guide") + "\nAfter.\n")
        project.run("init", "--agents")
        let second = project.read("AGENTS.md")
        #expect(second == first + "\nAfter.\n")
    }

    @Test func initAgentsWritesClaudeMdOnlyWhenItExists() {
        let project = TestProject()
        project.run("init", "--agents")
        #expect(!FileManager.default.fileExists(atPath: project.path("CLAUDE.md")))
        project.write("CLAUDE.md", "Notes\n")
        project.run("init", "--agents")
        #expect(project.read("CLAUDE.md").contains("Notes\n\n<!-- docket:begin -->\n"))
    }

    @Test func initAgentsMergesMcpJsonKeepingOtherServers() throws {
        let project = TestProject()
        project.write(".mcp.json", #"{"mcpServers": {"other": {"command": "other-server"}}, "note": 1}"#)
        #expect(project.run("init", "--agents").exitCode == 0)
        let document = try JSONValue(parsing: Data(project.read(".mcp.json").utf8))
        #expect(document["mcpServers"]?["other"]?["command"]?.stringValue == "other-server")
        #expect(document["mcpServers"]?["docket"]?["command"]?.stringValue == "docket")
        #expect(document["mcpServers"]?["docket"]?["args"]?.arrayValue == [.string("mcp")])
        #expect(document["note"]?.intValue == 1)
    }

    @Test func initAgentsRefusesAnMcpJsonThatIsNotJSON() {
        let project = TestProject()
        project.write(".mcp.json", "{not json")
        let outcome = project.run("init", "--agents")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains(".mcp.json:1: not a JSON object"))
        #expect(project.read(".mcp.json") == "{not json")
    }
}
