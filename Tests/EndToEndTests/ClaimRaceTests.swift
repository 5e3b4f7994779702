import Foundation
import Testing

@Suite struct ClaimRaceTests {
    /// 8 agents claim one issue at once, 4 in each of two worktrees: exactly one wins.
    @Test func eightConcurrentClaimsInTwoWorktreesHaveOneWinner() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "new", "Contested", "-q")
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "File it")
        try sandbox.must("git", "worktree", "add", "-q", "-b", "other", sandbox.path("other"))
        let started = try (0..<8).map { index in
            try sandbox.start(["docket", "claim", "1", "--as", "agent\(index)"], in: index < 4 ? nil : "other")
        }
        let results = started.map(Sandbox.wait)
        #expect(results.filter { $0.status == 0 }.count == 1)
        let losers = results.filter { $0.status != 0 }
        #expect(losers.count == 7)
        #expect(losers.allSatisfy { $0.status == 1 && $0.stderr.contains("#1 is claimed by agent") })
    }
}
