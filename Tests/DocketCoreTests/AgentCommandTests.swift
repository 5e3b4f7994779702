import Foundation
import Testing
@testable import DocketCore

@Suite struct AgentCommandTests {
    private func ids(_ outcome: Outcome) -> [String] {
        outcome.stdout.split(separator: "\n").map(String.init)
    }

    @Test func depAddRefusesACycleAndSpellsItOut() {
        let project = TestProject()
        for title in ["A", "B", "C"] { project.run("new", title) }
        #expect(project.run("dep", "add", "1", "--blocked-by", "2").exitCode == 0)
        #expect(project.run("dep", "add", "2", "--blocked-by", "3").exitCode == 0)
        let outcome = project.run("dep", "add", "3", "--blocked-by", "1")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "docket: #3 blocked by #1 would make a cycle: #3 -> #1 -> #2 -> #3\n")
        #expect(!project.read(".project/issues/open/0003-c.md").contains("blocked_by"))
    }

    @Test func depAddRefusesAMissingIssue() {
        let project = TestProject()
        project.run("new", "A")
        project.run("list")
        #expect(project.run("dep", "add", "1", "-b", "9").stderr == "docket: no issue #9\n")
    }

    @Test func readyListsUnblockedUnassignedByPriorityThenAge() {
        let project = TestProject()
        project.run("new", "Low", "-p", "low")
        project.run("new", "High", "-p", "high")
        project.run("new", "Blocked", "-p", "critical")
        project.run("new", "Taken", "-p", "critical", "-a", "bob")
        project.run("dep", "add", "3", "-b", "2")
        #expect(ids(project.run("ready", "--format", "{{id}}")) == ["2", "1"])
        project.run("close", "2")
        #expect(ids(project.run("ready", "--format", "{{id}}")) == ["3", "1"])
    }

    @Test func blockedShowsWhatBlocksEachIssue() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        project.run("dep", "add", "2", "-b", "1")
        #expect(project.run("blocked").stdout == "#2\tB\tblocked by #1\n")
        #expect(project.run("list", "is:blocked", "--format", "{{id}}").stdout == "2\n")
        #expect(project.run("list", "blocked-by:1", "--format", "{{id}}").stdout == "2\n")
    }

    @Test func claimIsACompareAndSwap() {
        let project = TestProject()
        project.run("new", "A")
        #expect(project.run("claim", "1", "--as", "alice").exitCode == 0)
        #expect(project.run("claim", "1", "--as", "alice").exitCode == 0)
        let second = project.run("claim", "1", "--as", "bob")
        #expect(second.exitCode == 1)
        #expect(second.stderr == "docket: #1 is claimed by alice since 2026-11-18T11:06:40Z\n")
        #expect(project.read(".project/issues/open/0001-a.md").contains("assignee: alice\n"))
    }

    @Test func onlyTheHolderUnclaimsWithoutForce() {
        let project = TestProject()
        project.run("new", "A")
        project.run("claim", "1", "--as", "alice")
        #expect(project.run("unclaim", "1", "--as", "bob").exitCode == 1)
        #expect(project.run("unclaim", "1", "--as", "bob", "--force").exitCode == 0)
        #expect(project.run("claim", "1", "--as", "bob").exitCode == 0)
    }

    @Test func closingReleasesTheClaim() {
        let project = TestProject()
        project.run("new", "A")
        project.run("claim", "1", "--as", "alice")
        project.run("close", "1")
        project.run("reopen", "1")
        project.run("update", "1", "-a", "")
        #expect(project.run("claim", "1", "--as", "bob").exitCode == 0)
    }

    @Test func primeIsShortAndMentionsOnlyRealCommandsAndOptions() {
        let guide = PrimeCommand.guide
        #expect(guide.count < 4000)
        let commands = Dictionary(uniqueKeysWithValues: CommandRegistry.all.map { ($0.spec.name, $0.spec) })
        var checked = 0
        for line in guide.split(separator: "\n") {
            guard let range = line.range(of: "docket ") else { continue }
            let words = line[range.upperBound...].split(separator: " ").map(String.init)
            guard let name = words.first, let command = commands[name] else {
                Issue.record("unknown command in: \(line)")
                continue
            }
            let spec = command.subcommands.first { words.dropFirst().first == $0.name } ?? command
            for word in words.dropFirst().prefix(while: { $0 != "#" }) where word.hasPrefix("-") {
                let known = spec.options.contains { "--" + $0.long == word || $0.short.map { "-\($0)" } == word }
                #expect(known, "'\(word)' is not an option of docket \(name)")
            }
            checked += 1
        }
        #expect(checked >= 10)
    }
}
