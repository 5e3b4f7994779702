/// Why an issue was closed, as `gh issue close --reason` says it, or free text.
///
/// `close -r` takes either: `completed`, `not-planned`, `duplicate-of N` and `superseded-by N`
/// are the vocabulary (case does not matter; `not planned` with a space too); any other
/// text is a free-text reason, kept as written. What is recorded in `closed_reason` is
/// `text`: `not-planned`, `duplicate-of #12`. No reason at all means completed.
enum CloseReason: Equatable {
    case completed
    case notPlanned
    case duplicate(of: IssueKey)
    case superseded(by: IssueKey)
    case text(String)

    /// Reads what `-r` was given; `duplicate-of` or `superseded-by` without an issue ID is a usage error.
    init(parsing value: String) throws(DocketError) {
        let words = value.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let first = words.first?.lowercased() ?? ""
        switch first {
        case "completed" where words.count == 1: self = .completed
        case "not-planned" where words.count == 1: self = .notPlanned
        case "not" where words.count == 2 && words[1].lowercased() == "planned": self = .notPlanned
        case "duplicate-of", "superseded-by":
            guard words.count == 2, let key = IssueKey(parsing: words[1]) else {
                throw .usage("--reason \(first) needs one issue ID, as in '\(first) 12'")
            }
            self = first == "duplicate-of" ? .duplicate(of: key) : .superseded(by: key)
        default: self = .text(value)
        }
    }

    /// What `closed_reason` records.
    var text: String {
        switch self {
        case .completed: "completed"
        case .notPlanned: "not-planned"
        case .duplicate(let key): "duplicate-of \(key)"
        case .superseded(let key): "superseded-by \(key)"
        case .text(let text): text
        }
    }

    /// The other issue a duplicate or superseded one names.
    var other: IssueKey? {
        switch self {
        case .duplicate(let key), .superseded(let key): key
        case .completed, .notPlanned, .text: nil
        }
    }

    /// The note the other issue gets: `#5 was closed as a duplicate of this issue.`
    func note(for key: IssueKey) -> String? {
        switch self {
        case .duplicate: "\(key) was closed as a duplicate of this issue."
        case .superseded: "\(key) was closed as superseded by this issue."
        case .completed, .notPlanned, .text: nil
        }
    }
}
