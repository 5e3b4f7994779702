import Testing
@testable import DocketCore

/// `ready` sorts by precomputed keys; the order must stay exactly `Query.Sort.priority`'s.
@Suite struct ReadyOrderTests {
    private static func issue(_ key: IssueKey, _ priority: String, _ created: String?, path: String) -> DocketCore.Issue {
        DocketCore.Issue(key: key, title: path, state: .open, priority: Priority(reading: priority), created: created, path: path)
    }

    /// Ties of every kind: same rank, a missing date (sorts as empty text), free-text
    /// priorities (after every level), prefixed keys, and one key twice (kept in input order).
    private static let issues = [
        issue(IssueKey(number: 7), "low", "2024-01-02", path: "a"),
        issue(IssueKey(number: 3), "high", "2024-01-05", path: "b"),
        issue(IssueKey(prefix: "SEC", number: 2), "high", "2024-01-05", path: "c"),
        issue(IssueKey(number: 9), "someday", nil, path: "d"),
        issue(IssueKey(number: 1), "high", nil, path: "e"),
        issue(IssueKey(number: 4), "critical", "2024-03-01", path: "f"),
        issue(IssueKey(number: 3), "high", "2024-01-05", path: "g"),
        issue(IssueKey(number: 8), "Whenever", "2023-12-31", path: "h"),
        issue(IssueKey(number: 2), "medium", "2024-01-05", path: "i"),
        issue(IssueKey(number: 5), "low", "2024-01-01", path: "j"),
    ]

    @Test(arguments: [0, 1, 3, 5, 9])
    func readyOrderIsThePrioritySortOfAnyArrangement(_ rotation: Int) {
        let arranged = Array(ReadyOrderTests.issues[rotation...] + ReadyOrderTests.issues[..<rotation])
        let expected = arranged.sorted(by: Query.Sort.priority.areInIncreasingOrder).map(\.path)
        #expect(ReadyCommand.byPriority(arranged).map(\.path) == expected)
    }
}
