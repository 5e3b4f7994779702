import Foundation
import Testing
@testable import DocketCore

/// Command groups (`hooks`, `dep`) and their subcommands, each a declaration of its own:
/// parsing, help, did-you-mean, usage errors and the man page come from them (completions: the
/// end-to-end `CompletionScriptTests`).
@Suite struct SubcommandTests {
    @Test func aGroupsHelpListsItsSubcommands() {
        let help = TestProject(initialized: false).run("hooks", "--help")
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("USAGE: docket hooks <install|uninstall|status>\n"))
        #expect(help.stdout.contains("SUBCOMMANDS:\n  install    Install the hooks"))
        #expect(help.stdout.contains("  status     Show whether each hook is installed"))
    }

    @Test(arguments: [["hooks", "install", "--help"], ["help", "hooks", "install"]])
    func aSubcommandHasItsOwnHelp(_ arguments: [String]) {
        let help = TestProject(initialized: false).run(arguments)
        #expect(help.exitCode == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: Install the hooks"))
        #expect(help.stdout.contains("USAGE: docket hooks install [--mode MODE] [--strict] [--force] [--json]\n"))
        #expect(!help.stdout.contains("ARGUMENTS:"))
    }

    @Test(arguments: [
        (["hooks", "instal"], "unknown subcommand 'instal' for 'docket hooks'; did you mean 'install'?", "docket hooks <install|uninstall|status>"),
        (["dep", "ad", "1", "-b", "2"], "unknown subcommand 'ad' for 'docket dep'; did you mean 'add'?", "docket dep <add|rm>"),
        (["dep"], "missing subcommand (expected add or rm)", "docket dep <add|rm>"),
        (["hooks", "--force", "install"], "'--force' comes after the subcommand (expected install, uninstall or status)", "docket hooks <install|uninstall|status>"),
        (["hooks", "status", "--force"], "unknown option '--force'; to give a value that starts with '-', put it after '--'", "docket hooks status [--json]"),
        (["dep", "add", "-b", "2"], "missing ID", "docket dep add ID [-b OTHER]... [--json [FIELDS]]"),
    ])
    func aBadSubcommandLineIsAUsageErrorWithItsUsage(arguments: [String], message: String, usage: String) {
        let outcome = TestProject().run(arguments)
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: \(message)\nUsage: \(usage)\n"), "\(outcome.stderr)")
    }

    @Test func aSubcommandsUsageErrorPointsAtItsOwnHelp() {
        #expect(TestProject().run("dep", "rm", "1").stderr.hasSuffix("See 'docket dep rm --help'.\n"))
    }

    @Test func helpForASubcommandAGroupLacksIsAUsageError() {
        let outcome = TestProject().run("help", "dep", "link")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: unknown subcommand 'link' for 'docket dep' (expected add or rm)\n"))
        #expect(TestProject().run("help", "list", "all").exitCode == 64)
    }

    @Test func depAddAndRmKeepTheirBehaviour() {
        let project = TestProject()
        project.run("new", "A")
        project.run("new", "B")
        #expect(project.run("dep", "add", "2", "-b", "1").stdout == "#2 is blocked by #1\n")
        #expect(project.run("dep", "rm", "2", "-b", "1").stdout == "#2 is blocked by nothing\n")
    }

    @Test func theManPageHasASectionPerSubcommand() {
        let page = TestProject(initialized: false).run("man").stdout
        for section in [".SS hooks\n", ".SS hooks install\n", ".SS hooks uninstall\n", ".SS hooks status\n", ".SS dep add\n", ".SS dep rm\n"] {
            #expect(page.contains(section), "no \(section)")
        }
        #expect(page.contains("\\fBdocket hooks install [\\-\\-mode MODE]"))
    }
}
