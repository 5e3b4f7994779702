import Foundation
import Testing
@testable import DocketCore

/// Where `new` puts the body text: at the template's `{{body}}`, or after a template that has no place for it.
@Suite struct BodyPlacementTests {
    /// A `.github/ISSUE_TEMPLATE` file as GitHub writes them: front matter and prose, no tags.
    private static let gitHubTemplate = """
    ---
    name: Bug report
    about: Something is broken
    labels: bug
    ---
    ## Steps to reproduce

    1.

    """

    private func filedBody(_ project: TestProject) -> String {
        guard let name = project.files("open").first else { return "" }
        let text = project.read(".project/issues/open/" + name)
        return text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
    }

    @Test(arguments: [
        (["-m", "It crashes."], ""),
        (["-F", "body.md"], ""),
        (["-F", "-"], "It crashes.\n"),
    ])
    func bodyFollowsAGitHubTemplateWithoutABodyTag(options: [String], stdin: String) {
        let project = TestProject()
        project.write(".github/ISSUE_TEMPLATE/bug.md", Self.gitHubTemplate)
        project.write("body.md", "It crashes.\n")
        let outcome = project.run(["new", "Crash", "-t", "bug"] + options, stdin: stdin)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(filedBody(project) == "\n## Steps to reproduce\n\n1.\n\nIt crashes.\n")
    }

    @Test(arguments: ["{{body}}", "{{{body}}}", "{{& body}}", "{{#body}}{{.}}{{/body}}", "{{> described}}"])
    func aTemplateWithAPlaceForTheBodyGetsItThereOnce(tag: String) {
        let project = TestProject()
        project.write(".project/issues/ISSUE_TEMPLATE/tagged.md", "Before\n\(tag)\nAfter\n")
        project.write(".project/issues/ISSUE_TEMPLATE/described.md", "{{body}}\n")
        project.run("new", "T", "-t", "tagged", "-m", "UNIQUE-TEXT")
        #expect(filedBody(project) == "\nBefore\nUNIQUE-TEXT\nAfter\n")
    }

    @Test func anInvertedBodySectionAloneIsNoPlaceSoTheBodyFollows() {
        let project = TestProject()
        project.write(".project/issues/ISSUE_TEMPLATE/hint.md", "{{^body}}Describe it.{{/body}}\n")
        project.run("new", "T", "-t", "hint", "-m", "It crashes.")
        #expect(filedBody(project) == "\nIt crashes.\n")
    }

    @Test func anIssueNNNTemplateWithoutADescriptionGetsOneWithTheBody() {
        let project = TestProject()
        project.write(".project/issues/ISSUE_TEMPLATE.md", "# ISSUE-[XXX]: [Title]\n\n**Severity**: [level]\n\n## Impact\n\n[who suffers]\n")
        project.run("new", "Crash", "-m", "UNIQUE-TEXT")
        let text = project.read(".project/issues/open/" + (project.files("open").first ?? ""))
        #expect(text.contains("## Description\n\nUNIQUE-TEXT\n"))
        #expect(text.components(separatedBy: "UNIQUE-TEXT").count == 2)
    }

    @Test func anIssueNNNTemplateWithABodyTagGetsTheBodyOnce() {
        let project = TestProject()
        project.write(".project/issues/ISSUE_TEMPLATE.md", "# ISSUE-[XXX]: [Title]\n\n**Severity**: [level]\n\n## Description\n\n{{body}}\n")
        project.run("new", "Crash", "-m", "UNIQUE-TEXT")
        let text = project.read(".project/issues/open/" + (project.files("open").first ?? ""))
        #expect(text.components(separatedBy: "UNIQUE-TEXT").count == 2, "\(text)")
    }
}
