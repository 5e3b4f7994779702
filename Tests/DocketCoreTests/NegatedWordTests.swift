import Testing
@testable import DocketCore

/// A query word starting with `-` excludes issues, as in GitHub's search syntax.
@Suite struct NegatedWordTests {
    let project = TestProject()

    init() {
        project.run("new", "Crash on save")
        project.run("new", "Slow start")
    }

    @Test(arguments: [["list", "-crash"], ["list", "-s", "all", "-crash"], ["search", "-crash", "start"]])
    func aDashWordExcludesTheIssuesThatHaveIt(_ arguments: [String]) {
        let outcome = project.run(arguments + ["--format", "{{title}}"].filter { _ in arguments[0] == "list" })
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Slow start"))
        #expect(!outcome.stdout.contains("Crash on save"))
    }

    @Test func aShortOptionStaysAnOption() {
        project.run("update", "2", "--add-label", "perf")
        #expect(project.run("list", "-lperf", "--format", "{{title}}").stdout == "Slow start\n")
    }

    @Test func aDashWordIsStillAnUnknownOptionWhereNoQueryIsTaken() {
        #expect(project.run("show", "1", "-crash").exitCode == 64)
    }
}
