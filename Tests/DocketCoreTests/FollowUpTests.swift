import Testing
@testable import DocketCore

private let user = String(repeating: "a", count: 40)
private let rebased = String(repeating: "b", count: 40)

@Test(arguments: [
    ("Close #1 (fixed in aaaaaaa)\n\nDocket-Closes-For: \(user)\n", user),
    ("Fix it\n\nDocket-Closes-For: not-a-sha\n", nil),
    ("Fix it (fixes #1)\n", nil),
    ("Docket-Closes-For: \(user)", user),
] as [(String, String?)])
private func followUpTargetIsTheTrailersSha(message: String, target: String?) {
    #expect(FollowUp.target(of: message) == target)
}

@Test private func followUpMessageNamesTheCommitAndRoundTrips() {
    let message = FollowUp.message(closing: [IssueKey(number: 1), IssueKey(number: 2)], for: user)
    #expect(message == "Close #1, #2 (fixed in aaaaaaa)\n\nDocket-Closes-For: \(user)\n")
    #expect(FollowUp.target(of: message) == user)
}

@Test private func retargetedFollowUpNamesTheNewCommitInSubjectAndTrailer() {
    let message = FollowUp.message(closing: [IssueKey(number: 1)], for: user)
    #expect(FollowUp.retargeted(message, from: user, to: rebased) == FollowUp.message(closing: [IssueKey(number: 1)], for: rebased))
}

@Test(arguments: [
    ("old1 new1\nold2 new2\n", [["old1", "new1"], ["old2", "new2"]]),
    ("old new extra\n", [["old", "new"]]),
    ("\n", []),
])
private func postRewriteInputIsReadAsPairs(input: String, pairs: [[String]]) {
    #expect(HistoryRepair.pairs(in: input).map { [$0.old, $0.new] } == pairs)
}
