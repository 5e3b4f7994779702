import Foundation
import Testing
@testable import DocketCore

/// `docket import github` and `docket export`: the gh and REST shapes, round trips,
/// idempotence, taken numbers and `--renumber`.
@Suite struct GitHubImportTests {
    @discardableResult
    private func importing(_ document: JSONValue, into project: TestProject, _ extra: String...) -> Outcome {
        project.write("issues.json", document.prettyText)
        return project.run(["import", "github", "issues.json"] + extra)
    }

    /// Every issue file's name and text.
    private func contents(_ project: TestProject) -> [String: String] {
        var files: [String: String] = [:]
        for state in ["open", "closed"] {
            for name in project.files(state) { files[state + "/" + name] = project.read(".project/issues/\(state)/\(name)") }
        }
        return files
    }

    @Test func importingThenExportingGivesTheSameGhJSONFieldForField() throws {
        let project = TestProject()
        let fixture = GitHubFixture.ghIssues(count: 60)
        let imported = importing(fixture, into: project)
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Created 60 issues, skipped 0 already imported."))
        let exported = project.run("export", "--format", "github-json")
        #expect(exported.exitCode == 0, "\(exported.stderr)")
        let items = try #require(try JSONValue(parsing: Data(exported.stdout.utf8)).arrayValue)
        let expected = try #require(fixture.arrayValue)
        #expect(items.count == expected.count)
        for (got, want) in zip(items, expected) { #expect(got == want) }
    }

    @Test func eachIssueGoesToItsStateFolderWithCommentsAsDocketCommentWritesThem() {
        let project = TestProject()
        let fixture = GitHubFixture.ghIssues(count: 60)
        importing(fixture, into: project)
        let closed = fixture.arrayValue!.filter { $0["state"] == .string("CLOSED") }.count
        #expect(project.files("closed").count == closed)
        #expect(project.files("open").count == 60 - closed)
        let withComment = fixture.arrayValue!.first { ($0["comments"]?.arrayValue?.count ?? 0) > 0 }!
        let comment = withComment["comments"]!.arrayValue![0]
        let folder = withComment["state"] == .string("CLOSED") ? "closed" : "open"
        let number = withComment["number"]!.intValue!
        let name = project.files(folder).first { $0.hasPrefix(IssueKey.pad(number, to: 4) + "-") }!
        let text = project.read(".project/issues/\(folder)/\(name)")
        #expect(text.contains("\n### Comment by \(comment["author"]!["login"]!.stringValue!) on \(comment["createdAt"]!.stringValue!)\n\n\(comment["body"]!.stringValue!)\n"))
    }

    @Test func importingTheSameFileTwiceChangesNothing() {
        let project = TestProject()
        let fixture = GitHubFixture.ghIssues(count: 20)
        importing(fixture, into: project)
        let before = contents(project)
        let again = importing(fixture, into: project)
        #expect(again.exitCode == 0)
        #expect(again.stdout.contains("Created 0 issues, skipped 20 already imported."))
        #expect(contents(project) == before)
    }

    @Test func numbersTakenByOtherIssuesAreRefusedAndListedWithNothingWritten() {
        let project = TestProject()
        project.run("new", "Mine one")
        project.run("new", "Mine two")
        let before = contents(project)
        let outcome = importing(GitHubFixture.ghIssues(count: 5), into: project)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("numbers already taken: #1, #2"))
        #expect(outcome.stderr.contains("--renumber"))
        #expect(contents(project) == before)
    }

    @Test func renumberGivesFreshIDsPrintsTheMappingAndStaysIdempotent() {
        let project = TestProject()
        project.run("new", "Mine one")
        project.run("new", "Mine two")
        let fixture = GitHubFixture.ghIssues(count: 3)
        let outcome = importing(fixture, into: project, "--renumber")
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("#1 -> #3\n#2 -> #4\n#3 -> #5\n"))
        let shown = project.run("show", "3", "--json")
        #expect(shown.stdout.contains("\"github_number\": \"1\""))
        let again = importing(fixture, into: project, "--renumber")
        #expect(again.stdout.contains("Created 0 issues, skipped 3 already imported."))
        let plain = importing(fixture, into: project)
        #expect(plain.exitCode == 0)
        #expect(plain.stdout.contains("Created 0 issues, skipped 3 already imported."))
    }

    @Test func theRESTShapeImportsAndPullRequestsAreSkippedWithANote() throws {
        let project = TestProject()
        let rest = """
            [
              {"number": 4, "title": "REST issue", "body": null, "state": "closed",
               "labels": [{"id": 1, "name": "bug", "color": "d73a4a"}], "assignees": [{"login": "ana"}, {"login": "ben"}],
               "user": {"login": "carla", "id": 9}, "comments": 2,
               "created_at": "2024-02-01T10:00:00Z", "updated_at": "2024-02-03T10:00:00Z", "closed_at": "2024-02-02T10:00:00Z"},
              {"number": 7, "title": "A pull request", "state": "open", "user": {"login": "dan"},
               "pull_request": {"url": "https://api.github.com/repos/o/r/pulls/7"}}
            ]
            """
        let outcome = project.run("import", "github", "-", stdin: rest)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Skipped 1 pull request: #7"))
        #expect(outcome.stdout.contains("Created 1 issue, skipped 0 already imported."))
        let shown = try JSONValue(parsing: Data(project.run("show", "4", "--json").stdout.utf8))
        #expect(shown["state"] == .string("closed"))
        #expect(shown["labels"] == .array([.string("bug")]))
        #expect(shown["assignee"] == .string("ana"))
        #expect(shown["author"] == .string("carla"))
        #expect(shown["created"] == .string("2024-02-01T10:00:00Z"))
        #expect(shown["closed"] == .string("2024-02-02T10:00:00Z"))
        #expect(shown["fields"]?["also_assigned"] == .string("ben"))
        #expect(project.files("open").isEmpty)
    }

    @Test(arguments: [
        ("[\n  {\"number\": 1,\n   \"title\": }\n]", "issues.json:3: invalid JSON"),
        ("{\"number\": 1}", "issues.json: expected a JSON array"),
        ("[{\"number\": 1, \"title\": \"ok\", \"state\": \"OPEN\"}, {\"number\": 2, \"state\": \"OPEN\"}]", "issues.json: item 2: #2: missing 'title'"),
        ("[{\"number\": 1, \"title\": \"ok\", \"state\": \"MERGED\"}]", "item 1: #1: 'state' must be OPEN or CLOSED"),
        ("[{\"number\": 1, \"title\": \"ok\", \"state\": \"OPEN\", \"createdAt\": \"yesterday\"}]", "'createdAt' is not a date"),
        ("[{\"number\": 1, \"title\": \"a\", \"state\": \"OPEN\"}, {\"number\": 1, \"title\": \"b\", \"state\": \"OPEN\"}]", "issue #1 appears twice"),
        ("[{\"number\": 1, \"title\": \"ok\", \"state\": \"OPEN\", \"labels\": [{\"name\": \"a,b\"}]}]", "has a comma"),
    ])
    func aBadFileIsAnErrorBeforeAnythingIsWritten(text: String, message: String) {
        let project = TestProject()
        project.write("issues.json", text)
        let outcome = project.run("import", "github", "issues.json")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(project.files("open").isEmpty && project.files("closed").isEmpty)
    }

    @Test func commentsWrittenByDocketCommentExportAsComments() throws {
        let project = TestProject()
        project.run("new", "Local issue", "-m", "The body.")
        project.run("comment", "1", "-m", "First remark.")
        let exported = try JSONValue(parsing: Data(project.run("export", "--format", "github-json").stdout.utf8))
        let issue = try #require(exported.arrayValue?.first)
        let body = try #require(issue["body"]?.stringValue)
        #expect(body.contains("The body.") && !body.contains("Comment by") && !body.contains("First remark."))
        #expect(issue["comments"] == .array([.object([
            ("author", .object([("login", .string("tester"))])), ("body", .string("First remark.")), ("createdAt", .string(Timestamp.iso(project.now))),
        ])]))
    }

    @Test func jsonLinesHoldOneIssuePerLineWithItsBody() throws {
        let project = TestProject()
        importing(GitHubFixture.ghIssues(count: 5), into: project)
        let lines = project.run("export", "--format", "jsonl").stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for (index, line) in lines.enumerated() {
            let issue = try JSONValue(parsing: Data(line.utf8))
            #expect(issue["id"] == .int(index + 1))
            #expect(issue["body"]?.stringValue != nil)
        }
    }

    @Test func exportWithoutAFormatIsAUsageErrorAndJSONMeansGitHubJSON() {
        let project = TestProject()
        importing(GitHubFixture.ghIssues(count: 3), into: project)
        #expect(project.run("export").exitCode == 64)
        #expect(project.run("export", "--json").stdout == project.run("export", "--format", "github-json").stdout)
    }

    @Test func jsonWithAnotherFormatIsAUsageError() {
        let project = TestProject()
        importing(GitHubFixture.ghIssues(count: 3), into: project)
        let outcome = project.run("export", "--format", "jsonl", "--json")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stdout.isEmpty)
    }

    @Test func theJSONSummaryNamesWhatWasCreatedAndSkipped() throws {
        let project = TestProject()
        project.run("new", "Mine")
        let fixture = GitHubFixture.ghIssues(count: 2)
        importing(fixture, into: project, "--renumber")
        project.write("more.json", JSONValue.array(fixture.arrayValue! + [.object([
            ("number", .int(9)), ("title", .string("New")), ("state", .string("OPEN")),
        ])]).prettyText)
        let summary = try JSONValue(parsing: Data(project.run("import", "github", "more.json", "--renumber", "--json").stdout.utf8))
        #expect(summary["created"] == .array([.object([("github", .int(9)), ("id", .int(4)), ("path", .string(".project/issues/open/0004-new.md"))])]))
        #expect(summary["skipped"] == .array([.int(1), .int(2)]))
        #expect(summary["pull_requests_skipped"] == .array([]))
    }
}
