import Testing
@testable import DocketCore

/// What `IssueKey(parsing:)` accepts: ASCII digits only, at most 12 of them, a value from
/// 1 to 999,999,999, with an optional `#` or a letters-only prefix.
@Suite struct IssueKeyParsingTests {
    static let examples: [(text: String, key: IssueKey?)] = [
        ("12", IssueKey(number: 12)), ("#12", IssueKey(number: 12)), ("0012", IssueKey(number: 12)),
        ("SEC-002", IssueKey(prefix: "SEC", number: 2)), ("sec-2", IssueKey(prefix: "SEC", number: 2)),
        ("000000000012", IssueKey(number: 12)), ("0000000000012", nil), ("999999999", IssueKey(number: 999_999_999)),
        ("1000000000", nil), ("0", nil), ("", nil), ("#", nil), ("+12", nil), ("-12", nil), ("12a", nil),
        ("١٢", nil), ("1\u{301}", nil), ("１２", nil), ("SEC-", nil), ("#SEC-2", nil), ("S3C-2", nil),
    ]

    @Test(arguments: examples)
    func parsesOnlyWhatNamesAnIssue(_ example: (text: String, key: IssueKey?)) {
        #expect(IssueKey(parsing: example.text) == example.key)
    }
}
