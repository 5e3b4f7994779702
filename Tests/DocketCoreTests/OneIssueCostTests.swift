import Foundation
import Testing
@testable import DocketCore

/// Commands about one issue list the folders once and read one file, yet behave as when they
/// read everything: a duplicated ID is still an error naming both files, an issue in the
/// other folder is still found, a missing one is still "no issue", a later `list` still sees
/// every hand edit, and `new` still numbers above every file.
@Suite struct OneIssueCostTests {
    private func issueText(_ id: Int, _ title: String, status: String = "open") -> String {
        "---\nid: \(id)\ntitle: \(title)\nstatus: \(status)\n---\nBody of \(id).\n"
    }

    /// An indexed project with issues #1 and #2.
    private func indexedProject() -> TestProject {
        let project = TestProject()
        project.run("new", "First")
        project.run("new", "Second")
        project.run("list")
        return project
    }

    /// The commands that write one issue, each then followed by a hand edit of #2.
    @Test(arguments: [["close", "1"], ["update", "1", "-p", "high"], ["new", "Third"]])
    func aHandEditOfAnotherIssueAfterAWriteIsSeenByList(command: [String]) {
        let project = indexedProject()
        #expect(project.run(command).exitCode == 0)
        let second = ".project/issues/open/0002-second.md"
        project.write(second, project.read(second).replacingOccurrences(of: "title: Second", with: "title: Second, edited by hand"))
        let listed = project.run("list", "--format", "{{key}} {{title}}")
        #expect(listed.stdout.contains("2 Second, edited by hand\n"))
    }

    /// Each command given a key that two files carry.
    @Test(arguments: [["show", "5"], ["close", "5"], ["update", "5", "-p", "high"], ["reopen", "5"]])
    func aDuplicatedIDIsAnErrorNamingBothFilesAndChangesNeither(command: [String]) {
        let project = TestProject()
        let first = issueText(5, "One copy")
        let second = issueText(5, "Other copy", status: "closed")
        project.write(".project/issues/open/0005-one.md", first)
        project.write(".project/issues/closed/0005-other.md", second)
        let outcome = project.run(command)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("#5 is in 2 files (.project/issues/open/0005-one.md, .project/issues/closed/0005-other.md)"))
        #expect(project.read(".project/issues/open/0005-one.md") == first)
        #expect(project.read(".project/issues/closed/0005-other.md") == second)
    }

    @Test func aDialectIssueWhoseKeyTwoFilesCarryIsAnErrorNamingBoth() {
        let project = TestProject()
        project.write(".project/issues/open/SEC-002-leak.md", "# SEC-002: Token leak\n\n**Status**: Open\n\nBody.\n")
        project.write(".project/issues/open/SEC-002-again.md", "# SEC-002: Token leak again\n\n**Status**: Open\n\nBody.\n")
        let outcome = project.run("close", "SEC-002")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("SEC-002 is in 2 files"))
        #expect(project.files("closed").isEmpty)
    }

    @Test func anOpenIssueFiledInClosedIsFoundThere() {
        let project = TestProject()
        project.write(".project/issues/closed/0004-misfiled.md", issueText(4, "Misfiled"))
        let shown = project.run("show", "4")
        #expect(shown.exitCode == 0)
        #expect(shown.stdout.contains("path:       .project/issues/closed/0004-misfiled.md\n"))
        #expect(project.run("update", "4", "-p", "high").exitCode == 0)
        #expect(project.read(".project/issues/closed/0004-misfiled.md").contains("priority: high\n"))
        #expect(project.run("reopen", "4").exitCode == 0)
        #expect(project.files("open") == ["0004-misfiled.md"])
    }

    @Test(arguments: [["show", "9"], ["close", "9"], ["update", "9", "-p", "high"]])
    func aMissingIDIsNoIssue(command: [String]) {
        let project = indexedProject()
        let outcome = project.run(command)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("no issue #9"))
    }

    @Test func newNumbersAboveEveryFileInBothFolders() {
        let project = TestProject()
        project.write(".project/issues/open/0007-open.md", issueText(7, "Open"))
        project.write(".project/issues/closed/0040-closed.md", issueText(40, "Closed", status: "closed"))
        let outcome = project.run("new", "Next", "-q")
        #expect(outcome.stdout == "41\n")
    }

    /// File names, and what one listing of them says: the dialect's prefixes and the
    /// highest unprefixed and `SEC` numbers.
    @Test(arguments: [
        (["0001-a.md", "0012-b.md"], nil, 12, 0),
        (["SEC-002-a.md", "SEC-010-b.md", "OPS-003-c.md"], ["SEC", "OPS"], 0, 10),
        (["SEC-002-a.md", "0003-b.md"], nil, 3, 2),
        ([], nil, 0, 0),
    ] as [([String], Set<String>?, Int, Int)])
    func oneListingAnswersWhatNewAsks(names: [String], prefixes: Set<String>?, highest: Int, highestSEC: Int) {
        let listing = IssueStore.FolderNames(names: names)
        #expect(listing.dialectPrefixes == prefixes)
        #expect(listing.highestNumber(prefix: nil) == highest)
        #expect(listing.highestNumber(prefix: "SEC") == highestSEC)
    }
}

/// `Slug.key(fromFileName:)` reads a key from a file name's bytes: digits (leading zeros,
/// at most 12 in all, not 0), else uppercase ASCII letters, a dash and digits.
@Test(arguments: [
    ("0001-a.md", "1"), ("12.md", "12"), ("0012-b-c.md", "12"), ("SEC-002-leak.md", "SEC-002"), ("SEC-002.md", "SEC-002"),
    ("SEC-2x-a.md", nil), ("sec-002-a.md", nil), ("0000-zero.md", nil), ("1000000000-big.md", nil),
    ("000000000012-a.md", "12"), ("0000000000012-a.md", nil), ("ÉSEC-002-a.md", nil), ("SEC--002.md", nil),
    ("0012\u{301}-a.md", nil), ("SEC-002\u{301}-a.md", nil), ("notes.md", nil), ("README", nil), ("12", "12"),
    ("A-1", "A-001"), ("-", nil), (".md", nil), ("", nil),
] as [(String, String?)])
private func aFileNameGivesItsKey(name: String, key: String?) {
    #expect(Slug.key(fromFileName: name)?.plain == key)
}
