import Foundation
import Testing
@testable import DocketCore

/// `docket update` over several IDs, with --set-labels, --body and --body-file.
@Suite struct UpdateCommandTests {
    private func project(_ titles: String...) -> TestProject {
        let project = TestProject()
        for title in titles { project.run("new", title, "-l", "old") }
        return project
    }

    private func labels(_ project: TestProject, _ id: String) -> String {
        project.run("show", id, "--format", "{{#labels}}{{.}} {{/labels}}").stdout
    }

    @Test func severalIDsAreEachUpdatedAndReported() {
        let project = project("A", "B", "C")
        let outcome = project.run("update", "1", "2", "3", "--add-label", "x")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.split(separator: "\n").map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["Updated #1", "Updated #2", "Updated #3"])
        #expect(["1", "2", "3"].map { labels(project, $0) } == ["old x \n", "old x \n", "old x \n"])
    }

    @Test func aFailedIDIsReportedAndTheOthersStillChange() {
        let project = project("A", "B")
        let outcome = project.run("update", "1", "9", "2", "-p", "high")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "docket: no issue #9\n")
        #expect(project.run("list", "-p", "high", "--format", "{{id}}").stdout == "1\n2\n")
    }

    @Test func jsonReportsEachIDWithItsResult() throws {
        let project = project("A")
        project.run("update", "1", "--add-label", "x")
        let json = try JSONValue(parsing: Data(project.run("update", "1", "2", "--add-label", "x", "--json").stdout.utf8))
        #expect(json.arrayValue?.map { $0["result"]?.stringValue } == ["unchanged", "failed"])
    }

    @Test(arguments: [
        (["--add-label", "old"], "#1 already has the label 'old'\n#1: nothing to change\n"),
        (["--remove-label", "gone"], "#1 does not have the label 'gone'\n#1: nothing to change\n"),
    ])
    func aLabelAlreadyAddedOrAlreadyAbsentIsANote(options: [String], note: String) {
        let project = project("A")
        let before = project.read(".project/issues/open/0001-a.md")
        let outcome = project.run(["update", "1"] + options)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == note)
        #expect(project.read(".project/issues/open/0001-a.md") == before)
    }

    @Test func setLabelsReplacesEveryLabel() {
        let project = project("A")
        project.run("update", "1", "--add-label", "two")
        #expect(project.run("update", "1", "--set-labels", "bug,docs").exitCode == 0)
        #expect(labels(project, "1") == "bug docs \n")
    }

    @Test func setLabelsToNothingRemovesThemAll() {
        let project = project("A")
        #expect(project.run("update", "1", "--set-labels", "").exitCode == 0)
        #expect(labels(project, "1") == "\n")
    }

    @Test func setLabelsWithAddLabelIsAUsageError() {
        let outcome = project("A").run("update", "1", "--set-labels", "a", "--add-label", "b")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: --set-labels replaces every label; give it without --add-label and --remove-label\n"))
    }

    @Test func bodyReplacesTheBodyAndKeepsTheFields() {
        let project = project("A")
        project.run("update", "1", "-p", "high")
        #expect(project.run("update", "1", "--body", "New text.").exitCode == 0)
        #expect(project.run("show", "1", "--format", "{{title}}|{{priority}}|{{labels}}|{{body}}").stdout == "A|high|old|\nNew text.\n")
    }

    @Test func bodyFileReadsStandardInput() {
        let project = project("A")
        #expect(project.run(["update", "1", "--body-file", "-"], stdin: "From stdin.\n").exitCode == 0)
        #expect(project.run("show", "1", "--format", "{{body}}").stdout == "\nFrom stdin.\n")
    }

    @Test func bodyAndBodyFileTogetherAreAUsageError() {
        #expect(project("A").run("update", "1", "--body", "x", "--body-file", "-").exitCode == 64)
    }

    @Test(arguments: [
        ("---\ntitle:   Odd  # kept\nlabels: [a,b]\n---\nOld body\n", "---\ntitle:   Odd  # kept\nlabels: [a,b]\n---\n\nNew body\n"),
        ("---\r\ntitle: T\r\n---\r\n\r\nOld\r\nbody\r\n", "---\r\ntitle: T\r\n---\r\n\r\nNew body\r\n"),
        ("---\ntitle: T\n---", "---\ntitle: T\n---\n\nNew body\n"),
        ("# ISSUE-001: T\n\n**Severity**:  HIGH\n\n---\n\nOld\n\n*Filed: x*\n", "# ISSUE-001: T\n\n**Severity**:  HIGH\n\n---\n\nNew body\n\n*Filed: x*\n"),
    ])
    func theBodyChangeKeepsTheHeaderByteForByte(before: String, after: String) throws {
        #expect(try IssueFormat.apply([.body("New body")], to: before, path: "ISSUE-001-t.md") == after)
    }
}
