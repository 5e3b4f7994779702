/// How each `sort:` order compares two issues in memory, matching the `ORDER BY` the index
/// uses for it (`IssueIndex.orderBy`): a missing date sorts as empty text, ties go by key.
/// `sort:`, `--sort` and every list share this one order type.
extension Query.Sort {
    func areInIncreasingOrder(_ a: Issue, _ b: Issue) -> Bool {
        switch self {
        case .id, .relevance:
            return a.key < b.key
        case .createdAscending:
            return Query.Sort.ordered(a.created ?? "", b.created ?? "", a, b)
        case .createdDescending:
            return Query.Sort.ordered(b.created ?? "", a.created ?? "", a, b)
        case .updatedAscending:
            return Query.Sort.ordered(a.updated ?? "", b.updated ?? "", a, b)
        case .updatedDescending:
            return Query.Sort.ordered(b.updated ?? "", a.updated ?? "", a, b)
        case .priority:
            if a.priority.rank != b.priority.rank { return a.priority.rank < b.priority.rank }
            return Query.Sort.ordered(a.created ?? "", b.created ?? "", a, b)
        }
    }

    private static func ordered(_ first: String, _ second: String, _ a: Issue, _ b: Issue) -> Bool {
        first != second ? first < second : a.key < b.key
    }
}
