import DocketCore
import Foundation
import Testing

/// Many `docket` processes writing one issue at once: each read-modify-write holds the
/// issue's lock and reads the file afresh, so no writer's change is lost to another's.
@Suite struct ConcurrentWriteTests {
    /// A repository with issue #1 filed.
    private func project() throws -> Sandbox {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("docket", "new", "Busy", "-q")
        return sandbox
    }

    /// Starts every command at once and waits for all; each must succeed.
    private func runTogether(_ commands: [[String]], in sandbox: Sandbox) throws {
        let started = try commands.map { try sandbox.start(["docket"] + $0) }
        let results = started.map(Sandbox.wait)
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
    }

    /// How often the comment `text` is in the body, as a whole paragraph.
    private func count(_ text: String, in issue: DocketCore.Issue) -> Int {
        issue.body.components(separatedBy: "\n\(text)\n").count - 1
    }

    @Test func twentyConcurrentLabelAddsKeepAllTwentyLabels() throws {
        let sandbox = try project()
        let labels = (0..<20).map { "l\($0)" }
        try runTogether(labels.map { ["update", "1", "--add-label", $0] }, in: sandbox)
        let issue = try sandbox.issue(1)
        #expect(issue.labels.sorted() == labels.sorted())
    }

    @Test func twentyConcurrentCommentsKeepAllTwentyComments() throws {
        let sandbox = try project()
        let comments = (0..<20).map { "comment \($0)" }
        try runTogether(comments.map { ["comment", "1", "-m", $0] }, in: sandbox)
        let issue = try sandbox.issue(1)
        #expect(comments.filter { count($0, in: issue) != 1 } == [])
        #expect(issue.body.components(separatedBy: "### Comment by").count - 1 == 20)
    }

    /// Each round closes #1 while a label and a comment are added to it, then reopens it.
    @Test func closeRacingALabelAndACommentKeepsBothAndOneFile() throws {
        let sandbox = try project()
        for round in 0..<25 {
            try runTogether([["close", "1"], ["update", "1", "--add-label", "r\(round)"], ["comment", "1", "-m", "r\(round)"]], in: sandbox)
            let snapshot = try sandbox.snapshot()
            #expect(snapshot.problems.isEmpty, "\(snapshot.problems)")
            #expect(snapshot.issues.map(\.path) == [".project/issues/closed/0001-busy.md"], "round \(round)")
            let issue = try #require(snapshot.issues.first)
            #expect(issue.status == "closed", "round \(round)")
            // Every later round would repeat a loss: stop at the first.
            try #require(issue.labels.sorted() == (0...round).map { "r\($0)" }.sorted(), "round \(round)")
            try #require((0...round).filter { count("r\($0)", in: issue) != 1 } == [], "round \(round)")
            try sandbox.must("docket", "reopen", "1")
        }
    }
}
