import Foundation
import Testing

@testable import DocketCore

/// `search` shows the best 30 hits unless `-n` says otherwise, and says how many there
/// were on a terminal's stderr when it left some out; `--json` stays one array.
@Suite struct SearchLimitTests {
    /// A project with `count` open issues that all hold the word `alpha`.
    private func project(issues count: Int) -> TestProject {
        let project = TestProject()
        for id in 1...count {
            project.write(".project/issues/open/\(IssueKey.pad(id, to: 4))-i.md", "---\nid: \(id)\ntitle: Issue \(id)\n---\n\nalpha\n")
        }
        return project
    }

    private func search(_ project: TestProject, _ arguments: [String], stderrIsTerminal: Bool = false) -> Outcome {
        let now = project.now
        return Docket.run(Invocation(
            arguments: ["search"] + arguments, environment: project.environment, currentDirectory: project.root,
            stderrIsTerminal: stderrIsTerminal, now: { now }
        ))
    }

    private func lines(_ outcome: Outcome) -> Int { outcome.stdout.split(separator: "\n").count }

    @Test(arguments: [([String](), 30), (["-n", "5"], 5), (["-n", "40"], 31), (["-n", "0"], 31)])
    func howManyHitsAreShown(_ options: [String], _ shown: Int) {
        #expect(lines(search(project(issues: 31), ["alpha"] + options)) == shown)
    }

    @Test func aTerminalIsToldTheTotalWhenSomeAreLeftOut() {
        let outcome = search(project(issues: 31), ["alpha"], stderrIsTerminal: true)
        #expect(outcome.stderr == "Showing 30 of 31 matches; -n 0 shows all.\n")
    }

    @Test func nothingIsSaidWhenAllAreShown() {
        #expect(search(project(issues: 30), ["alpha"], stderrIsTerminal: true).stderr == "")
    }

    @Test func aPipeIsNotToldTheTotal() {
        #expect(search(project(issues: 31), ["alpha"]).stderr == "")
    }

    @Test func jsonIsAnArrayOfTheHitsShown() throws {
        let outcome = search(project(issues: 31), ["alpha", "--json"], stderrIsTerminal: true)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [Any])
        #expect(array.count == 30)
        #expect(outcome.stderr == "Showing 30 of 31 matches; -n 0 shows all.\n")
    }
}
