import Foundation
import Testing
@testable import DocketCore

/// `docket new` with templates from disk: GitHub's keys, Mustache, partials and errors.
@Suite struct IssueTemplateCommandTests {
    private static let bugReport = """
    ---
    name: Bug report
    about: Something is broken
    title: "[BUG] "
    labels: bug, triage
    assignees: ''
    ---
    # {{title}}
    {{#labels}}
    - {{.}}
    {{/labels}}

    {{body}}
    {{> footer}}

    """

    private func projectWithGitHubTemplate() -> TestProject {
        let project = TestProject()
        project.write(".github/ISSUE_TEMPLATE/bug_report.md", IssueTemplateCommandTests.bugReport)
        project.write(".github/ISSUE_TEMPLATE/footer.md", "Filed by {{author}} on {{date}}.\n")
        return project
    }

    @Test func gitHubTemplateWithLabelsAndAPartialProducesTheExpectedFile() {
        let project = projectWithGitHubTemplate()
        let outcome = project.run("new", "Crash on save", "-t", "bug_report", "-m", "It crashes.")
        #expect(outcome.stdout == "Created #1 .project/issues/open/0001-bug-crash-on-save.md\n")
        #expect(project.read(".project/issues/open/0001-bug-crash-on-save.md") == """
        ---
        id: 1
        title: "[BUG] Crash on save"
        status: open
        priority: medium
        labels: [bug, triage]
        author: tester
        created: 2026-11-18T11:06:40Z
        updated: 2026-11-18T11:06:40Z
        ---

        # [BUG] Crash on save
        - bug
        - triage

        It crashes.
        Filed by tester on 2026-11-18.

        """)
    }

    @Test func templatesListsNamedTemplatesWithNameAndAbout() {
        let project = projectWithGitHubTemplate()
        #expect(project.run("templates").stdout == "bug_report  Bug report: Something is broken\nfooter      \n")
    }

    @Test func templateErrorPrintsLineColumnAndCaretAndWritesNoFile() {
        let project = TestProject()
        project.write(".project/issues/ISSUE_TEMPLATE.md", "---\nlabels: []\n---\nfirst line\n  {{#open}}\n")
        let outcome = project.run("new", "Anything")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "docket: .project/issues/ISSUE_TEMPLATE.md:5:3: unclosed section 'open'\n  {{#open}}\n  ^\n")
        #expect(project.files("open").isEmpty)
    }

    @Test func partialsCannotNameAPathOutsideTheTemplateFolder() {
        let project = TestProject()
        project.write("secret.md", "SECRET\n")
        project.write(".project/issues/ISSUE_TEMPLATE.md", "before {{> ../../../secret}} after\n")
        project.run("new", "Escape")
        #expect(project.read(".project/issues/open/0001-escape.md").hasSuffix("\nbefore  after\n"))
    }

    @Test func showFormatRendersWithTheJSONContext() {
        let project = TestProject()
        project.run("new", "A", "-l", "x", "-l", "y")
        #expect(project.run("show", "1", "--format", "{{key}}\\t{{title}}{{#labels}} #{{.}}{{/labels}}").stdout == "1\tA #x #y\n")
    }

    @Test func bodyComesFromStandardInputWithDashF() {
        let project = TestProject()
        project.run(["new", "Piped", "-F", "-"], stdin: "From a pipe.\n")
        #expect(project.read(".project/issues/open/0001-piped.md").contains("From a pipe."))
    }
}
