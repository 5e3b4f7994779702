import Foundation
import Testing
@testable import DocketCore

@Suite struct CommandTests {
    @Test func initCreatesTheLayoutAndIsIdempotent() {
        let project = TestProject(initialized: false)
        let first = project.run("init")
        #expect(first.exitCode == 0)
        #expect(first.stdout.contains("created .project/issues/ISSUE_TEMPLATE.md"))
        #expect(project.read(".project/.docket/.gitignore") == "*\n")
        project.write(".project/issues/ISSUE_TEMPLATE.md", "mine\n")
        let second = project.run("init")
        #expect(second.stdout.contains("nothing created"))
        #expect(project.read(".project/issues/ISSUE_TEMPLATE.md") == "mine\n")
    }

    @Test func commandsOutsideAProjectSayHowToStart() {
        let project = TestProject(initialized: false)
        let outcome = project.run("list")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "docket: not a docket project (no .project/issues above \(project.root)); run 'docket init'\n")
    }

    @Test func newFilesAnIssueAndPrintsWhere() {
        let project = TestProject()
        let outcome = project.run("new", "Crash when the title is empty", "-l", "bug", "-l", "cli", "-p", "high", "-m", "Steps here.")
        #expect(outcome.stdout == "Created #1 .project/issues/open/0001-crash-when-the-title-is-empty.md\n")
        let text = project.read(".project/issues/open/0001-crash-when-the-title-is-empty.md")
        #expect(text.hasPrefix("---\nid: 1\ntitle: Crash when the title is empty\nstatus: open\npriority: high\nlabels: [bug, cli]\n"))
        #expect(text.contains("Steps here."))
    }

    @Test func branchSectionIsLeftOutOfTheTemplateOutsideGit() {
        let project = TestProject()
        project.run("new", "A")
        #expect(!project.read(".project/issues/open/0001-a.md").contains("branch"))
    }

    @Test func quietPrintsOnlyTheID() {
        let project = TestProject()
        project.run("new", "One")
        #expect(project.run("new", "Two", "-q").stdout == "2\n")
    }

    static let badNew: [[String]] = [
        ["new", ""], ["new", "   "], ["new", "two\nlines"], ["new", "t", "-p", "urgent"], ["new", "t", "-l", "a\nb"],
        ["new"], ["new", "t", "--nope"], ["new", "t", "-m", "a", "-F", "f"],
    ]

    @Test(arguments: badNew)
    func badNewArgumentsAreUsageErrorsAndWriteNothing(arguments: [String]) {
        let project = TestProject()
        let outcome = project.run(arguments)
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("Usage: docket new"))
        #expect(project.files("open").isEmpty)
    }

    @Test func listFiltersByEveryLabelGiven() {
        let project = TestProject()
        project.run("new", "A", "-l", "bug", "-l", "UI")
        project.run("new", "B", "-l", "bug")
        project.run("new", "C", "-l", "ui")
        #expect(project.run("list", "-l", "bug", "-l", "ui", "--format", "{{id}}").stdout == "1\n")
        #expect(project.run("list", "-l", "BUG", "--format", "{{id}}").stdout == "1\n2\n")
        #expect(project.run("list", "label:bug,ui", "-label:bug", "--format", "{{id}}").stdout == "3\n")
    }

    @Test func listShowsOpenByDefaultAndClosedOnRequest() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        project.run("close", "1")
        #expect(project.run("list", "--format", "{{id}}").stdout == "2\n")
        #expect(project.run("list", "--state", "closed", "--format", "{{id}}").stdout == "1\n")
        #expect(project.run("list", "--state", "all", "--reverse", "--format", "{{id}}").stdout == "2\n1\n")
    }

    @Test func listInAPipeIsTabSeparated() {
        let project = TestProject()
        project.run("new", "A title", "-l", "bug", "-a", "alice")
        let line = project.run("list").stdout
        #expect(line.split(separator: "\t").map(String.init).prefix(6) == ["1", "open", "medium", "A title", "bug", "alice"])
    }

    @Test func listJSONIsAnArrayOfDocumentedObjects() throws {
        let project = TestProject()
        project.run("new", "A", "-l", "x")
        let json = try JSONValue(parsing: Data(project.run("list", "--json").stdout.utf8))
        let first = try #require(json.arrayValue?.first)
        for key in ["id", "title", "state", "priority", "labels", "assignee", "created", "updated", "closed", "path"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["body"] == nil)
    }

    @Test func showPrintsFieldsAndBody() throws {
        let project = TestProject()
        project.run("new", "A", "-m", "The body text.")
        let shown = project.run("show", "#1")
        #expect(shown.stdout.hasPrefix("#1  A\n"))
        #expect(shown.stdout.contains("The body text."))
        let json = try JSONValue(parsing: Data(project.run("show", "0001", "--json").stdout.utf8))
        #expect(json["body"]?.stringValue?.contains("The body text.") == true)
    }

    static let badIDs = ["abc", "-1", "0", "1.5", "../etc", "#-2", "12a", "#SEC-1"]

    @Test(arguments: badIDs)
    func malformedIDsAreUsageErrors(id: String) {
        let project = TestProject()
        #expect(project.run("show", "--", id).exitCode == 64)
    }

    @Test func missingIssueIsAFailure() {
        let project = TestProject()
        let outcome = project.run("show", "99")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "docket: no issue #99\n")
    }

    @Test func closeMovesAndRecordsAndRepeatingIsANoOp() {
        let project = TestProject()
        project.run("new", "A")
        let closed = project.run("close", "1", "-r", "done", "--commit", "abc1234")
        #expect(closed.exitCode == 0)
        #expect(project.files("open").isEmpty && project.files("closed") == ["0001-a.md"])
        let text = project.read(".project/issues/closed/0001-a.md")
        #expect(text.contains("status: closed\n") && text.contains("closed_reason: done\n") && text.contains("closed_by: abc1234\n"))
        let again = project.run("close", "1")
        #expect(again.exitCode == 0)
        #expect(again.stderr.contains("already closed"))
    }

    @Test func reopenMovesBackAndDropsClosingFields() {
        let project = TestProject()
        project.run("new", "A")
        project.run("close", "1", "-r", "done")
        #expect(project.run("reopen", "1").exitCode == 0)
        let text = project.read(".project/issues/open/0001-a.md")
        #expect(text.contains("status: open\n") && !text.contains("closed"))
        #expect(project.run("reopen", "1").stderr.contains("already open"))
    }

    @Test func updateRewritesOnlyItsLines() {
        let project = TestProject()
        project.write(".project/issues/open/0005-hand.md", "---\n# my note\nid: 5\ntitle: Hand written\nweird_key: [kept]\nlabels:\n  - a\n---\nBody *kept*.\n")
        #expect(project.run("update", "5", "--add-label", "b", "-p", "high").exitCode == 0)
        #expect(project.read(".project/issues/open/0005-hand.md") == "---\n# my note\nid: 5\ntitle: Hand written\nweird_key: [kept]\nlabels:\n  - a\n  - b\npriority: high\nupdated: 2026-11-18T11:06:40Z\n---\nBody *kept*.\n")
    }

    @Test func commentAppendsADatedAttributedSection() {
        let project = TestProject()
        project.run("new", "A")
        #expect(project.run("comment", "1", "-m", "Looks related to #2.").exitCode == 0)
        #expect(project.read(".project/issues/open/0001-a.md").hasSuffix("### Comment by tester on 2026-11-18T11:06:40Z\n\nLooks related to #2.\n"))
    }

    @Test func brokenFilesAreReportedAndOthersStillWork() {
        let project = TestProject()
        project.run("new", "Good")
        project.write(".project/issues/open/0002-bad.md", "---\nid: 2\ntitle: \"unterminated\n---\n")
        let outcome = project.run("list", "--format", "{{id}}")
        #expect(outcome.stdout == "1\n")
        #expect(outcome.stderr.hasSuffix("1 issue file could not be read; run 'docket doctor'\n"))
        #expect(project.run("show", "2").stderr.contains(".project/issues/open/0002-bad.md:3: unterminated double-quoted string"))
    }

    @Test func helpAndVersionGoToStdout() {
        let project = TestProject()
        #expect(project.run("--version").stdout == "docket \(Docket.version)\n")
        for arguments in [["--help"], ["help", "list"], ["list", "--help"], ["new", "-h"]] {
            let outcome = project.run(arguments)
            #expect(outcome.exitCode == 0 && outcome.stdout.contains("USAGE: docket") && outcome.stderr.isEmpty)
        }
    }

    @Test func unknownCommandSuggestsTheClosest() {
        let outcome = TestProject().run("lsit")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: unknown command 'lsit'; did you mean 'list'?\n"))
    }

    @Test func dashCStartsTheSearchElsewhere() {
        let project = TestProject()
        project.run("new", "A")
        let outcome = Docket.run(Invocation(arguments: ["-C", project.root, "list", "--format", "{{title}}"], currentDirectory: "/"))
        #expect(outcome.stdout == "A\n")
    }

    @Test func jsonErrorsAreJSON() {
        let outcome = TestProject().run("show", "99", "--json")
        #expect(outcome.stderr == "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no issue #99\"}}\n")
        #expect(outcome.exitCode == 1)
    }

    @Test func initSpeaksJSON() throws {
        let project = TestProject(initialized: false)
        let json = try JSONValue(parsing: Data(project.run("init", "--json").stdout.utf8))
        #expect(json["created"]?.arrayValue?.contains(.string(".project/issues/ISSUE_TEMPLATE.md")) == true)
    }
}
