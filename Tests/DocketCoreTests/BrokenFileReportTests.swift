import Foundation
import Testing

@testable import DocketCore

/// Reads name the files they could not read, `path:line: message`, in one warning block.
@Suite struct BrokenFileReportTests {
    /// A project with `count` files whose front matter is not closed (line 1).
    private func project(broken count: Int) -> TestProject {
        let project = TestProject()
        project.run("new", "Good")
        for number in 2..<(2 + count) {
            project.write(".project/issues/open/000\(number)-bad.md", "---\nid: \(number)\n")
        }
        project.run("reindex")
        return project
    }

    private func headline(_ number: Int) -> String {
        ".project/issues/open/000\(number)-bad.md:1: front matter is not closed by a '---' line"
    }

    @Test func oneUnreadableFileIsNamedWithItsLine() {
        let outcome = project(broken: 1).run("list", "--format", "{{id}}")
        #expect(outcome.stdout == "1\n")
        #expect(outcome.stderr == headline(2) + "\n1 issue file could not be read; run 'docket doctor'\n")
    }

    @Test func theFirstThreeAreNamedAndTheRestCounted() {
        let outcome = project(broken: 5).run("list", "--format", "{{id}}")
        let expected = [headline(2), headline(3), headline(4), "and 2 more; run 'docket doctor'"]
        #expect(outcome.stderr == expected.joined(separator: "\n") + "\n")
    }

    @Test func searchNamesThemToo() {
        let outcome = project(broken: 1).run("search", "good")
        #expect(outcome.stderr == headline(2) + "\n1 issue file could not be read; run 'docket doctor'\n")
    }

    @Test func withoutTheIndexTheFilesAreNamedTheSameWay() throws {
        let project = project(broken: 4)
        try FileManager.default.removeItem(atPath: project.path(".project/.docket"))
        project.write(".project/.docket", "not a directory")
        let outcome = project.run("list", "--format", "{{id}}")
        #expect(outcome.stdout == "1\n")
        let expected = [headline(2), headline(3), headline(4), "and 1 more; run 'docket doctor'"]
        #expect(outcome.stderr == expected.joined(separator: "\n") + "\n")
    }
}
