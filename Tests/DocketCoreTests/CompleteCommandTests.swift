import Testing
@testable import DocketCore

/// `docket __complete`, which the completion scripts call for the project's words.
@Suite struct CompleteCommandTests {
    @Test func idsAreEveryIssuesKeyOpenOrClosed() {
        let project = TestProject()
        for title in ["A", "B", "C"] { project.run("new", title) }
        project.run("close", "2")
        #expect(project.run("__complete", "ids").stdout == "1\n2\n3\n")
    }

    @Test func labelsAreListedOnceEachSorted() {
        let project = TestProject()
        project.run("new", "A", "-l", "ui,bug")
        project.run("new", "B", "-l", "bug")
        #expect(project.run("__complete", "labels").stdout == "bug\nui\n")
    }

    @Test func outsideAProjectItPrintsNothingAndSucceeds() {
        let outcome = TestProject(initialized: false).run("__complete", "ids")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout == "" && outcome.stderr == "")
    }

    @Test func itIsHiddenFromTheOverview() {
        #expect(!TestProject().run("--help").stdout.contains("__complete"))
    }
}
