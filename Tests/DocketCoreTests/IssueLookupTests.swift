import Foundation
import Testing
@testable import DocketCore

/// `show`, `close` and `update` find an issue by the key in its file name, reading no
/// other file; an issue whose file name does not carry its key is still found, through the
/// index when there is one and by reading the folders when there is none.
@Suite struct IssueLookupTests {
    private func issueText(_ id: Int, _ title: String) -> String {
        "---\nid: \(id)\ntitle: \(title)\nstatus: open\n---\nBody of \(id).\n"
    }

    @Test func showReadsTheIssueWhoseFileNameCarriesItsKey() {
        let project = TestProject()
        project.run("new", "Named for its key")
        // An unreadable file named for another key is never read.
        project.write(".project/issues/open/0002-broken.md", "---\nid: 2\ntitle: \"unterminated\n---\n")
        let outcome = project.run("show", "0001")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("#1  Named for its key\n"))
        #expect(outcome.stderr == "")
    }

    /// Whether the project has an index when the issue is looked up.
    @Test(arguments: [false, true])
    func showFindsAnIssueWhoseFileNameDoesNotCarryItsKey(indexed: Bool) {
        let project = TestProject()
        project.run("new", "Other")
        if indexed { project.run("list") }
        #expect(FileSystem.exists(project.path(".project/.docket/index.sqlite")) == indexed)
        project.write(".project/issues/open/renamed-by-hand.md", issueText(7, "Renamed by hand"))
        let outcome = project.run("show", "7")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("#7  Renamed by hand\n"))
        #expect(outcome.stdout.contains("path:       .project/issues/open/renamed-by-hand.md\n"))
    }

    @Test(arguments: [false, true])
    func closeMovesAnIssueWhoseFileNameDoesNotCarryItsKey(indexed: Bool) {
        let project = TestProject()
        if indexed { project.run("list") }
        project.write(".project/issues/open/hand.md", issueText(3, "By hand"))
        #expect(project.run("close", "3").exitCode == 0)
        #expect(project.files("closed") == ["hand.md"])
        #expect(project.run("update", "3", "-p", "high").exitCode == 0)
        #expect(project.read(".project/issues/closed/hand.md").contains("priority: high\n"))
    }

    @Test func aFileNamedForTheKeyThatHoldsAnotherIsPassedOver() {
        let project = TestProject()
        project.write(".project/issues/open/0003-misnamed.md", issueText(4, "Holds four"))
        let four = project.run("show", "4")
        #expect(four.exitCode == 0 && four.stdout.hasPrefix("#4  Holds four\n"))
        let three = project.run("show", "3")
        #expect(three.exitCode != 0 && three.stderr.contains("no issue #3"))
    }

    @Test func aFileNamedForThePrefixedKeyIsFound() {
        let project = TestProject()
        project.write(".project/issues/open/SEC-002-leak.md", "# SEC-002: Token leak\n\n**Severity**: HIGH\n\nBody.\n")
        project.write(".project/issues/open/SEC-020-other.md", "# SEC-020: Other\n\nBody.\n")
        let outcome = project.run("show", "sec-2")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("SEC-002  Token leak\n"))
    }

    @Test func aSymlinkNamedForTheKeyIsNoIssue() throws {
        let project = TestProject()
        project.write("elsewhere.md", issueText(5, "Outside"))
        #expect(symlink(project.path("elsewhere.md"), project.path(".project/issues/open/0005-link.md")) == 0)
        let outcome = project.run("show", "5")
        #expect(outcome.exitCode != 0)
        #expect(outcome.stderr.contains("no issue #5"))
    }

    @Test func twoFilesWithTheKeyAreNamedInTheError() {
        let project = TestProject()
        project.write(".project/issues/open/0006-a.md", issueText(6, "A"))
        project.write(".project/issues/closed/0006-b.md", issueText(6, "B"))
        let outcome = project.run("show", "6")
        #expect(outcome.exitCode != 0)
        #expect(outcome.stderr.contains("#6 is in 2 files (.project/issues/open/0006-a.md, .project/issues/closed/0006-b.md)"))
    }

    @Test func namesOnlyListingMatchesTheStatListing() throws {
        let project = TestProject()
        project.write(".project/issues/open/0001-a.md", issueText(1, "A"))
        project.write(".project/issues/open/.hidden.md", issueText(2, "Hidden"))
        project.write(".project/issues/open/notes.txt", "not an issue")
        #expect(mkdir(project.path(".project/issues/open/dir.md"), 0o755) == 0)
        #expect(symlink("0001-a.md", project.path(".project/issues/open/0009-link.md")) == 0)
        let directory = project.path(".project/issues/open")
        #expect(try FileSystem.markdownNames(in: directory).sorted() == FileSystem.markdownFiles(in: directory).map(\.name).sorted())
        #expect(try FileSystem.markdownNames(in: directory) == ["0001-a.md"])
    }
}
