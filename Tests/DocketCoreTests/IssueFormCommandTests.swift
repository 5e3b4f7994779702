import Foundation
import Testing
@testable import DocketCore

/// `docket templates` and `docket new -t NAME` with GitHub issue forms (`ISSUE_TEMPLATE/*.yml`).
@Suite struct IssueFormCommandTests {
    private func projectWithBugReport() throws -> TestProject {
        let project = TestProject()
        project.write(".github/ISSUE_TEMPLATE/bug_report.yml", try Fixtures.text("issue-forms/bug_report.yml"))
        return project
    }

    private let bugReportPath = ".project/issues/open/0001-bug-crash-on-save.md"

    @Test func templatesListsFormsFromBothFoldersWithNameAndDescriptionButNotConfig() throws {
        let project = try projectWithBugReport()
        project.write(".project/issues/ISSUE_TEMPLATE/feature.yaml", "name: Feature\ndescription: An idea\nbody:\n  - type: input\n    attributes: {label: Idea}\n")
        project.write(".github/ISSUE_TEMPLATE/config.yml", "blank_issues_enabled: false\n")
        project.write(".github/ISSUE_TEMPLATE/plain.md", "---\nname: Plain\nabout: A Markdown template\n---\nText\n")
        #expect(project.run("templates").stdout == """
        bug_report  Bug report: Tell us about something that does not work.
        feature     Feature: An idea
        plain       Plain: A Markdown template

        """)
    }

    @Test func templatesJSONGivesAFormsNameDescriptionAndKind() throws {
        let project = try projectWithBugReport()
        let listed = try JSONValue(parsing: Data(project.run("templates", "--json").stdout.utf8))
        #expect(listed == .array([.object([
            ("name", .string("bug_report")), ("title", .string("Bug report")),
            ("about", .string("Tell us about something that does not work.")),
            ("path", .string(".github/ISSUE_TEMPLATE/bug_report.yml")), ("kind", .string("form")),
        ])]))
    }

    @Test func configYmlIsNotATemplate() {
        let project = TestProject()
        project.write(".github/ISSUE_TEMPLATE/config.yml", "blank_issues_enabled: false\n")
        let outcome = project.run("new", "X", "-t", "config")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("no template 'config'"))
    }

    @Test func newFromAFormFilesTheRenderedBodyWithTheFormsDefaults() throws {
        let project = try projectWithBugReport()
        let outcome = project.run(
            "new", "Crash on save", "-t", "bug_report", "--field", "version=1.4.0", "--field", "what-happened=It crashed.",
            "--field", "terms=I agree to follow this project's Code of Conduct")
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(project.read(bugReportPath) == """
        ---
        id: 1
        title: "[Bug]: Crash on save"
        status: open
        priority: medium
        labels: [bug, needs triage]
        assignee: octocat
        author: tester
        created: 2026-11-18T11:06:40Z
        updated: 2026-11-18T11:06:40Z
        type: Bug
        ---

        ### Version

        1.4.0

        ### What happened?

        It crashed.

        ### Platform

        Linux

        ### Relevant log output

        _No response_

        ### Code of Conduct

        - [X] I agree to follow this project's Code of Conduct

        """)
    }

    @Test func labelOptionsAddToTheFormsLabelsAndAssigneeOverridesIt() throws {
        let project = try projectWithBugReport()
        project.run(
            "new", "Crash on save", "-t", "bug_report", "-l", "ui", "-a", "alice", "--field", "version=1", "--field", "what-happened=x",
            "--field", "terms=I agree to follow this project's Code of Conduct")
        let text = project.read(bugReportPath)
        #expect(text.contains("labels: [bug, needs triage, ui]\nassignee: alice\n"))
    }

    @Test func fieldsNameElementsByIdOrByLabel() throws {
        let project = try projectWithBugReport()
        let outcome = project.run(
            "new", "Crash on save", "-t", "bug_report", "--field", "Version=2.0", "--field", "what happened?=Boom",
            "--field", "platform=macOS", "--field", "logs=trace", "--field", "Code of Conduct=I agree to follow this project's Code of Conduct")
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let text = project.read(bugReportPath)
        #expect(text.contains("### Version\n\n2.0\n\n### What happened?\n\nBoom\n\n### Platform\n\nmacOS\n\n### Relevant log output\n\n```shell\ntrace\n```\n"))
    }

    @Test func leftEmptyRequiredElementsAreAUsageErrorListingThem() throws {
        let project = try projectWithBugReport()
        let outcome = project.run("new", "Crash on save", "-t", "bug_report", "--field", "version=1.4.0")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains(".github/ISSUE_TEMPLATE/bug_report.yml requires: what-happened (What happened?), terms (Code of Conduct); fill them with --field ID=VALUE, or use -e to edit the issue"))
        #expect(project.files("open").isEmpty)
    }

    @Test func aDropdownValueOutsideItsOptionsIsAnErrorListingThem() throws {
        let project = try projectWithBugReport()
        let outcome = project.run("new", "X", "-t", "bug_report", "--field", "platform=BeOS")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("'BeOS' is not an option of 'platform'; the options are: 'Linux', 'macOS', 'Windows (WSL)'"))
    }

    @Test func aFieldNamingNoElementIsAnErrorListingTheFields() throws {
        let project = try projectWithBugReport()
        let outcome = project.run("new", "X", "-t", "bug_report", "--field", "severity=high")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("--field 'severity': .github/ISSUE_TEMPLATE/bug_report.yml has no such element; its fields are: version, what-happened, platform, logs, terms"))
    }

    @Test func messageTextFillsTheFirstTextarea() throws {
        let project = try projectWithBugReport()
        let outcome = project.run(
            "new", "Crash on save", "-t", "bug_report", "-m", "It crashed.\n", "--field", "version=1",
            "--field", "terms=I agree to follow this project's Code of Conduct")
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(project.read(bugReportPath).contains("### What happened?\n\nIt crashed.\n\n### Platform"))
    }

    @Test func editingWithRequiredElementsLeftEmptyOpensTheEditorOnTheRenderedBody() throws {
        let project = try projectWithBugReport()
        project.useEditor(#"cp "$1" "$(dirname "$0")/seen.md""#)
        let outcome = project.runStartingTheEditor(["new", "Crash on save", "-t", "bug_report", "-e"])
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let seen = project.read("tools/seen.md")
        #expect(seen.contains("### Version\n\n_No response_\n\n### What happened?\n\n_No response_\n"))
        #expect(seen.contains("- [ ] I agree to follow this project's Code of Conduct\n"))
        #expect(project.files("open") == ["0001-bug-crash-on-save.md"])
    }

    @Test func aFormThatIsNotAFormIsAnErrorAtItsLine() {
        let project = TestProject()
        project.write(".github/ISSUE_TEMPLATE/broken.yml", "name: Broken\ndescription: x\nbody:\n  - type: slider\n    attributes: {label: L}\n")
        let outcome = project.run("new", "X", "-t", "broken")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains(".github/ISSUE_TEMPLATE/broken.yml:4: unknown element type 'slider' (expected markdown, input, textarea, dropdown, checkboxes)"))
    }
}
