import Foundation
import Testing
@testable import DocketCore

/// `new -F FILE` where FILE is a whole Docket issue: it is filed as written, with a new ID.
@Suite struct NewFromIssueFileTests {
    private static let kept = """
    ---
    id: 9
    title: Kept title
    status: closed
    priority: low
    labels: [x]
    assignee: sam
    closed: 2026-01-01T00:00:00Z
    ---

    The kept body.

    """

    @Test func aWholeIssueFileIsFiledAsThatIssueWithANewID() {
        let project = TestProject()
        project.run("new", "First")
        project.write("kept.md", Self.kept)
        #expect(project.run("new", "-F", "kept.md").stdout == "Created #2 .project/issues/open/0002-kept-title.md\n")
        let filed = project.read(".project/issues/open/0002-kept-title.md")
        #expect(filed.hasPrefix("---\nid: 2\ntitle: Kept title\nstatus: open\npriority: low\nlabels: [x]\nassignee: sam\n"))
        #expect(!filed.contains("closed:"))
        #expect(filed.hasSuffix("---\n\nThe kept body.\n"))
    }

    @Test func aWholeIssueWhoseFrontMatterDoesNotParseIsAnErrorAndFilesNothing() {
        let project = TestProject()
        project.write("kept.md", "---\ntitle: Kept title\nlabels: [x\n---\n\nThe kept body.\n")
        let outcome = project.run("new", "-F", "kept.md")
        #expect(outcome.exitCode != 0)
        #expect(outcome.stderr.contains("kept.md:"))
        #expect(project.files("open").isEmpty)
    }

    @Test func aBodyThatOnlyStartsWithARuleIsBodyText() {
        let project = TestProject()
        project.write("notes.md", "---\nSeen twice: [not yaml\n")
        #expect(project.run("new", "Rule first", "-F", "notes.md").exitCode == 0)
        #expect(project.read(".project/issues/open/0001-rule-first.md").contains("Seen twice: [not yaml"))
    }

    @Test func theCommandLineChangesAWholeIssueFile() {
        let project = TestProject()
        project.write("kept.md", Self.kept)
        project.run("new", "Other", "-F", "-", "-l", "ui", "-p", "high", stdin: Self.kept)
        let filed = project.read(".project/issues/open/0001-other.md")
        #expect(filed.contains("\ntitle: Other\n") && filed.contains("\nlabels: [x, ui]\n") && filed.contains("\npriority: high\n"))
    }

    @Test func aTemplateOptionWithAWholeIssueFileIsAUsageError() {
        let project = TestProject()
        project.write("kept.md", Self.kept)
        let outcome = project.run("new", "-F", "kept.md", "-t", "bug")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: --template does not apply when -F names a whole issue"))
        #expect(project.files("open").isEmpty)
    }

    @Test func newWithoutATitleOrAWholeIssueFileIsAUsageError() {
        let outcome = TestProject().run("new", "-m", "text")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: missing TITLE\n"))
    }
}
