import Foundation
import Testing

@Suite struct ConcurrencyTests {
    /// 40 `docket new` at once, 20 in each of two worktrees of one clone: 40 files, 40
    /// distinct IDs; merging both branches brings them together without a conflict.
    @Test func fortyConcurrentNewsInTwoWorktreesGetDistinctIDs() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("git", "worktree", "add", "-q", "-b", "left", sandbox.path("left"))
        try sandbox.must("git", "worktree", "add", "-q", "-b", "right", sandbox.path("right"))
        var started: [(Process, Pipe, Pipe)] = []
        for index in 0..<40 {
            let side = index.isMultiple(of: 2) ? "left" : "right"
            started.append(try sandbox.start(["docket", "new", "Issue \(index) from \(side)", "-q"], in: side))
        }
        let results = started.map(Sandbox.wait)
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
        let ids = results.compactMap { Int($0.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(Set(ids).count == 40)
        #expect(sandbox.files("left/.project/issues/open").count + sandbox.files("right/.project/issues/open").count == 40)
        for side in ["left", "right"] {
            try sandbox.must("git", "add", "-A", in: side)
            try sandbox.must("git", "commit", "-qm", "Issues from \(side)", in: side)
        }
        try sandbox.must("git", "merge", "-q", "left", "right", "-m", "Merge both")
        #expect(sandbox.files(".project/issues/open").count == 40)
        let listed = try sandbox.must("docket", "list", "--format", "{{id}}")
        #expect(Set(listed.split(separator: "\n")).count == 40)
    }
}
