import Testing
@testable import DocketCore

/// One commit message with the keys it should close and mention, written as `#12` / `SEC-2`.
private struct MessageCase: Sendable, CustomTestStringConvertible {
    var message: String
    var closes: [String]
    var mentions: [String]
    var prefixes: Set<String> = ["ISSUE", "SEC"]

    var testDescription: String { message.debugDescription }
}

/// `#12` or `SEC-2`, independent of how the key type prints itself.
private func label(_ key: CommitReference.Key) -> String {
    key.prefix.map { "\($0)-\(key.number)" } ?? "#\(key.number)"
}

private func expectation(_ message: String, closes: [String] = [], mentions: [String] = [],
                         prefixes: Set<String> = ["ISSUE", "SEC"]) -> MessageCase {
    MessageCase(message: message, closes: closes, mentions: mentions, prefixes: prefixes)
}

private let messageTable: [MessageCase] = [
    // Keywords, case and punctuation.
    expectation("Fix crash (fixes #12)", closes: ["#12"]),
    expectation("Fix crash (fixes #12).", closes: ["#12"]),
    expectation("fixes #12: crash on start", closes: ["#12"]),
    expectation("FIXES #7", closes: ["#7"]),
    expectation("Resolved #3", closes: ["#3"]),
    expectation("resolve #3; close #1; closed #2", closes: ["#3", "#1", "#2"]),
    expectation("fixes  #12 with two spaces", closes: ["#12"]),
    expectation("Fix #1, fix #2", closes: ["#1", "#2"]),
    // Colon forms and trailers.
    expectation("Closes: #12", closes: ["#12"]),
    expectation("Fix crash\n\nSome body text.\n\nCo-authored-by: X <x@y>\nFixes: #21\nRefs: #22", closes: ["#21"], mentions: ["#22"]),
    expectation("fixes:#12", mentions: ["#12"]),
    // Lists.
    expectation("fixes #1, #2 and #3", closes: ["#1", "#2", "#3"]),
    expectation("fixes #1,#2", closes: ["#1", "#2"]),
    expectation("closes #4 & #5", closes: ["#4", "#5"]),
    expectation("fixes #1, #2, and #3", closes: ["#1", "#2", "#3"]),
    expectation("Fix #3 and #4 & #5", closes: ["#3", "#4", "#5"]),
    expectation("fixes #1 #2", closes: ["#1"], mentions: ["#2"]),
    expectation("fixes #1, see #2", closes: ["#1"], mentions: ["#2"]),
    expectation("(closes ISSUE-7, ISSUE-8)", closes: ["ISSUE-7", "ISSUE-8"]),
    // Mentions that are not closings.
    expectation("Crash on start #12", mentions: ["#12"]),
    expectation("refs #12", mentions: ["#12"]),
    expectation("see #12", mentions: ["#12"]),
    expectation("fixed in #12", mentions: ["#12"]),
    expectation("#12 done", mentions: ["#12"]),
    // Keywords inside words.
    expectation("prefix #3", mentions: ["#3"]),
    expectation("suffixes #3", mentions: ["#3"]),
    expectation("unfixed #3", mentions: ["#3"]),
    expectation("hotfix #3", mentions: ["#3"]),
    expectation("pre-fix #3", mentions: ["#3"]),
    // Things that are not references.
    expectation("see abc#12"),
    expectation("fixes owner/repo#12"),
    expectation("fixes https://x/issues/12"),
    expectation("fixes http://host/#12"),
    expectation("Fixes #12 (see http://host/issues#13)", closes: ["#12"]),
    expectation("fixes #12abc"),
    expectation("fixes #0"),
    expectation("fixes #99999999999999999999999"),
    expectation(""),
    // Numbers with leading zeros.
    expectation("fixes #0012", closes: ["#12"]),
    expectation("See #012, fixes #12", closes: ["#12"]),
    // Prefixed keys.
    expectation("fixes ISSUE-002", closes: ["ISSUE-2"]),
    expectation("closes SEC-2", closes: ["SEC-2"]),
    expectation("Fixes: sec-002", closes: ["SEC-2"]),
    expectation("fixes ISSUE-2-login-crash", closes: ["ISSUE-2"]),
    expectation("fixes UTF-8 handling"),
    expectation("fixes SEC-2", prefixes: []),
    expectation("fixes SEC-2 and #4", mentions: ["#4"], prefixes: ["OPS"]),
    expectation("See SEC-4 and x-SEC-5", mentions: ["SEC-4"]),
    // Multi-line bodies.
    expectation("Work on #3\n\nMore work.\nFixes #3", closes: ["#3"]),
    expectation("Fix things\n\n  - fixes #4\n  - closes #5\n", closes: ["#4", "#5"]),
    expectation("Fixes #12\r\nCloses #13\r\n", closes: ["#12", "#13"]),
    // Reverts: the quoted subject only mentions.
    expectation("Revert \"Fix crash (fixes #12)\"\n\nThis reverts commit 0123abc.", mentions: ["#12"]),
    expectation("Revert \"Fix crash (fixes #12)\"\n\nThis reverts commit 0123abc.\nFixes #13", closes: ["#13"], mentions: ["#12"]),
    expectation("Reapply \"Fix crash (fixes #12)\"", mentions: ["#12"]),
    // Merges close nothing.
    expectation("Merge branch 'fix-12'"),
    expectation("Merge pull request #5 from x/y\n\nFix crash (fixes #12)", mentions: ["#5", "#12"]),
    expectation("Merge branch 'main' of https://example.com/r into main"),
    // Quoted lines, git comments and the scissors line.
    expectation("Reply\n\n> fixes #12", mentions: ["#12"]),
    expectation("Fix crash\n# fixes #9\n#\n# Please enter the commit message for your changes."),
    expectation("Fix (fixes #1)\n# ------------------------ >8 ------------------------\n# Do not modify.\ndiff --git a/x b/x\n+fixes #2",
                closes: ["#1"]),
]

@Test(arguments: messageTable)
private func closingAndMentionedKeysMatchTheTable(_ example: MessageCase) {
    let references = CommitMessage.references(in: example.message, knownPrefixes: example.prefixes)
    #expect(references.filter(\.isClosing).map { label($0.key) } == example.closes)
    #expect(references.filter { !$0.isClosing }.map { label($0.key) } == example.mentions)
}

@Test private func referencesAreDeduplicatedInOrderOfFirstAppearance() {
    let references = CommitMessage.references(in: "See #5 and #3.\n\nFixes #3, #0005 again, #7", knownPrefixes: [])
    #expect(references == [
        CommitReference(key: .init(number: 5), isClosing: true),
        CommitReference(key: .init(number: 3), isClosing: true),
        CommitReference(key: .init(number: 7), isClosing: false),
    ])
}

@Test private func prefixedKeysAreUpperCasedAndCompareEqualAcrossSpellings() {
    let references = CommitMessage.references(in: "see sec-002, Sec-2 and SEC-0002", knownPrefixes: ["Sec"])
    #expect(references == [CommitReference(key: .init(prefix: "SEC", number: 2), isClosing: false)])
}

@Test(arguments: [
    ("Fix crash (fixes #12)", "Fix crash (fixes #12)"),
    ("\n\n  Subject line  \n\nBody", "Subject line"),
    ("# comment\nSubject\r\nBody", "Subject"),
    ("", ""),
])
private func subjectIsTheFirstNonBlankNonCommentLine(message: String, subject: String) {
    #expect(CommitMessage.subject(of: message) == subject)
}

@Test private func keysSortPrefixLessFirstThenByPrefixAndNumber() {
    let keys: [CommitReference.Key] = [.init(prefix: "SEC", number: 1), .init(number: 9), .init(prefix: "ISSUE", number: 2), .init(number: 2)]
    #expect(keys.sorted().map(label) == ["#2", "#9", "ISSUE-2", "SEC-1"])
}
