import Foundation
import Testing
@testable import DocketCore

/// `docket labels`: open and closed counts per label, most open first, then by name.
@Suite struct LabelsCommandTests {
    private func seeded() -> TestProject {
        let project = TestProject()
        project.run("new", "One", "-l", "bug,docs")
        project.run("new", "Two", "-l", "bug")
        project.run("new", "Three", "-l", "docs,ui")
        project.run("new", "Four", "-l", "ui,zeta")
        project.run("close", "3")
        project.run("close", "4")
        return project
    }

    @Test func labelsAreListedWithTheirCountsByOpenCountThenName() {
        let outcome = seeded().run("labels")
        #expect(outcome.stdout == "bug\t2 open\t0 closed\ndocs\t1 open\t1 closed\nui\t0 open\t2 closed\nzeta\t0 open\t1 closed\n")
    }

    @Test func jsonGivesEachLabelsNameAndCounts() throws {
        let json = try JSONValue(parsing: Data(seeded().run("labels", "--json").stdout.utf8))
        #expect(json.arrayValue?.first == .object([("name", .string("bug")), ("open", .int(2)), ("closed", .int(0))]))
        #expect(json.arrayValue?.count == 4)
    }

    @Test func aProjectWithoutLabelsSaysSo() {
        let project = TestProject()
        project.run("new", "Unlabelled")
        #expect(project.run("labels").stdout == "No labels.\n")
    }
}
