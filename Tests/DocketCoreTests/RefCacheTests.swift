import Foundation
import Testing
@testable import DocketCore

/// The per-commit caches behind `new`'s cross-branch numbers and `--everywhere`: a branch
/// whose SHA has not changed costs no `ls-tree` (and no `cat-file`).
@Suite struct RefCacheTests {
    /// A common directory to cache in, and a fake git with two branches.
    private final class Fixture {
        let common: String
        let git = FakeGit()
        let repository: ProjectInRepository

        init() {
            var bytes = Array((NSTemporaryDirectory() + "docket-refcache-XXXXXX").utf8CString)
            common = bytes.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
            repository = ProjectInRepository(commonDirectory: common, workTreeRoot: "/nowhere", prefix: "")
            git.refs = [("refs/heads/main", "c1"), ("refs/remotes/origin/topic", "c2")]
            git.trees["c1"] = [(".project/issues/open/0003-a.md", "b3"), (".project/issues/closed/0004-b.md", "b4")]
            git.trees["c2"] = [(".project/issues/open/0009-c.md", "b9"), (".project/issues/open/SEC-012-d.md", "s12")]
            git.blobs = [
                "b3": "---\nid: 3\ntitle: Three\n---\n", "b4": "---\nid: 4\ntitle: Four\n---\n",
                "b9": "---\nid: 9\ntitle: Nine\n---\nBody of nine.\n", "s12": "# SEC-012: Twelve\n\n**Severity**: HIGH\n",
            ]
        }

        deinit { try? FileManager.default.removeItem(atPath: common) }

        var numbers: RefIssueNumbers { RefIssueNumbers(repository: repository, git: git) }
        var reader: EverywhereReader { EverywhereReader(repository: repository, git: git) }
    }

    @Test func theHighestNumberIsTheHighestOnAnyBranchForThatPrefix() {
        let fixture = Fixture()
        #expect(fixture.numbers.highest(prefix: nil) == 9)
        #expect(fixture.numbers.highest(prefix: "SEC") == 12)
        #expect(fixture.numbers.highest(prefix: "OPS") == 0)
    }

    @Test func anUnchangedRefCostsNoLsTree() {
        let fixture = Fixture()
        _ = fixture.numbers.highest(prefix: nil)
        #expect(fixture.git.count("ls-tree") == 2)
        #expect(fixture.numbers.highest(prefix: nil) == 9)
        #expect(fixture.git.count("ls-tree") == 2)
        #expect(fixture.git.count("for-each-ref") == 2)
    }

    @Test func aRefThatMovedCostsOneLsTree() {
        let fixture = Fixture()
        _ = fixture.numbers.highest(prefix: nil)
        fixture.git.refs[1].sha = "c3"
        fixture.git.trees["c3"] = [(".project/issues/open/0011-e.md", "b11")]
        #expect(fixture.numbers.highest(prefix: nil) == 11)
        #expect(fixture.git.count("ls-tree") == 3)
    }

    @Test func gitFailingMeansNoBranchNumbers() {
        let fixture = Fixture()
        fixture.git.refs = []
        let broken = RefIssueNumbers(repository: fixture.repository, git: FailingGit())
        #expect(broken.highest(prefix: nil) == 0)
    }

    @Test func everywhereReadsEachBranchOnceThenFromTheCache() throws {
        let fixture = Fixture()
        let first = try fixture.reader.read(IssueState.allCases, includeBody: true)
        #expect(first.copies.map(\.issue.title).sorted() == ["Four", "Nine", "Three", "Twelve"])
        #expect(fixture.git.count("ls-tree") == 2)
        #expect(fixture.git.count("cat-file") == 1)
        let second = try fixture.reader.read(IssueState.allCases, includeBody: true)
        #expect(second.copies.map(\.issue.title).sorted() == ["Four", "Nine", "Three", "Twelve"])
        #expect(second.copies.first { $0.issue.key.number == 9 }?.issue.body == "Body of nine.\n")
        #expect(fixture.git.count("ls-tree") == 2)
        #expect(fixture.git.count("cat-file") == 1)
    }

    @Test func everywhereNamesEachCopysBranch() throws {
        let fixture = Fixture()
        let copies = try fixture.reader.read(IssueState.allCases, includeBody: false).copies
        let nine = try #require(copies.first { $0.issue.key.number == 9 })
        #expect(nine.location == IssueLocation(kind: .remote, name: "origin/topic", isHere: false))
        #expect(copies.first { $0.issue.key.number == 4 }?.issue.state == .closed)
    }

    @Test func theCacheForgetsCommitsNoRefPointsAt() throws {
        let fixture = Fixture()
        _ = try fixture.reader.read(IssueState.allCases, includeBody: false)
        fixture.git.refs.removeLast()
        _ = try fixture.reader.read(IssueState.allCases, includeBody: false)
        let cached = try FileManager.default.contentsOfDirectory(atPath: fixture.common + "/docket/everywhere")
        #expect(cached.sorted() == ["c1", "c1.bodies"])
    }

    @Test func aListReadsNoBodiesAndAShowWithoutThemReadsTheBranchAgain() throws {
        let fixture = Fixture()
        _ = try fixture.reader.read(IssueState.allCases, includeBody: false)
        unlink(fixture.common + "/docket/everywhere/c2.bodies")
        let listed = try fixture.reader.read(IssueState.allCases, includeBody: false)
        #expect(listed.copies.allSatisfy { $0.issue.body.isEmpty })
        #expect(fixture.git.count("ls-tree") == 2)
        let shown = try fixture.reader.read(IssueState.allCases, includeBody: true)
        #expect(shown.copies.first { $0.issue.key.number == 9 }?.issue.body == "Body of nine.\n")
        #expect(fixture.git.count("ls-tree") == 3)
    }

    @Test func aRecordKeepsEveryFieldAndTellsNilFromEmpty() throws {
        let issue = Issue(
            key: IssueKey(prefix: "SEC", number: 2), title: "T\tab", state: .closed, status: "", priority: .high,
            labels: ["a:b", "3:x"], assignee: nil, author: "al", created: "c", closed: "d", closedReason: "done",
            blockedBy: [IssueKey(number: 1)], fields: [(key: "k", value: "v\nw")], body: "body\n", path: "p"
        )
        let back = try #require(IssueRecord.unpack(IssueRecord.pack(issue), body: issue.body))
        #expect(back.json(includeBody: true) == issue.json(includeBody: true))
        #expect(back.status == "" && back.assignee == nil)
        #expect(IssueRecord.unpack(IssueRecord.pack(issue))?.body == "")
    }
}

/// A git that cannot be started.
private struct FailingGit: GitRunning {
    func run(_ arguments: [String], input: Data?, environment extra: [String: String]) throws -> GitResult {
        throw GitError(arguments: arguments, status: nil, message: "could not start git")
    }
}
