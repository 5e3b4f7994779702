import Foundation
import Testing

@Suite struct HookTests {
    /// Files one issue, then makes a commit that fixes it in the way `commit` describes.
    private func closesThroughTheHook(
        setUp: (Sandbox) throws -> Void = { _ in }, leaving expectedStatus: String, commit: (Sandbox) throws -> Void
    ) throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try setUp(sandbox)
        try sandbox.must("docket", "hooks", "install")
        try sandbox.must("docket", "new", "Crash on empty title", "-q")
        try sandbox.write("code.txt", "v1\n")
        try sandbox.write("other.txt", "untouched\n")
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "Add code and issue")
        try sandbox.write("code.txt", "v2\n")
        try sandbox.write("staged.txt", "staged but not committed\n")
        try sandbox.must("git", "add", "staged.txt")
        try commit(sandbox)
        let fix = try sandbox.must("git", "rev-parse", "HEAD~1")
        let head = try sandbox.must("git", "log", "-1", "--format=%s")
        #expect(head == "Close #1 (fixed in \(fix.prefix(7)))")
        let changed = try sandbox.must("git", "show", "--no-renames", "--name-only", "--format=", "HEAD").split(separator: "\n").sorted()
        #expect(changed == [".project/issues/closed/0001-crash-on-empty-title.md", ".project/issues/open/0001-crash-on-empty-title.md"])
        #expect(sandbox.read(".project/issues/closed/0001-crash-on-empty-title.md").contains("closed_by: \"\(fix)\"") ||
                sandbox.read(".project/issues/closed/0001-crash-on-empty-title.md").contains("closed_by: \(fix)"))
        #expect(try sandbox.must("git", "status", "--porcelain") == expectedStatus)
    }

    @Test func commitWithAllCloses() throws {
        try closesThroughTheHook(leaving: "") { try $0.must("git", "commit", "-qam", "Fix crash (fixes #1)") }
    }

    @Test func otherStagedChangesStayStagedAndUncommitted() throws {
        try closesThroughTheHook(leaving: "A  staged.txt") {
            try $0.must("git", "add", "code.txt")
            try $0.must("git", "commit", "-qm", "Fix crash (fixes #1)", "--", "code.txt")
        }
    }

    @Test func commitWithPathspecCloses() throws {
        try closesThroughTheHook(leaving: "A  staged.txt") { try $0.must("git", "commit", "-qm", "Fix crash\n\nCloses: #1", "--", "code.txt") }
    }

    @Test func commitWithCoreHooksPathCloses() throws {
        try closesThroughTheHook(setUp: { try $0.must("git", "config", "core.hooksPath", ".githooks") }, leaving: "") {
            #expect(FileManager.default.fileExists(atPath: $0.path(".githooks/post-commit")))
            try $0.must("git", "commit", "-qam", "Fix crash (FIXES #0001)")
        }
    }

    @Test func commitInALinkedWorktreeCloses() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository()
        try sandbox.must("docket", "new", "Worktree bug", "-q")
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "File it")
        try sandbox.must("git", "worktree", "add", "-q", "-b", "fix", sandbox.path("wt"))
        try sandbox.write("wt/fix.txt", "fixed\n")
        try sandbox.must("git", "add", "fix.txt", in: "wt")
        try sandbox.must("git", "commit", "-qm", "Resolve it, resolves #1", in: "wt")
        #expect(sandbox.files("wt/.project/issues/closed") == ["0001-worktree-bug.md"])
        #expect(try sandbox.must("git", "status", "--porcelain", in: "wt") == "")
    }

    @Test func rebaseReplayingAFixClosesNothingTwice() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository()
        try sandbox.must("docket", "new", "Bug", "-q")
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "File it")
        try sandbox.must("git", "checkout", "-q", "-b", "topic")
        try sandbox.write("fix.txt", "fixed\n")
        try sandbox.must("git", "add", "fix.txt")
        try sandbox.must("git", "commit", "-qm", "Fix it (fixes #1)")
        let before = try sandbox.must("git", "rev-list", "--count", "HEAD")
        try sandbox.must("git", "checkout", "-q", "main")
        try sandbox.write("unrelated.txt", "x\n")
        try sandbox.must("git", "add", "unrelated.txt")
        try sandbox.must("git", "commit", "-qm", "Unrelated")
        try sandbox.must("git", "checkout", "-q", "topic")
        try sandbox.must("git", "rebase", "-q", "main")
        #expect(try sandbox.must("git", "rev-list", "--count", "HEAD") == String(Int(before)! + 1))
        #expect(try sandbox.must("git", "status", "--porcelain") == "")
        #expect(sandbox.files(".project/issues/closed") == ["0001-bug.md"])
    }

    @Test func stageModeStagesInsteadOfCommitting() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "hooks", "install", "--mode", "stage")
        try sandbox.must("docket", "new", "Bug", "-q")
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "Fix it, fixes #1")
        let status = try sandbox.must("git", "status", "--porcelain").split(separator: "\n").sorted()
        #expect(status == ["R  .project/issues/open/0001-bug.md -> .project/issues/closed/0001-bug.md"])
    }

    @Test func strictCommitMsgRejectsClosingAMissingIssue() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "hooks", "install", "--strict")
        try sandbox.write("a.txt", "a\n")
        try sandbox.must("git", "add", "a.txt")
        let result = try sandbox.run("git", "commit", "-qm", "Fix (fixes #42)")
        #expect(result.status != 0)
        #expect(result.stderr.contains("closes #42, which does not exist"))
    }

    @Test func closeCommitsCatchesUpOnARange() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "new", "One", "-q")
        try sandbox.must("docket", "new", "Two", "-q")
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "File")
        let base = try sandbox.must("git", "rev-parse", "HEAD")
        try sandbox.must("git", "commit", "-q", "--allow-empty", "-m", "First fix (fixes #2)")
        let first = try sandbox.must("git", "rev-parse", "HEAD")
        try sandbox.must("git", "commit", "-q", "--allow-empty", "-m", "Again fixes #2 and closes #1")
        #expect(try sandbox.must("docket", "close-commits", "\(base)..HEAD").contains("Closed #2 (fixed in \(first.prefix(7)))"))
        #expect(sandbox.read(".project/issues/closed/0002-two.md").contains(first))
        #expect(try sandbox.must("docket", "close-commits", "\(base)..HEAD") == "Nothing to close in \(base)..HEAD")
        let shown = try sandbox.must("docket", "show", "2")
        #expect(shown.contains("Commits:\n  \(first.prefix(7))  "))
        #expect(shown.contains("First fix (fixes #2)"))
    }

    @Test func prefixedKeyClosesAnIssueNNNIssueWithItsResolution() throws {
        let sandbox = Sandbox()
        try sandbox.must("git", "init", "-q", "-b", "main")
        try sandbox.must("docket", "init", "--style", "protocol")
        try sandbox.must("docket", "new", "Token in logs", "--prefix", "SEC", "-p", "critical")
        try sandbox.must("git", "add", "-A")
        try sandbox.must("git", "commit", "-qm", "File SEC-001")
        try sandbox.must("docket", "hooks", "install")
        try sandbox.write("log.go", "redacted\n")
        try sandbox.must("git", "add", "log.go")
        try sandbox.must("git", "commit", "-qm", "Redact tokens (fixes SEC-001)")
        let fix = try sandbox.must("git", "rev-parse", "HEAD~1")
        let text = sandbox.read(".project/issues/closed/SEC-001-token-in-logs.md")
        #expect(text.contains("**Status**: Resolved\n"))
        #expect(text.contains("Resolved in \(fix): Redact tokens (fixes SEC-001)"))
        #expect(try sandbox.must("git", "status", "--porcelain") == "")
    }
}
