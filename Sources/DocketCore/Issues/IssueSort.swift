/// The orders issues can be listed in; ties are broken by key so output is stable.
enum IssueSort {
    case id, created, updated, updatedDescending, createdDescending, priority

    /// The order a query's `sort:` asks for; by ID when it asks for none.
    init(_ sort: Query.Sort?) {
        switch sort {
        case .createdAscending: self = .created
        case .createdDescending: self = .createdDescending
        case .updatedAscending: self = .updated
        case .updatedDescending: self = .updatedDescending
        case .priority: self = .priority
        case .id, .relevance, nil: self = .id
        }
    }

    func areInIncreasingOrder(_ a: Issue, _ b: Issue) -> Bool {
        switch self {
        case .id:
            return a.key < b.key
        case .created:
            return IssueSort.ordered(a.created ?? "", b.created ?? "", a, b)
        case .createdDescending:
            return IssueSort.ordered(b.created ?? "", a.created ?? "", a, b)
        case .updated:
            return IssueSort.ordered(a.updated ?? "", b.updated ?? "", a, b)
        case .updatedDescending:
            return IssueSort.ordered(b.updated ?? "", a.updated ?? "", a, b)
        case .priority:
            if a.priority.rank != b.priority.rank { return a.priority.rank < b.priority.rank }
            return IssueSort.ordered(a.created ?? "", b.created ?? "", a, b)
        }
    }

    private static func ordered(_ first: String, _ second: String, _ a: Issue, _ b: Issue) -> Bool {
        first != second ? first < second : a.key < b.key
    }
}
