import Foundation
import Testing
@testable import DocketCore

/// The pager for `show` and for a `list` longer than the screen: chosen as git chooses its
/// own, run with `sh -c`, never in a pipe nor with `--no-pager`.
@Suite struct PagerTests {
    @Test(arguments: [
        ([:], true, false, "less -FRX"),
        (["PAGER": "more"], true, false, "more"),
        (["DOCKET_PAGER": "most -s", "PAGER": "more"], true, false, "most -s"),
        (["DOCKET_PAGER": "", "PAGER": "more"], true, false, nil),
        (["PAGER": " "], true, false, nil),
        (["PAGER": "cat"], true, false, nil),
        ([:], false, false, nil),
        ([:], true, true, nil),
    ] as [([String: String], Bool, Bool, String?)])
    func thePagerIsChosenAsGitChoosesIt(environment: [String: String], terminal: Bool, disabled: Bool, pager: String?) {
        #expect(Pager.command(environment: environment, stdoutIsTerminal: terminal, disabled: disabled) == pager)
    }

    /// A project with issue #1 and a pager that writes what it is given to `paged.txt`.
    private func project() -> (TestProject, [String: String]) {
        let project = TestProject()
        project.run("new", "Crash", "-m", "It crashes.")
        return (project, ["DOCKET_PAGER": "cat > " + Hooks.quoted(project.path("paged.txt")), "PATH": "/usr/bin:/bin"])
    }

    @Test func showOnATerminalGoesThroughThePager() {
        let (project, environment) = project()
        let outcome = TerminalTableTests.onTerminal(project, ["show", "1"], environment: environment)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout == "")
        #expect(project.read("paged.txt") == project.run("show", "1").stdout)
        #expect(project.read("paged.txt").hasPrefix("#1  Crash\n"))
    }

    @Test(arguments: [["show", "1", "--no-pager"], ["show", "1", "--json"]])
    func noPagerPrintsStraightToTheTerminal(_ arguments: [String]) {
        let (project, environment) = project()
        let outcome = TerminalTableTests.onTerminal(project, arguments, environment: environment)
        #expect(outcome.stdout.contains("Crash"))
        #expect(!FileManager.default.fileExists(atPath: project.path("paged.txt")))
    }

    @Test func neverAPagerInAPipe() {
        let (project, environment) = project()
        project.environment.merge(environment) { $1 }
        #expect(project.run("show", "1").stdout.hasPrefix("#1  Crash\n"))
        #expect(!FileManager.default.fileExists(atPath: project.path("paged.txt")))
    }

    @Test(arguments: [(3, true), (24, false)])
    func aListIsPagedOnlyWhenLongerThanTheScreen(height: Int, paged: Bool) {
        let (project, environment) = project()
        project.run("new", "Slow")
        project.run("new", "Ugly")
        let outcome = TerminalTableTests.onTerminal(project, ["list"], height: height, environment: environment)
        #expect(FileManager.default.fileExists(atPath: project.path("paged.txt")) == paged)
        #expect((paged ? project.read("paged.txt") : outcome.stdout).hasPrefix("ID  "))
    }
}
