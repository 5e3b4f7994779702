import Foundation
import Testing
@testable import DocketCore

/// `--json` is a declared choice: every command and subcommand that declares it prints JSON
/// with it, and every other one rejects it as a usage error.
@Suite struct JSONOutputTests {
    /// Every runnable declaration, subcommands included, by the words that run it (`hooks install`).
    static let paths: [String] = CommandRegistry.all.flatMap { command in
        [command.spec.path] + command.spec.subcommands.map(\.path)
    }

    /// Arguments that make each JSON-speaking command succeed in `project()` (#1 open, #2 closed, in git).
    static let succeeding: [String: [String]] = [
        "init": [], "new": ["Third"], "list": [], "show": ["1"], "close": ["1"], "reopen": ["2"],
        "update": ["1", "-p", "high"], "comment": ["1", "-m", "Seen it."], "edit": ["1"],
        "hooks install": [], "hooks uninstall": [], "hooks status": [], "close-commits": ["HEAD"],
        "templates": [], "claim": ["1"], "unclaim": ["1"], "ready": [], "blocked": [],
        "dep add": ["1", "-b", "2"], "dep rm": ["1", "-b", "2"], "prime": [], "search": ["First"],
        "doctor": [], "reindex": [], "man": [], "completion": ["bash"],
        "import": ["github", "none.json"], "export": [], "board": [], "labels": [],
        "claims": [], "status": [], "next": [],
    ]

    /// A project in a git repository with one commit: #1 "First" (open), #2 "Second" (closed),
    /// and `none.json`, a GitHub export of no issues.
    private func project() throws -> TestProject {
        let project = TestProject()
        project.environment["PATH"] = "/usr/bin:/bin"
        project.environment["EDITOR"] = "true"
        for arguments in [["init", "-q"], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "start"]] {
            let result = try GitProcess.run("git", ["-C", project.root] + arguments, environment: project.environment, input: nil)
            #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.errorText)")
        }
        project.run("new", "First")
        project.run("new", "Second")
        project.run("close", "2")
        project.write("none.json", "[]\n")
        return project
    }

    @Test(arguments: paths)
    func aCommandThatDeclaresJSONPrintsJSON(_ path: String) throws {
        let spec = try #require(Self.declaration(path))
        guard spec.printsJSON else { return }
        let arguments = try #require(Self.succeeding[path], "no succeeding arguments for 'docket \(path) --json'")
        let outcome = try project().run(path.split(separator: " ").map(String.init) + arguments + ["--json"])
        #expect(outcome.exitCode == 0, "\(path): \(outcome.stderr)")
        #expect((try? JSONValue(parsing: Data(outcome.stdout.utf8))) != nil, "docket \(path) --json printed: \(outcome.stdout)")
    }

    @Test(arguments: paths)
    func aCommandThatDoesNotDeclareJSONRejectsIt(_ path: String) throws {
        let spec = try #require(Self.declaration(path))
        guard !spec.printsJSON else { return }
        let outcome = TestProject().run(path.split(separator: " ").map(String.init) + ["--json"])
        #expect(outcome.exitCode == 64)
        #expect(outcome.stdout == "")
    }

    @Test func theCommandsWithoutJSONAreTheServerTheHelpAndTheShellsHelpers() {
        let without = Set(Self.paths.filter { Self.declaration($0)?.printsJSON == false })
        #expect(without == ["help", "hook", "mcp", "__complete", "hooks", "dep"])
    }

    @Test func aCommandWithoutJSONDoesNotShowItInItsHelp() {
        #expect(!TestProject().run("mcp", "--help").stdout.contains("--json"))
    }

    @Test func jsonFieldsAreDeclaredOnlyWithJSON() {
        for path in Self.paths {
            guard let spec = Self.declaration(path), !spec.jsonFields.isEmpty else { continue }
            #expect(spec.printsJSON, "docket \(path) lists JSON fields but does not declare --json")
        }
    }

    @Test func reindexPrintsItsCountsAsJSON() throws {
        let json = try JSONValue(parsing: Data(try project().run("reindex", "--json").stdout.utf8))
        #expect(json["issues"] == .int(2))
        #expect(json["unreadable"] == .int(0))
    }

    @Test func aTitleOfJSONAfterTheEndOfOptionsIsATitle() {
        let project = TestProject()
        let outcome = project.run("new", "--", "--json")
        #expect(outcome.exitCode == 0)
        #expect((try? JSONValue(parsing: Data(outcome.stdout.utf8))) == nil)
        #expect(project.run("show", "1", "--json", "title").stdout.contains("\"--json\""))
    }

    private static func declaration(_ path: String) -> CommandSpec? {
        let words = path.split(separator: " ").map(String.init)
        guard let command = Docket.command(named: words[0]) else { return nil }
        return words.count == 1 ? command.spec : command.spec.subcommands.first { $0.name == words[1] }
    }
}
