import Foundation
import Testing
@testable import DocketCore

/// Aliases, hidden commands, `help` and declared choices: behaviour generated from `CommandSpec`.
@Suite struct CommandDeclarationTests {
    @Test(arguments: [("view", "show"), ("create", "new"), ("ls", "list")])
    func anAliasRunsItsCommand(alias: String, command: String) {
        let viaAlias = TestProject(), viaName = TestProject()
        for project in [viaAlias, viaName] { project.run("new", "First") }
        let extra = command == "list" ? [] : command == "show" ? ["1"] : ["Second"]
        let (a, b) = (viaAlias.run([alias] + extra), viaName.run([command] + extra))
        #expect(a.exitCode == 0)
        #expect([a.stdout, a.stderr] == [b.stdout.replacingOccurrences(of: viaName.root, with: viaAlias.root), b.stderr])
    }

    @Test func theOverviewShowsAliasesNextToTheirCommand() {
        let overview = TestProject(initialized: false).run("--help").stdout
        #expect(overview.contains("  show, view "))
        #expect(overview.contains("  new, create "))
        #expect(overview.contains("  list, ls "))
    }

    @Test func didYouMeanOffersAnAlias() {
        #expect(TestProject().run("vie", "1").stderr.hasPrefix("docket: error: unknown command 'vie'; did you mean 'view'?\n"))
    }

    @Test func theHookCommandIsHiddenFromHelpButRuns() {
        let project = TestProject()
        #expect(!project.run("--help").stdout.contains("  hook "))
        let help = project.run("hook", "--help")
        #expect(help.exitCode == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: Run a git hook's work"))
    }

    @Test func helpIsACommandListedInTheOverview() {
        let project = TestProject()
        #expect(project.run("--help").stdout.contains("  help "))
        #expect(project.run("help").stdout == project.run("--help").stdout)
    }

    @Test(arguments: ["list", "ls"])
    func helpWithACommandPrintsThatCommandsHelp(_ topic: String) {
        let project = TestProject()
        #expect(project.run("help", topic).stdout == project.run("list", "--help").stdout)
    }

    @Test func helpWithAnUnknownCommandIsAUsageError() {
        let outcome = TestProject().run("help", "shwo")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: unknown command 'shwo'; did you mean 'show'?\n"))
    }

    @Test(arguments: [
        (["list", "--state", "foo"], "--state: unknown state 'foo' (expected open, closed or all)"),
        (["list", "-p", "urgent"], "--priority: unknown priority 'urgent' (expected critical, high, medium or low)"),
        (["new", "T", "-p", "urgent"], "--priority: unknown priority 'urgent' (expected critical, high, medium or low)"),
        (["init", "--style", "toml"], "--style: unknown style 'toml' (expected frontmatter or protocol)"),
        (["hooks", "install", "--mode", "push"], "--mode: unknown mode 'push' (expected commit or stage)"),
        (["dep", "link", "1", "-b", "2"], "unknown subcommand 'link' for 'docket dep' (expected add or rm)"),
    ])
    func aValueThatIsNoChoiceIsAUsageErrorNamingTheOption(arguments: [String], message: String) {
        let outcome = TestProject().run(arguments)
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: \(message)\n"))
    }

    @Test func choicesAreListedInTheHelpLine() {
        let help = TestProject().run("list", "--help").stdout
        #expect(help.contains("Which issues; open by default. One of: open, closed, all."))
        #expect(help.contains("One of: " + Query.Sort.allCases.map(\.rawValue).joined(separator: ", ") + "."))
    }

    @Test func aChoiceIsMatchedWithoutRegardToCase() {
        let project = TestProject()
        project.run("new", "Gone")
        project.run("close", "1")
        #expect(project.run("list", "--state", "CLOSED", "--format", "{{id}}").stdout == "1\n")
    }

    @Test(arguments: Query.Sort.allCases)
    func sortTakesEverySortNameOfTheQuery(_ sort: Query.Sort) {
        let project = TestProject()
        project.run("new", "A")
        #expect(project.run("list", "--sort", sort.rawValue).exitCode == 0)
    }

    @Test func sortOrdersAsTheQuerysSortDoes() {
        let project = TestProject()
        project.run("new", "Low", "-p", "low")
        project.run("new", "High", "-p", "high")
        let byOption = project.run("list", "--sort", "priority", "--format", "{{id}}").stdout
        #expect(byOption == "2\n1\n")
        #expect(byOption == project.run("list", "sort:priority", "--format", "{{id}}").stdout)
    }
}
