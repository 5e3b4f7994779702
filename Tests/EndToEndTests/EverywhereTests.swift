import Foundation
import Testing

/// `--everywhere` and cross-branch IDs with real git: worktrees of one clone, branches never
/// checked out, and two clones that fetch each other.
@Suite struct EverywhereTests {
    /// A clone in `a` with worktrees `b` and `c`, docket initialised and committed.
    private func threeWorktrees() throws -> Sandbox {
        let sandbox = Sandbox()
        try sandbox.must("mkdir", "a")
        try sandbox.must("git", "init", "-q", "-b", "main", in: "a")
        try sandbox.must("docket", "init", in: "a")
        try sandbox.must("git", "add", "-A", in: "a")
        try sandbox.must("git", "commit", "-qm", "Set up docket", in: "a")
        try sandbox.must("git", "worktree", "add", "-q", "../b", "-b", "wt-b", in: "a")
        try sandbox.must("git", "worktree", "add", "-q", "../c", "-b", "wt-c", in: "a")
        return sandbox
    }

    /// Commits `file` with `text` on a new branch `name` from worktree `c`, then goes back,
    /// so the branch is checked out nowhere.
    private func commitOnBranch(_ sandbox: Sandbox, _ name: String, from base: String = "main", files: [String: String], closing: [String] = []) throws {
        try sandbox.must("git", "checkout", "-q", "-b", name, base, in: "c")
        for (path, text) in files { try sandbox.write("c/" + path, text) }
        for id in closing { try sandbox.must("docket", "close", id, in: "c") }
        try sandbox.must("git", "add", "-A", in: "c")
        try sandbox.must("git", "commit", "-qm", "On \(name)", in: "c")
        try sandbox.must("git", "checkout", "-q", "wt-c", in: "c")
    }

    private func json(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func anIssueFiledInAnotherWorktreeIsListedWithItsPath() throws {
        let sandbox = try threeWorktrees()
        #expect(try sandbox.must("docket", "new", "Filed in B", "-q", in: "b") == "1")
        let plain = try sandbox.must("docket", "list", in: "a")
        #expect(!plain.contains("Filed in B"))
        let everywhere = String(try sandbox.run("docket", "list", "--everywhere", in: "a").stdout.dropLast())
        let bPath = URL(fileURLWithPath: sandbox.path("b")).resolvingSymlinksInPath().path
        let fields = everywhere.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count == 9)
        #expect(fields.first == "1" && fields[3] == "Filed in B")
        #expect(fields[7] == bPath)
        let issues = try json(try sandbox.must("docket", "list", "--everywhere", "--json", "id,title,locations", in: "a"))
        let locations = try #require(issues.first?["locations"] as? [[String: Any]])
        #expect(locations.count == 1)
        #expect(locations.first?["name"] as? String == bPath)
        #expect(locations.first?["kind"] as? String == "worktree")
        #expect(locations.first?["here"] as? Bool == false)
    }

    @Test func theSameIDWithDifferentTitlesOnTwoBranchesIsACollision() throws {
        let sandbox = try threeWorktrees()
        try commitOnBranch(sandbox, "left", files: [".project/issues/open/0005-alpha.md": "---\nid: 5\ntitle: Alpha\n---\n"])
        try commitOnBranch(sandbox, "right", files: [".project/issues/open/0005-beta.md": "---\nid: 5\ntitle: Beta\n---\n"])
        let result = try sandbox.run("docket", "list", "--everywhere", in: "a")
        #expect(result.status == 0)
        #expect(result.stdout.contains("collision: #5 is \"Alpha\" (left) vs \"Beta\" (right); resolve before merging"), "\(result.stdout)")
        #expect(result.stderr.contains("ID #5 names different issues"))
        let issues = try json(try sandbox.must("docket", "list", "--everywhere", "--json", "id,collision", in: "a"))
        #expect(issues.first?["collision"] as? Bool == true)
    }

    @Test func anIssueClosedOnABranchButOpenHereSaysSo() throws {
        let sandbox = try threeWorktrees()
        try sandbox.must("docket", "new", "Open here", in: "a")
        try sandbox.must("git", "add", "-A", in: "a")
        try sandbox.must("git", "commit", "-qm", "File #1", in: "a")
        try commitOnBranch(sandbox, "fix", files: [:], closing: ["1"])
        let listed = try sandbox.must("docket", "list", "--everywhere", in: "a")
        #expect(listed.hasSuffix("closed on fix but open here"), "\(listed)")
        let issues = try json(try sandbox.must("docket", "list", "--everywhere", "--json", "id,closed_on", in: "a"))
        #expect(issues.first?["closed_on"] as? [String] == ["fix"])
        let shown = try sandbox.must("docket", "show", "1", "--everywhere", in: "a")
        #expect(shown.contains("  fix  closed  Open here  .project/issues/closed/0001-open-here.md"), "\(shown)")
    }

    @Test func anIDOnAFetchedBranchIsNotHandedOutAgain() throws {
        let sandbox = Sandbox()
        try sandbox.must("mkdir", "origin")
        try sandbox.must("git", "init", "-q", "-b", "main", in: "origin")
        try sandbox.must("docket", "init", in: "origin")
        try sandbox.must("git", "add", "-A", in: "origin")
        try sandbox.must("git", "commit", "-qm", "Set up", in: "origin")
        try sandbox.must("git", "clone", "-q", "origin", "one")
        try sandbox.must("git", "clone", "-q", "origin", "two")
        try sandbox.must("git", "checkout", "-q", "-b", "topic", in: "one")
        for title in ["One", "Two", "Three", "Four", "Five"] { try sandbox.must("docket", "new", title, in: "one") }
        try sandbox.must("git", "add", "-A", in: "one")
        try sandbox.must("git", "commit", "-qm", "File #1 to #5", in: "one")
        try sandbox.must("git", "push", "-q", "origin", "topic", in: "one")
        try sandbox.must("git", "fetch", "-q", in: "two")
        #expect(try sandbox.must("docket", "new", "From two", "-q", in: "two") == "6")
        let listed = try sandbox.must("docket", "list", "--everywhere", "--json", "id,locations", in: "two")
        let five = try #require(try json(listed).first { $0["id"] as? Int == 5 })
        let place = (five["locations"] as? [[String: Any]])?.first
        #expect(place?["name"] as? String == "origin/topic")
        #expect(place?["kind"] as? String == "remote")
    }
}
