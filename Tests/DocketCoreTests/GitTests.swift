import Foundation
import Testing
@testable import DocketCore

/// A throwaway repository under a fresh temporary directory, isolated from the user's and
/// the system's git configuration; removed when released.
private final class Sandbox {
    let root: String
    let repo: String
    let git: Git

    init(initialize: Bool = true) throws {
        var template = Array((NSTemporaryDirectory() + "/docket-git-XXXXXX").utf8CString)
        let made = try #require(mkdtemp(&template))
        let real = try #require(realpath(made, nil))
        root = String(cString: real)
        free(real)
        repo = root + "/repo"
        git = Git(directory: repo, environment: [
            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CEILING_DIRECTORIES": root,
            "GIT_AUTHOR_DATE": "2024-05-01T12:00:00+02:00", "GIT_COMMITTER_DATE": "2024-05-01T12:00:00+02:00",
        ])
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        if initialize {
            try run("init", "-q", "-b", "main")
            try run("config", "user.name", "Test User")
            try run("config", "user.email", "test@example.com")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// `git ARGUMENTS` in the repository (or `directory`), returning stdout.
    @discardableResult
    func run(_ arguments: String..., in directory: String? = nil) throws -> String {
        try git(in: directory ?? repo).output(arguments)
    }

    func write(_ path: String, _ text: String, in directory: String? = nil) throws {
        let url = URL(fileURLWithPath: (directory ?? repo) + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes `path` and commits it with `message`; returns the new SHA.
    @discardableResult
    func commit(_ path: String, _ text: String, message: String, in directory: String? = nil) throws -> String {
        try write(path, text, in: directory)
        try run("add", path, in: directory)
        try run("commit", "-q", "-m", message, in: directory)
        return try run("rev-parse", "HEAD", in: directory)
    }

    /// A Git runner for another directory, with the same isolation.
    func git(in directory: String) -> Git {
        var runner = git
        runner.directory = directory
        return runner
    }
}

@Test private func runCapturesStatusAndStandardError() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.git.run(["rev-parse", "--verify", "no-such-revision"])
    #expect(result.status == 128)
    #expect(result.errorText.contains("fatal"))
    #expect(result.standardOutput.isEmpty)
}

@Test private func runFeedsStandardInput() throws {
    let sandbox = try Sandbox()
    let sha = try sandbox.git.output(["hash-object", "--stdin"], input: Data("hello\n".utf8))
    #expect(sha == "ce013625030ba8dba906f756967f9e9ca394464a")
}

@Test private func runMovesLargeInputAndOutputWithoutDeadlock() throws {
    let sandbox = try Sandbox()
    let blob = Data((0..<4_000_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
    let sha = try sandbox.git.output(["hash-object", "-w", "--stdin"], input: blob)
    #expect(try sandbox.git.run(["cat-file", "blob", sha]).standardOutput == blob)
}

@Test private func runPassesExtraEnvironment() throws {
    let sandbox = try Sandbox()
    let ident = try sandbox.git.output(["var", "GIT_AUTHOR_IDENT"], environment: ["GIT_AUTHOR_NAME": "Extra Person"])
    #expect(ident.hasPrefix("Extra Person <test@example.com>"))
}

@Test private func outputErrorNamesTheCommandAndItsStandardError() throws {
    let sandbox = try Sandbox()
    let error = #expect(throws: GitError.self) { try sandbox.git.output(["rev-parse", "--verify", "nope"]) }
    #expect(error?.status == 128)
    #expect(error?.description.hasPrefix("git rev-parse --verify nope failed (exit status 128): fatal:") == true)
}

@Test private func missingGitExecutableIsAnErrorWithoutStatus() throws {
    let git = Git(directory: "/", executable: "/nonexistent/git")
    let error = #expect(throws: GitError.self) { try git.run(["--version"]) }
    #expect(error?.status == nil)
    #expect(error?.description.contains("could not start /nonexistent/git") == true)
}

@Test private func repositoryPathsAreNilOutsideARepository() throws {
    let sandbox = try Sandbox(initialize: false)
    #expect(try sandbox.git.topLevel() == nil)
    #expect(try sandbox.git.gitDirectory() == nil)
    #expect(try sandbox.git.commonDirectory() == nil)
    #expect(try sandbox.git.hooksDirectory() == nil)
    #expect(try sandbox.git.operationInProgress() == nil)
}

@Test private func repositoryPathsAreAbsoluteFromASubdirectory() throws {
    let sandbox = try Sandbox()
    try sandbox.write("sub/dir/file.txt", "x")
    let git = sandbox.git(in: sandbox.repo + "/sub/dir")
    #expect(try git.topLevel() == sandbox.repo)
    #expect(try git.gitDirectory() == sandbox.repo + "/.git")
    #expect(try git.commonDirectory() == sandbox.repo + "/.git")
    #expect(try git.hooksDirectory() == sandbox.repo + "/.git/hooks")
}

@Test private func linkedWorktreeHasItsOwnGitDirectoryButSharesHooks() throws {
    let sandbox = try Sandbox()
    try sandbox.commit("a.txt", "a", message: "init")
    try sandbox.run("worktree", "add", "-q", sandbox.root + "/wt")
    let git = sandbox.git(in: sandbox.root + "/wt")
    #expect(try git.topLevel() == sandbox.root + "/wt")
    #expect(try git.gitDirectory() == sandbox.repo + "/.git/worktrees/wt")
    #expect(try git.commonDirectory() == sandbox.repo + "/.git")
    #expect(try git.hooksDirectory() == sandbox.repo + "/.git/hooks")
}

@Test private func relativeHooksPathResolvesAgainstEachWorktreeTopLevel() throws {
    let sandbox = try Sandbox()
    try sandbox.commit("a.txt", "a", message: "init")
    try sandbox.run("config", "core.hooksPath", "tools/hooks")
    try sandbox.run("worktree", "add", "-q", sandbox.root + "/wt")
    try sandbox.write("sub/file.txt", "x")
    #expect(try sandbox.git(in: sandbox.repo + "/sub").hooksDirectory() == sandbox.repo + "/tools/hooks")
    #expect(try sandbox.git(in: sandbox.root + "/wt").hooksDirectory() == sandbox.root + "/wt/tools/hooks")
}

@Test private func absoluteHooksPathIsUsedAsIs() throws {
    let sandbox = try Sandbox()
    try sandbox.run("config", "core.hooksPath", sandbox.root + "/shared-hooks")
    #expect(try sandbox.git.hooksDirectory() == sandbox.root + "/shared-hooks")
}

@Test private func configValueReadsAKeyAndIsNilWhenUnset() throws {
    let sandbox = try Sandbox()
    #expect(try sandbox.git.configValue("user.name") == "Test User")
    #expect(try sandbox.git.configValue("docket.nothing") == nil)
}

@Test private func headAndBranchOnAnUnbornBranch() throws {
    let sandbox = try Sandbox()
    #expect(try sandbox.git.currentBranch() == "main")
    #expect(try sandbox.git.headCommit() == nil)
}

@Test private func headIsTheFullShaAndBranchIsNilWhenDetached() throws {
    let sandbox = try Sandbox()
    let sha = try sandbox.commit("a.txt", "a", message: "init")
    #expect(try sandbox.git.headCommit() == sha)
    #expect(sha.count == 40)
    try sandbox.run("checkout", "-q", "--detach")
    #expect(try sandbox.git.currentBranch() == nil)
}

@Test(arguments: [
    (["rebase-merge/"], GitOperation.rebase), (["rebase-apply/"], .rebase), (["rebase-apply/applying"], .am),
    (["MERGE_HEAD"], .merge), (["CHERRY_PICK_HEAD"], .cherryPick), (["REVERT_HEAD"], .revert),
    (["sequencer/todo"], .revert), (["BISECT_LOG"], .bisect), (["rebase-merge/", "CHERRY_PICK_HEAD"], .rebase),
])
private func operationInProgressReadsStateFiles(files: [String], operation: GitOperation) throws {
    let sandbox = try Sandbox()
    for file in files {
        let path = sandbox.repo + "/.git/" + file
        let isDirectory = file.hasSuffix("/")
        try FileManager.default.createDirectory(atPath: isDirectory ? path : (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        if !isDirectory { try Data("revert 0123abc Subject\n".utf8).write(to: URL(fileURLWithPath: path)) }
    }
    #expect(try sandbox.git.operationInProgress() == operation)
}

@Test private func operationInProgressIsPerWorktree() throws {
    let sandbox = try Sandbox()
    try sandbox.commit("a.txt", "base\n", message: "base")
    try sandbox.run("checkout", "-q", "-b", "side")
    let side = try sandbox.commit("a.txt", "side\n", message: "side")
    try sandbox.run("checkout", "-q", "main")
    try sandbox.run("worktree", "add", "-q", "-b", "other", sandbox.root + "/wt")
    let worktree = sandbox.root + "/wt"
    try sandbox.commit("a.txt", "other\n", message: "other", in: worktree)
    #expect(try sandbox.git(in: worktree).run(["cherry-pick", side]).status != 0)
    #expect(try sandbox.git(in: worktree).operationInProgress() == .cherryPick)
    #expect(try sandbox.git.operationInProgress() == nil)
}

@Test private func commitInfoReportsShaDateSubjectAndFullMessage() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.commit("b.txt", "b", message: "First")
    let sha = try sandbox.commit("a.txt", "a", message: "Fix crash\n\nFixes #12.\nTabs\tand \u{1F}odd bytes")
    #expect(try sandbox.git.commitInfo("HEAD") == CommitInfo(sha: sha, authorDate: "2024-05-01T12:00:00+02:00", subject: "Fix crash",
                               message: "Fix crash\n\nFixes #12.\nTabs\tand \u{1F}odd bytes\n", parents: [first]))
}

@Test private func commitInfoOfAnUnknownRevisionThrows() throws {
    let sandbox = try Sandbox()
    try sandbox.commit("a.txt", "a", message: "init")
    #expect(throws: GitError.self) { try sandbox.git.commitInfo("--all") }
}

@Test private func commitsInRangeAreOldestFirst() throws {
    let sandbox = try Sandbox()
    let base = try sandbox.commit("a.txt", "1", message: "one")
    try sandbox.commit("a.txt", "2", message: "two\n\nbody of two")
    try sandbox.commit("a.txt", "3", message: "three")
    let commits = try sandbox.git.commits(inRange: "\(base)..HEAD")
    #expect(commits.map(\.subject) == ["two", "three"])
    #expect(commits.first?.message == "two\n\nbody of two\n")
}

@Test private func commitsMentioningFindOnlyRealReferences() throws {
    let sandbox = try Sandbox()
    try sandbox.commit("a.txt", "1", message: "Fix crash (fixes #12)")
    try sandbox.commit("a.txt", "2", message: "Unrelated #120 and http://host/#12")
    try sandbox.commit("a.txt", "3", message: "Work\n\nRefs: sec-002")
    try sandbox.commit("a.txt", "4", message: "Bump x-SEC-2 and #0012")
    let commits = try sandbox.git.commits(mentioning: [.init(number: 12), .init(prefix: "SEC", number: 2)], knownPrefixes: ["SEC"])
    #expect(commits.map(\.subject) == ["Fix crash (fixes #12)", "Work", "Bump x-SEC-2 and #0012"])
    #expect(commits.first?.references(knownPrefixes: ["SEC"]) == [CommitReference(key: .init(number: 12), isClosing: true)])
}

@Test private func commitsMentioningOnAnUnbornBranchIsEmpty() throws {
    let sandbox = try Sandbox()
    #expect(try sandbox.git.commits(mentioning: [.init(number: 1)]).isEmpty)
}

/// A repository with `open/0001-a.md` committed, then moved to `closed/` in the working tree
/// only, plus an unrelated staged change, an unrelated unstaged change and an untracked file.
private func sandboxWithMovedIssue(worktree: Bool = false) throws -> (Sandbox, String) {
    let sandbox = try Sandbox()
    try sandbox.write("notes.txt", "notes\n")
    try sandbox.run("add", "notes.txt")
    try sandbox.commit("open/0001-a.md", "issue\n", message: "init")
    var directory = sandbox.repo
    if worktree {
        directory = sandbox.root + "/wt"
        try sandbox.run("worktree", "add", "-q", "-b", "wt", directory)
    }
    try sandbox.write("closed/0001-a.md", "issue\nstatus: closed\n", in: directory)
    try FileManager.default.removeItem(atPath: directory + "/open/0001-a.md")
    try sandbox.write("staged.txt", "staged\n", in: directory)
    try sandbox.run("add", "staged.txt", in: directory)
    try sandbox.write("notes.txt", "notes changed\n", in: directory)
    try sandbox.write("untracked.txt", "untracked\n", in: directory)
    return (sandbox, directory)
}

@Test(arguments: [false, true])
private func commitOnlyCommitsJustThePathsAndKeepsOtherChanges(inLinkedWorktree: Bool) throws {
    let (sandbox, directory) = try sandboxWithMovedIssue(worktree: inLinkedWorktree)
    let git = sandbox.git(in: directory + "/closed")
    let before = try git.headCommit()
    let sha = try git.commitOnly(files: [CommittedFile(path: "open/0001-a.md", text: nil), CommittedFile(path: "closed/0001-a.md", text: "issue\nstatus: closed\n")], message: "Close #1")
    #expect(sha != nil)
    #expect(try git.headCommit() == sha)
    #expect(try sandbox.run("rev-parse", "HEAD~1", in: directory) == before)
    #expect(try sandbox.run("diff", "--name-status", "HEAD~1", "HEAD", in: directory) == "A\tclosed/0001-a.md\nD\topen/0001-a.md")
    #expect(try sandbox.run("diff", "--cached", "--name-only", in: directory) == "staged.txt")
    #expect(try sandbox.run("status", "--porcelain", in: directory) == " M notes.txt\nA  staged.txt\n?? untracked.txt")
    #expect(try sandbox.run("log", "-1", "--format=%B", in: directory) == "Close #1\n")
}

@Test private func commitOnlyRunsNoHooks() throws {
    let (sandbox, _) = try sandboxWithMovedIssue()
    for hook in ["pre-commit", "commit-msg", "post-commit"] {
        try sandbox.write(".git/hooks/\(hook)", "#!/bin/sh\ntouch ran-\(hook)\nexit 1\n")
        chmod(sandbox.repo + "/.git/hooks/\(hook)", 0o755)
    }
    #expect(try sandbox.git.commitOnly(files: [CommittedFile(path: "open/0001-a.md", text: nil), CommittedFile(path: "closed/0001-a.md", text: "issue\nstatus: closed\n")], message: "Close #1") != nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.repo).filter { $0.hasPrefix("ran-") }.isEmpty)
}

@Test private func commitOnlyMakesNoCommitWhenThePathsMatchHead() throws {
    let sandbox = try Sandbox()
    let head = try sandbox.commit("a.txt", "a", message: "init")
    #expect(try sandbox.git.commitOnly(files: [CommittedFile(path: "a.txt", text: "a")], message: "nothing") == nil)
    #expect(try sandbox.git.headCommit() == head)
}

@Test private func commitOnlyWorksOnAnUnbornBranch() throws {
    let sandbox = try Sandbox()
    try sandbox.write("a.txt", "a")
    try sandbox.write("b.txt", "b")
    let sha = try sandbox.git.commitOnly(files: [CommittedFile(path: "a.txt", text: "a")], message: "first")
    #expect(try sandbox.git.headCommit() == sha)
    #expect(try sandbox.run("ls-tree", "--name-only", "HEAD") == "a.txt")
    #expect(try sandbox.run("status", "--porcelain") == "?? b.txt")
}

@Test private func commitOnlyCommitsTheGivenTextAndLeavesWorkingTreeEditsUnstaged() throws {
    let (sandbox, directory) = try sandboxWithMovedIssue()
    try sandbox.write("closed/0001-a.md", "issue\nstatus: closed\nan unstaged note\n", in: directory)
    let files = [CommittedFile(path: "open/0001-a.md", text: nil), CommittedFile(path: "closed/0001-a.md", text: "issue\nstatus: closed\n")]
    try sandbox.git.commitOnly(files: files, message: "Close #1")
    #expect(try sandbox.run("show", "HEAD:closed/0001-a.md") == "issue\nstatus: closed")
    #expect(try sandbox.run("status", "--porcelain", "--", "closed") == " M closed/0001-a.md")
}
