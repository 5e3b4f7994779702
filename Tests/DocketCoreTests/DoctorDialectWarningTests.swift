import Foundation
import Testing
@testable import DocketCore

/// `doctor` shows what the dialect's parser reads past, each at its line.
@Suite struct DoctorDialectWarningTests {
    @Test func doctorReportsEveryIrregularityOfADialectFileAtItsLine() throws {
        let project = TestProject(initialized: false)
        project.run("init", "--style", "protocol")
        let path = ".project/issues/open/QA-004-upload-retries.md"
        project.write(path, try Fixtures.text("dialect-irregular/QA-004-upload-retries.md"))
        let outcome = project.run("doctor")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout == """
            \(path):1: the heading says QA-040 but the file name says QA-004
            \(path):5: not a `**Key**: value` field; ignored
            \(path):7: field `Status` appears again (first on line 6); the first one counts
            \(path):16: code block opened here is never closed

            """)
    }

    @Test func aRegularDialectRepositoryHasNoWarnings() throws {
        let project = try DialectRepository.project()
        #expect(project.run("doctor").stdout == "No problems found.\n")
    }

    @Test func warningsAreInTheJSONWithTheirKind() throws {
        let project = TestProject(initialized: false)
        project.run("init", "--style", "protocol")
        project.write(".project/issues/open/QA-004-upload-retries.md", try Fixtures.text("dialect-irregular/QA-004-upload-retries.md"))
        let json = try JSONValue(parsing: Data(project.run("doctor", "--json").stdout.utf8))
        guard case .array(let problems)? = json["problems"] else { Issue.record("no problems array"); return }
        #expect(problems.filter { $0["kind"] == .string("format-warning") }.count == 3)
    }
}
