import DocketCore
import Foundation
import Testing

/// Real failures in the middle of a close or reopen: each says what state it left, and
/// leaves nothing that running the command again cannot finish.
@Suite struct FaultTests {
    /// A limit on file size below any issue file's: the move (no bytes written) succeeds and
    /// the rewrite that follows fails with EFBIG, as on a full disk.
    static let fileSizeLimit = 64

    /// A close or reopen, and the folders it moves between.
    struct Move: CustomTestStringConvertible, Sendable {
        var verb: String
        var from: String
        var to: String
        var status: String
        var testDescription: String { verb }
    }

    static let moves = [
        Move(verb: "close", from: "open", to: "closed", status: "closed"),
        Move(verb: "reopen", from: "closed", to: "open", status: "open"),
    ]

    /// Runs `docket VERB 1` under the file size limit, with SIGXFSZ ignored so the write
    /// fails with EFBIG instead of killing the process. The shell sees only fixed words.
    private func runLimited(_ verb: String, in sandbox: Sandbox) throws -> Sandbox.Result {
        Sandbox.wait(try sandbox.start([
            "sh", "-c", "trap '' XFSZ; exec prlimit --fsize=\"$1\" docket \"$2\" 1", "sh", String(FaultTests.fileSizeLimit), verb,
        ]))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")), arguments: moves)
    func aRewriteThatFailsAfterTheMoveSaysSoAndRunningAgainFinishesIt(_ move: Move) throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "new", "Fragile", "-q")
        if move.verb == "reopen" { try sandbox.must("docket", "close", "1") }
        let name = "0001-fragile.md"
        let before = try sandbox.bytes(".project/issues/\(move.from)/\(name)")

        let failed = try runLimited(move.verb, in: sandbox)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("#1 was moved to .project/issues/\(move.to)/\(name) but its file still reads as \(move.from)"), "\(failed.stderr)")
        #expect(failed.stderr.contains("run 'docket \(move.verb) 1' again to finish"), "\(failed.stderr)")
        #expect(sandbox.files(".project/issues/\(move.from)") == [])
        #expect(try sandbox.bytes(".project/issues/\(move.to)/\(name)") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path(".project/.docket/tmp")) == [])

        let finished = try sandbox.must("docket", move.verb, "1")
        #expect(finished.contains("finished an earlier \(move.verb) that was cut short"))
        #expect(try sandbox.issue(1).status == move.status)
        #expect(try sandbox.issue(1).path == ".project/issues/\(move.to)/\(name)")
        #expect(try sandbox.must("docket", "doctor") == "No problems found.")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")))
    func aCloseFinishedAfterAFailedRewriteRecordsTheReasonGivenAgain() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "new", "Fragile", "-q")
        #expect(try runLimited("close", in: sandbox).status == 1)
        try sandbox.must("docket", "close", "1", "-r", "fixed upstream")
        let issue = try sandbox.issue(1)
        #expect(issue.status == "closed")
        #expect(issue.closedReason == "fixed upstream")
        #expect(issue.closed != nil)
    }

    @Test func aCloseNeverReplacesAFileOfTheSameNameInClosed() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "new", "Squatted", "-q")
        let open = ".project/issues/open/0001-squatted.md"
        let squatter = ".project/issues/closed/0001-squatted.md"
        try sandbox.write(squatter, "---\nid: 7\ntitle: Squatter\nstatus: closed\n---\n\nSomeone else's file.\n")
        let openBytes = try sandbox.bytes(open)
        let squatterBytes = try sandbox.bytes(squatter)

        let result = try sandbox.run("docket", "close", "1")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot move \(open): \(squatter) already exists"), "\(result.stderr)")
        #expect(try sandbox.bytes(open) == openBytes)
        #expect(try sandbox.bytes(squatter) == squatterBytes)
    }
}
