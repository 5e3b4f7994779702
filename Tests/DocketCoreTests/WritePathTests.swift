import Foundation
import Testing
@testable import DocketCore

/// Every write path keeps what the user gave and says exactly what it did.
@Suite struct WritePathTests {
    let project = TestProject()

    private func bytes(_ relative: String) -> [UInt8] {
        (try? FileSystem.readBytes(project.path(relative))) ?? []
    }

    private func writeBytes(_ relative: String, _ bytes: [UInt8]) {
        _ = FileManager.default.createFile(atPath: project.path(relative), contents: Data(bytes))
    }

    @Test func closingSeveralIDsDoesWhatItCanAndExitsOneWhenAnyFailed() {
        project.run("new", "One")
        let outcome = project.run("close", "1", "99")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout == "Closed #1 .project/issues/closed/0001-one.md\n")
        #expect(outcome.stderr == "docket: no issue #99\n")
        #expect(project.files("closed") == ["0001-one.md"])
    }

    @Test func closingSeveralIDsAsJSONReportsEachInTheOrderGiven() throws {
        project.run("new", "One")
        project.run("new", "Two")
        project.run("close", "2")
        let outcome = project.run("close", "99", "1", "2", "--json")
        #expect(outcome.exitCode == 1)
        let results = try #require(JSONValue(parsing: Data(outcome.stdout.utf8)).arrayValue)
        #expect(results.map { $0["result"]?.stringValue } == ["failed", "closed", "unchanged"])
        #expect(results[0]["key"] == .string("99"))
        #expect(results[0]["error"]?["code"] == .string("NOT_FOUND"))
        #expect(results[1]["state"] == .string("closed"))
    }

    @Test func closingAgainFinishesACloseThatWasCutShortAfterTheMove() throws {
        project.run("new", "One")
        // What a kill between the rename and the rewrite leaves.
        try FileSystem.move(project.path(".project/issues/open/0001-one.md"), to: project.path(".project/issues/closed/0001-one.md"))
        #expect(project.run("show", "1", "--format", "{{state}}").stdout == "closed\n")
        let outcome = project.run("close", "1", "-r", "done")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("finished an earlier close that was cut short"))
        let text = project.read(".project/issues/closed/0001-one.md")
        #expect(text.contains("status: closed\n"))
        #expect(text.contains("closed_reason: done\n"))
    }

    @Test func reopeningAgainFinishesAReopenThatWasCutShortAfterTheMove() throws {
        project.run("new", "One")
        project.run("close", "1", "-r", "done")
        try FileSystem.move(project.path(".project/issues/closed/0001-one.md"), to: project.path(".project/issues/open/0001-one.md"))
        #expect(project.run("reopen", "1").exitCode == 0)
        let text = project.read(".project/issues/open/0001-one.md")
        #expect(text.contains("status: open\n"))
        #expect(!text.contains("closed_reason"))
    }

    @Test func everyPathThatClosesAnIssueReleasesItsClaim() throws {
        for finish in [["close", "1"], ["doctor", "--fix"]] {
            let project = TestProject()
            project.run("new", "One")
            project.run("claim", "1")
            #expect(FileSystem.exists(project.path(".project/.docket/claims/1")))
            try FileSystem.move(project.path(".project/issues/open/0001-one.md"), to: project.path(".project/issues/closed/0001-one.md"))
            #expect(project.run(finish).exitCode == 0, "\(finish)")
            #expect(!FileSystem.exists(project.path(".project/.docket/claims/1")), "\(finish)")
        }
    }

    @Test func aCloseNeverReplacesAFileOfTheSameNameInClosed() {
        project.run("new", "One")
        project.write(".project/issues/closed/0001-one.md", "someone else's bytes\n")
        let outcome = project.run("close", "1")
        #expect(outcome.exitCode == 1)
        #expect(project.read(".project/issues/closed/0001-one.md") == "someone else's bytes\n")
        #expect(project.files("open") == ["0001-one.md"])
    }

    @Test func writesLeaveNoTemporaryFileBehind() throws {
        project.run("new", "One")
        project.run("update", "1", "--add-label", "x")
        project.run("comment", "1", "-m", "hi")
        project.run("close", "1")
        for folder in [".project/issues/open", ".project/issues/closed", ".project/.docket/tmp"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: project.path(folder))
            #expect(!names.contains { $0.hasPrefix(".docket-") }, "\(folder): \(names)")
        }
    }

    @Test func aTemplateThatIsAFIFOIsRefusedInsteadOfHanging() {
        unlink(project.path(".project/issues/ISSUE_TEMPLATE.md"))
        #expect(mkfifo(project.path(".project/issues/ISSUE_TEMPLATE.md"), 0o644) == 0)
        let outcome = project.run("new", "One")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("not a regular file (a FIFO)"))
        #expect(project.files("open").isEmpty)
    }

    @Test func aCounterThatIsAFIFOIsRefusedInsteadOfHanging() throws {
        try FileSystem.makeDirectories(project.path(".project/.docket"))
        #expect(mkfifo(project.path(".project/.docket/last-id"), 0o644) == 0)
        let outcome = project.run("new", "One")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("not a regular file (a FIFO)"))
        #expect(project.files("open").isEmpty)
    }

    @Test func aClaimThatIsAFIFOIsRefusedInsteadOfHanging() throws {
        project.run("new", "One")
        try FileSystem.makeDirectories(project.path(".project/.docket/claims"))
        #expect(mkfifo(project.path(".project/.docket/claims/1"), 0o644) == 0)
        let outcome = project.run("claim", "1")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("not a regular file (a FIFO)"))
    }

    @Test func editsKeepInvalidBytesABOMAndCRLFOutsideTheLinesTheyChange() {
        let before: [UInt8] = Array("\u{FEFF}---\r\nid: 1\r\ntitle: One\r\nstatus: open\r\nlabels: []\r\nnote: caf".utf8) + [0xE9]
            + Array("\r\n---\r\nbody ".utf8) + [0xFF, 0xFE] + Array(" end".utf8)
        writeBytes(".project/issues/open/0001-one.md", before)
        #expect(project.run("update", "1", "--add-label", "x").exitCode == 0)
        let expected = Array("\u{FEFF}---\r\nid: 1\r\ntitle: One\r\nstatus: open\r\nlabels: [x]\r\nnote: caf".utf8) + [0xE9]
            + Array("\r\nupdated: 2026-11-18T11:06:40Z\r\n---\r\nbody ".utf8) + [0xFF, 0xFE] + Array(" end".utf8)
        #expect(bytes(".project/issues/open/0001-one.md") == expected)
    }

    @Test func aCommentOnACRLFFileIsWrittenWithCRLF() {
        project.write(".project/issues/open/0001-one.md", "---\r\nid: 1\r\ntitle: One\r\n---\r\nBody\r\n")
        #expect(project.run("comment", "1", "-m", "first line\nsecond line").exitCode == 0)
        let text = project.read(".project/issues/open/0001-one.md")
        #expect(text.hasSuffix("Body\r\n\r\n### Comment by tester on 2026-11-18T11:06:40Z\r\n\r\nfirst line\r\nsecond line\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func aCommentOnAFileWithoutAFinalNewlineStartsOnALineOfItsOwn() {
        project.write(".project/issues/open/0001-one.md", "---\nid: 1\ntitle: One\n---\nBody")
        project.run("comment", "1", "-m", "hi")
        #expect(project.read(".project/issues/open/0001-one.md").hasPrefix("---\nid: 1\ntitle: One\nupdated: 2026-11-18T11:06:40Z\n---\nBody\n\n### Comment by tester"))
    }

    @Test func anUpdateThatTheFileDoesNotShowIsAnError() {
        let issue = Issue(key: IssueKey(number: 1), title: "One", state: .open, labels: ["bug"], path: ".project/issues/open/0001-one.md")
        #expect(throws: DocketError.failure("\(issue.path) was written but it lacks the label(s) x")) {
            try UpdateCommand.confirm(issue, title: nil, added: ["x"], removed: [])
        }
        #expect(throws: Never.self) { try UpdateCommand.confirm(issue, title: "One", added: ["BUG"], removed: ["docs"]) }
    }
}

/// Labels in the ISSUE-NNN dialect: the `Type` is one label, a `Labels` line holds the rest.
@Suite struct DialectLabelTests {
    let project = TestProject()
    let path = ".project/issues/open/SEC-002-token-in-logs.md"

    init() throws {
        project.write(path, try Fixtures.text("protocol/issues/SEC-002-token-in-logs.md"))
    }

    private func labels() throws -> [String] {
        let json = try JSONValue(parsing: Data(project.run("show", "SEC-002", "--json").stdout.utf8))
        return json["labels"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    @Test func addingALabelKeepsTheTypeAndAddsALabelsLine() throws {
        #expect(project.run("update", "SEC-002", "--add-label", "needs-triage").exitCode == 0)
        #expect(try labels() == ["security", "needs-triage"])
        let text = project.read(path)
        #expect(text.contains("**Type:** Security\n"))
        #expect(text.contains("**Labels:** needs-triage\n"))
    }

    @Test func addingTwoLabelsAddsBoth() throws {
        project.run("update", "SEC-002", "--add-label", "x", "--add-label", "y")
        #expect(try labels() == ["security", "x", "y"])
    }

    @Test func removingALabelRemovesOnlyThatValue() throws {
        project.run("update", "SEC-002", "--add-label", "x", "--add-label", "y")
        project.run("update", "SEC-002", "--remove-label", "x")
        #expect(try labels() == ["security", "y"])
        #expect(project.read(path).contains("**Type:** Security\n"))
    }

    @Test func removingTheTypeLabelRemovesTheTypeLineOnly() throws {
        project.run("update", "SEC-002", "--add-label", "x")
        project.run("update", "SEC-002", "--remove-label", "security")
        #expect(try labels() == ["x"])
        #expect(!project.read(path).contains("**Type:**"))
        #expect(project.read(path).contains("**Severity:** CRITICAL\n"))
    }
}
