import Foundation
import Testing
@testable import DocketCore

/// `--json FIELDS`, as gh takes it, and JSON mode read from the parsed arguments only.
@Suite struct JSONFieldTests {
    /// The keys of each printed object in the order printed (`JSONValue(parsing:)` sorts
    /// them): pretty JSON puts each key of a top-level object (or of an object in a
    /// top-level array) on a line of its own at one indentation.
    private func keys(_ output: String, array: Bool = true) -> [[String]] {
        let indent = String(repeating: " ", count: array ? 4 : 2)
        var objects: [[String]] = []
        for line in output.split(separator: "\n") {
            if line == (array ? "  {" : "{") { objects.append([]) }
            guard line.hasPrefix(indent + "\""), !line.hasPrefix(indent + " "), let end = line.dropFirst(indent.count + 1).firstIndex(of: "\"") else { continue }
            objects[objects.count - 1].append(String(line[line.index(line.startIndex, offsetBy: indent.count + 1)..<end]))
        }
        return objects
    }

    private func project() -> TestProject {
        let project = TestProject()
        project.run("new", "Crash on start", "-l", "bug")
        return project
    }

    @Test(arguments: [["id", "title"], ["title", "id"], ["labels", "id", "state"]])
    func aFieldListPrintsThoseKeysInTheOrderGiven(_ fields: [String]) {
        #expect(keys(project().run("list", "--json", fields.joined(separator: ",")).stdout) == [fields])
    }

    @Test func anInlineFieldListIsAlwaysTakenAsOne() {
        #expect(keys(project().run("show", "1", "--json=title").stdout, array: false) == [["title"]])
    }

    @Test func plainJSONPrintsEveryField() {
        #expect(keys(project().run("show", "1", "--json").stdout, array: false) == [Issue.jsonFields + ["body", "comments", "commits"]])
    }

    @Test func theFieldListMatchesWhatAnIssuePrints() {
        let json = Issue(key: IssueKey(prefix: nil, number: 1), title: "T", state: .open, path: "p").json(includeBody: false)
        guard case .object(let members) = json else { Testing.Issue.record("not an object"); return }
        #expect(members.map(\.key) == Issue.jsonFields)
    }

    @Test func anUnknownFieldIsAUsageErrorListingTheValidOnes() {
        let outcome = project().run("list", "--json=id,nope")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("\"--json: unknown field 'nope' (expected " + Choices.alternatives(Issue.jsonFields + EverywhereIssue.jsonFields) + ")\""))
    }

    @Test func aWordAfterJSONThatIsNoFieldListStaysAQueryWord() throws {
        let project = project()
        project.run("new", "Slow search")
        let json = try JSONValue(parsing: Data(project.run("list", "--json", "crash").stdout.utf8))
        #expect(json.arrayValue?.map { $0["title"]?.stringValue } == ["Crash on start"])
    }

    @Test func searchReadyAndBlockedTakeTheirOwnFields() {
        let project = project()
        project.run("new", "Waits")
        project.run("dep", "add", "2", "-b", "1")
        for (arguments, fields) in [(["search", "crash", "--json", "snippet,id"], ["snippet", "id"]),
                                    (["blocked", "--json", "open_blockers"], ["open_blockers"]),
                                    (["ready", "--json", "key"], ["key"])] {
            #expect(keys(project.run(arguments).stdout) == [fields])
        }
    }

    @Test func aFailedIDKeepsItsErrorUnderAFieldList() {
        #expect(keys(project().run("close", "1", "9", "--json", "key,result").stdout) == [["key", "result"], ["key", "result", "error"]])
    }

    @Test func aTitleOfJSONAfterTheEndOfOptionsLeavesErrorsAsText() {
        let outcome = project().run("show", "--", "--json")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: '--json' is not an issue ID"))
    }

    @Test func jsonAfterABadOptionStillPrintsTheErrorAsJSON() throws {
        let outcome = project().run("list", "--bogus", "--json")
        #expect(outcome.exitCode == 64)
        let error = try JSONValue(parsing: Data(outcome.stderr.utf8))
        #expect(error["error"]?["code"]?.stringValue == "USAGE")
    }
}
