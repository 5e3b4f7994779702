import Testing
@testable import DocketCore

/// A query whose only words have nothing to search for matches nothing, never everything.
@Suite struct TokenlessQueryTests {
    private static let tokenless = ["!!!", "...", "🎉", "*", "!!! 🎉"]

    private func project() -> TestProject {
        let project = TestProject()
        project.run("new", "Crash on start")
        project.run("new", "Slow search")
        return project
    }

    @Test(arguments: tokenless)
    func listWithOnlyTokenlessWordsMatchesNothing(_ query: String) {
        let outcome = project().run("list", "--format", "{{id}}", "--", query)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout == "")
    }

    @Test(arguments: tokenless)
    func searchWithOnlyTokenlessWordsMatchesNothing(_ query: String) {
        let outcome = project().run("search", "--json", "--", query)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout == "[]\n")
    }

    @Test func aTokenlessWordBesideARealOneIsIgnored() {
        #expect(project().run("list", "--format", "{{id}}", "crash", "!!!").stdout == "1\n")
    }

    @Test func anExcludedTokenlessWordExcludesNothing() {
        #expect(project().run("list", "--format", "{{id}}", "--", "-!!!").stdout == "1\n2\n")
    }

    @Test(arguments: tokenless)
    func theInMemoryMatchRejectsEveryIssue(_ text: String) throws {
        let query = try Query(parsing: text)
        #expect(!query.matches(Issue(key: IssueKey(prefix: nil, number: 1), title: "!!! 🎉 ...", state: .open, path: "p"), isOpen: { _ in true }))
    }
}
