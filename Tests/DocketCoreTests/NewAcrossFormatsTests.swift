import Foundation
import Testing
@testable import DocketCore

/// `new` in a project of each format: the command is one path, and rendering a new issue,
/// reading a draft and renumbering it are the format's (`IssueFileFormat`), so every
/// behaviour here is the same in both.
@Suite struct NewAcrossFormatsTests {
    /// A project with one key prefix in the dialect (so `new` needs no `--prefix`), and the
    /// front matter project with the same issues.
    private func project(_ kind: IssueFormatKind) throws -> TestProject {
        kind == .dialect ? try DialectRepository.project(onlyPrefix: "AUTH") : try kind.project()
    }

    /// The one open issue file that comes first by name.
    private func firstOpenFile(_ project: TestProject) -> String {
        ".project/issues/open/" + project.files("open").sorted()[0]
    }

    private func issue(_ project: TestProject, _ id: String) throws -> [String: JSONValue] {
        let outcome = project.run("show", id, "--json")
        guard case .object(let fields) = try JSONValue(parsing: Data(outcome.stdout.utf8)) else {
            Issue.record("show \(id) printed \(outcome.stdout) \(outcome.stderr)")
            return [:]
        }
        return Dictionary(fields, uniquingKeysWith: { first, _ in first })
    }

    private func newID(_ outcome: Outcome) -> String {
        outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: IssueFormatKind.allCases)
    func aNewIssueReadsBackWithWhatTheCommandLineGave(_ kind: IssueFormatKind) throws {
        let project = try project(kind)
        let outcome = project.run("new", "Session cookie lacks SameSite", "-l", "needs-triage", "-p", "high", "-a", "sam", "-q")
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let issue = try issue(project, newID(outcome))
        #expect(issue["title"] == .string("Session cookie lacks SameSite"))
        #expect(issue["priority"] == .string("high"))
        #expect(issue["assignee"] == .string("sam"))
        #expect(issue["labels"]?.arrayValue?.contains(.string("needs-triage")) == true)
        #expect(issue["state"] == .string("open"))
    }

    @Test(arguments: IssueFormatKind.allCases)
    func aNewIssueIsWrittenInTheProjectsFormat(_ kind: IssueFormatKind) throws {
        let project = try project(kind)
        let id = newID(project.run("new", "Session cookie lacks SameSite", "-q"))
        let name = try #require(project.files("open").first { $0.contains("session-cookie") })
        let text = project.read(".project/issues/open/" + name)
        #expect(IssueFormat.format(of: text).name == (kind == .dialect ? "ISSUE-NNN" : "front matter"))
        #expect(id.hasPrefix("AUTH-") == (kind == .dialect))
    }

    @Test(arguments: IssueFormatKind.allCases)
    func aWholeIssueGivenWithDashFIsFiledUnderAFreshKeyWithTheCommandLinesChanges(_ kind: IssueFormatKind) throws {
        let project = try project(kind)
        let draft = project.read(firstOpenFile(project))
        project.write("draft.md", draft)
        let outcome = project.run("new", "-F", "draft.md", "Reset links expire after an hour", "-p", "low", "-l", "follow-up", "-q")
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let id = newID(outcome)
        let filed = try issue(project, id)
        #expect(filed["title"] == .string("Reset links expire after an hour"))
        #expect(filed["priority"] == .string("low"))
        #expect(filed["labels"]?.arrayValue?.contains(.string("follow-up")) == true)
        #expect(filed["created"]?.stringValue?.hasPrefix("2026-11-18") == true)
        // The draft's body is filed as written.
        let original = try issue(project, kind == .dialect ? "AUTH-002" : "1")
        let firstLine = try #require(original["body"]?.stringValue?.split(separator: "\n").max { $0.count < $1.count })
        #expect(filed["body"]?.stringValue?.contains(firstLine) == true)
    }

    @Test(arguments: IssueFormatKind.allCases)
    func theEditedTemplateIsFiledWithWhatTheEditorAdded(_ kind: IssueFormatKind) throws {
        let project = try project(kind)
        project.useEditor(#"printf '\nSeen on staging only.\n' >> "$1""#)
        let outcome = project.runStartingTheEditor(["new", "Token reuse after logout", "-e", "-q"])
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let filed = try issue(project, newID(outcome))
        #expect(filed["title"] == .string("Token reuse after logout"))
        #expect(filed["body"]?.stringValue?.contains("Seen on staging only.") == true)
    }

    @Test(arguments: IssueFormatKind.allCases)
    func anEditedDraftThatIsNoLongerAnIssueIsKeptWithTheCommandThatFilesIt(_ kind: IssueFormatKind) throws {
        let project = try project(kind)
        // Deleting the first line takes away the front matter's fence or the dialect's heading.
        project.useEditor(#"sed -i '1d' "$1""#)
        let before = project.files("open")
        let outcome = project.runStartingTheEditor(["new", "Token reuse after logout", "-e"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("your text is kept in .project/.docket/new-issue-"))
        #expect(outcome.stderr.contains("docket new -F .project/.docket/new-issue-"))
        #expect(project.files("open") == before)
    }

    @Test(arguments: IssueFormatKind.allCases)
    func aClosedIssueGivenAsADraftIsFiledOpenAndUnclaimed(_ kind: IssueFormatKind) throws {
        let project = try project(kind)
        let id = kind == .dialect ? "AUTH-002" : "1"
        project.run("claim", id)
        project.run("close", id, "-r", "done")
        let closed = ".project/issues/closed/" + project.files("closed").sorted().first { $0.hasPrefix(kind == .dialect ? "AUTH-002" : "0001") }!
        project.write("draft.md", project.read(closed))
        let filed = try issue(project, newID(project.run("new", "-F", "draft.md", "-q")))
        #expect(filed["state"] == .string("open"))
        #expect((filed["closed"] ?? .null) == .null)
        #expect((filed["claimed"] ?? .null) == .null)
    }
}
