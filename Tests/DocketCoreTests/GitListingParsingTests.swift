import Foundation
import Testing
@testable import DocketCore

/// Reading `for-each-ref`, `worktree list --porcelain -z`, `ls-tree` and `cat-file --batch`
/// output, as `--everywhere` and `new` use them.
@Suite struct GitListingParsingTests {
    @Test(arguments: [
        ("aaa commit refs/heads/main \n", [GitRef(name: "refs/heads/main", sha: "aaa")]),
        ("bbb commit refs/remotes/origin/fix \n", [GitRef(name: "refs/remotes/origin/fix", sha: "bbb")]),
        ("ccc commit refs/remotes/origin/HEAD refs/remotes/origin/main\n", []),
        ("ddd tag refs/heads/odd \n", []),
        ("", []),
    ])
    func forEachRefKeepsCommitsAndSkipsSymbolicRefs(output: String, expected: [GitRef]) {
        #expect(GitRef.parse(output) == expected)
    }

    @Test func aRefsShortNameDropsItsNamespace() {
        #expect(GitRef(name: "refs/heads/topic/a", sha: "1").shortName == "topic/a")
        #expect(GitRef(name: "refs/remotes/origin/main", sha: "1").shortName == "origin/main")
        #expect(GitRef(name: "refs/remotes/origin/main", sha: "1").isRemote)
    }

    @Test func worktreeListReadsPathsBranchesAndBareEntries() {
        let output = "worktree /repo\0HEAD 111\0branch refs/heads/main\0\0"
            + "worktree /tmp/odd\nname\0HEAD 222\0detached\0\0"
            + "worktree /bare\0bare\0\0"
        #expect(WorktreeEntry.parse(output) == [
            WorktreeEntry(path: "/repo", branch: "refs/heads/main", isBare: false),
            WorktreeEntry(path: "/tmp/odd\nname", branch: nil, isBare: false),
            WorktreeEntry(path: "/bare", branch: nil, isBare: true),
        ])
    }

    @Test func lsTreeRecordsKeepPathsWithSpacesAndTabs() {
        let output = "100644 blob abc\tdocs/a b.md\0" + "120000 blob def\tlink\twith tab\0"
        #expect(TreeEntry.records(in: output) == [
            TreeEntry(mode: "100644", blob: "abc", path: "docs/a b.md"),
            TreeEntry(mode: "120000", blob: "def", path: "link\twith tab"),
        ])
    }

    @Test(arguments: [
        ("sub/.project/issues/open/0001-a.md", "100644", true),
        ("sub/.project/issues/closed/0002-b.md", "100755", true),
        ("sub/.project/issues/open/nested/0003-c.md", "100644", false),
        ("sub/.project/issues/open/.0004-hidden.md", "100644", false),
        ("sub/.project/issues/open/0005-link.md", "120000", false),
        ("sub/.project/issues/open/notes.txt", "100644", false),
        (".project/issues/open/0006-other-project.md", "100644", false),
    ])
    func onlyMarkdownFilesDirectlyInTheProjectsFoldersAreIssues(path: String, mode: String, isIssue: Bool) {
        let repository = ProjectInRepository(commonDirectory: "/r/.git", workTreeRoot: "/r", prefix: "sub/")
        let files = repository.issueFiles(in: [TreeEntry(mode: mode, blob: "b", path: path)])
        #expect(files.isEmpty == !isIssue)
    }

    @Test func aClosedFolderFileIsClosed() {
        let repository = ProjectInRepository(commonDirectory: "/r/.git", workTreeRoot: "/r", prefix: "")
        let files = repository.issueFiles(in: [TreeEntry(mode: "100644", blob: "b", path: ".project/issues/closed/0002-x.md")])
        #expect(files == [ProjectInRepository.TreeFile(state: .closed, name: "0002-x.md", blob: "b")])
    }

    @Test func catFileBatchSplitsObjectsWhateverTheyHold() {
        let output = Data("aaa blob 7\nx\ny\nzz\n\n".utf8) + Data("bbb missing\n".utf8) + Data("ccc blob 0\n\n".utf8)
        let blobs = GitBlobBatch.parse(output)
        #expect(blobs["aaa"] == Data("x\ny\nzz\n".utf8))
        #expect(blobs["bbb"] == nil)
        #expect(blobs["ccc"] == Data())
    }
}
