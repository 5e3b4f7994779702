import Foundation
import Testing
@testable import DocketCore

/// `-l bug,docs` and `--add-label`/`--remove-label` take comma-separated labels, as `gh` does.
@Suite struct LabelOptionTests {
    @Test func commaSeparatedLabelsAreTwoLabelsInTheFileAndTheJSON() throws {
        let project = TestProject()
        let outcome = project.run("new", "T", "-l", "bug,docs", "--json")
        let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(json?["labels"] as? [String] == ["bug", "docs"])
        #expect(project.read(".project/issues/open/0001-t.md").contains("\nlabels: [bug, docs]\n"))
    }

    @Test func emptyItemsBetweenCommasAreSkipped() {
        let project = TestProject()
        project.run("new", "T", "-l", " bug,, docs ,")
        #expect(project.read(".project/issues/open/0001-t.md").contains("\nlabels: [bug, docs]\n"))
    }

    @Test(arguments: [["new", "T", "-l", ","], ["new", "T", "-l", ""], ["update", "1", "--add-label", " , "]])
    func aLabelOptionWithNoLabelIsAUsageError(arguments: [String]) {
        let project = TestProject()
        if arguments[0] == "update" { project.run("new", "T") }
        let outcome = project.run(arguments)
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.hasPrefix("docket: error: a label cannot be empty\n"))
    }

    @Test func updateAddsAndRemovesCommaSeparatedLabels() {
        let project = TestProject()
        project.run("new", "T", "-l", "a")
        project.run("update", "1", "--add-label", "b,c,d")
        #expect(project.read(".project/issues/open/0001-t.md").contains("\nlabels: [a, b, c, d]\n"))
        project.run("update", "1", "--remove-label", "a,c")
        #expect(project.read(".project/issues/open/0001-t.md").contains("\nlabels: [b, d]\n"))
    }
}
