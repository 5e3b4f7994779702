import Foundation
import Testing

@testable import DocketCore

/// `doctor --fix` finishes a close or reopen that was interrupted between its `rename` and
/// its rewrite, and leaves a key held in both folders to be resolved by hand.
@Suite struct DoctorSettleTests {
    private let open = ".project/issues/open/"
    private let closed = ".project/issues/closed/"

    /// Sets a file's mtime, which a close without a `closed:` date records.
    private func setModified(_ path: String, _ date: Date) {
        let time = timespec(tv_sec: Int(date.timeIntervalSince1970), tv_nsec: 0)
        var times = [time, time]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func plainDoctorReportsAHalfFinishedCloseWithAHint() {
        let project = TestProject()
        project.write(closed + "0001-a.md", "---\nid: 1\ntitle: A\nstatus: open\n---\n")
        let outcome = project.run("doctor")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout.contains(closed + "0001-a.md:4: status 'open' but the file is in closed/ (a close that did not finish?); 'docket doctor --fix' settles it\n"))
    }

    @Test func fixWritesTheCloseOfAFileInClosedAtItsMtime() {
        let project = TestProject()
        project.write(closed + "0001-a.md", "---\nid: 1\ntitle: A\nstatus: open\nclosed_reason: duplicate\n---\n\nBody.\n")
        setModified(project.path(closed + "0001-a.md"), Date(timeIntervalSince1970: 1_790_000_000))
        let outcome = project.run("doctor", "--fix")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("wrote the close of \(closed)0001-a.md"))
        #expect(project.read(closed + "0001-a.md") == """
            ---
            id: 1
            title: A
            status: closed
            closed_reason: duplicate
            closed: 2026-09-21T14:13:20Z
            updated: 2026-09-21T14:13:20Z
            ---

            Body.

            """)
    }

    @Test func fixWritesTheReopenOfAFileInOpen() {
        let project = TestProject()
        project.write(open + "0002-b.md", "---\nid: 2\ntitle: B\nstatus: closed\nclosed: 2026-01-02T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\nclosed_reason: done\n---\n")
        let outcome = project.run("doctor", "--fix")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("wrote the reopen of \(open)0002-b.md"))
        #expect(project.read(open + "0002-b.md") == "---\nid: 2\ntitle: B\nstatus: open\nupdated: 2026-11-18T11:06:40Z\n---\n")
    }

    @Test func fixWritesTheCloseOfADialectFileInClosed() {
        let project = TestProject()
        project.write(closed + "SEC-001-a.md", "# SEC-001: A\n\n**Status**: Open\n\n---\n\nText.\n")
        #expect(project.run("doctor", "--fix").exitCode == 0)
        #expect(project.run("doctor").exitCode == 0)
        #expect(!project.read(closed + "SEC-001-a.md").contains("**Status**: Open"))
    }

    @Test func aKeyInBothFoldersIsAConflictLeftAlone() {
        let project = TestProject()
        project.write(open + "0003-c.md", "---\nid: 3\ntitle: C\n---\n\nOpen copy.\n")
        project.write(closed + "0003-c.md", "---\nid: 3\ntitle: C\nstatus: closed\n---\n\nClosed copy.\n")
        let outcome = project.run("doctor", "--fix")
        #expect(outcome.exitCode == 1)
        #expect(project.files("open") == ["0003-c.md"] && project.files("closed") == ["0003-c.md"])
        #expect(project.read(open + "0003-c.md").hasSuffix("Open copy.\n"))
        #expect(outcome.stdout.contains("it is in both open/ and closed/: resolve by hand, keeping one"))
    }

    @Test func byteIdenticalCopiesInBothFoldersKeepTheClosedOne() {
        let project = TestProject()
        let text = "---\nid: 4\ntitle: D\nstatus: closed\nclosed: 2026-01-02T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\n---\n"
        project.write(open + "0004-d.md", text)
        project.write(closed + "0004-d.md", text)
        let outcome = project.run("doctor", "--fix")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("removed \(open)0004-d.md: a byte-identical copy of \(closed)0004-d.md\n"))
        #expect(project.files("open") == [] && project.files("closed") == ["0004-d.md"])
        #expect(project.read(closed + "0004-d.md") == text)
    }
}
