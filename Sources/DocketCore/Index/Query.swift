/// A parsed issue search in GitHub's search syntax (`crash label:bug -label:wontfix is:open`).
///
/// Plain data, ready to be compiled to SQL. Every list of lists reads "all of these qualifiers,
/// each satisfied by any of its values": `label:bug,ui label:p1` is `[["bug", "ui"], ["p1"]]`.
/// Text is kept as typed; label and assignee comparisons are meant to be case-insensitive, so
/// lower-case them (or use `Query.normalized(_:)`) when compiling.
public struct Query: Sendable, Equatable {
    /// Free-text terms, in the order typed; all positive ones must match, no excluded one may.
    public var terms: [TextTerm]
    /// `is:open`, `is:closed` or `is:all`; `nil` when not given (the caller picks the default).
    public var state: State?
    /// `is:ready` or `is:blocked`; `nil` when not given.
    public var readiness: Readiness?
    /// `is:in-progress`: open issues someone has claimed (`claimed` set), or whose status
    /// says `In Progress`.
    public var inProgress: Bool
    /// `label:` qualifiers (all must hold; any label within one qualifier).
    public var labels: [[String]]
    /// `-label:` values: an issue with any of them is left out.
    public var excludedLabels: [String]
    /// `no:label`: only issues without labels.
    public var requiresNoLabel: Bool
    /// `assignee:` qualifiers (all must hold; any assignee within one qualifier).
    public var assignees: [[String]]
    /// `-assignee:` values: an issue assigned to any of them is left out.
    public var excludedAssignees: [String]
    /// `no:assignee`: only unassigned issues.
    public var requiresNoAssignee: Bool
    /// `author:` qualifiers (all must hold; any author within one qualifier), compared as
    /// assignees are.
    public var authors: [[String]]
    /// `priority:` qualifiers (all must hold; any priority within one qualifier).
    public var priorities: [[Priority]]
    /// `-priority:` values: an issue with any of them is left out.
    public var excludedPriorities: [Priority]
    /// `id:` qualifiers (all must hold; any id within one qualifier).
    public var ids: [[IssueRef]]
    /// `blocked-by:` qualifiers: issues blocked by the given ones (any within one qualifier).
    public var blockedBy: [[IssueRef]]
    /// `created:` as a half-open range of timestamps; several `created:` narrow it.
    public var created: DateRange?
    /// `updated:` as a half-open range of timestamps.
    public var updated: DateRange?
    /// `closed:` as a half-open range of timestamps.
    public var closed: DateRange?
    /// `sort:`; `nil` when not given.
    public var sort: Sort?
    /// `status:` qualifiers (all must hold; any status within one qualifier), compared as
    /// `Query.statusKey(_:)` folds them: `status:"in progress"` matches `In Progress` and `in-progress`.
    public var statuses: [[String]]

    /// A query with the given parts; everything defaults to "no constraint".
    public init(
        terms: [TextTerm] = [], state: State? = nil, readiness: Readiness? = nil,
        labels: [[String]] = [], excludedLabels: [String] = [], requiresNoLabel: Bool = false,
        assignees: [[String]] = [], excludedAssignees: [String] = [], requiresNoAssignee: Bool = false,
        priorities: [[Priority]] = [], excludedPriorities: [Priority] = [],
        ids: [[IssueRef]] = [], blockedBy: [[IssueRef]] = [],
        created: DateRange? = nil, updated: DateRange? = nil, closed: DateRange? = nil, sort: Sort? = nil,
        statuses: [[String]] = [], inProgress: Bool = false, authors: [[String]] = []
    ) {
        self.terms = terms
        self.state = state
        self.readiness = readiness
        self.labels = labels
        self.excludedLabels = excludedLabels
        self.requiresNoLabel = requiresNoLabel
        self.assignees = assignees
        self.excludedAssignees = excludedAssignees
        self.requiresNoAssignee = requiresNoAssignee
        self.priorities = priorities
        self.excludedPriorities = excludedPriorities
        self.ids = ids
        self.blockedBy = blockedBy
        self.created = created
        self.updated = updated
        self.closed = closed
        self.sort = sort
        self.statuses = statuses
        self.inProgress = inProgress
        self.authors = authors
    }

    /// The form in which labels and assignees compare: lower-cased.
    public static func normalized(_ name: String) -> String { name.lowercased() }
}

extension Query {
    /// One free-text term.
    public struct TextTerm: Sendable, Equatable {
        /// How the term was written.
        public enum Kind: Sendable, Equatable {
            /// A bare word: `crash`.
            case word
            /// A quoted phrase: `"exact phrase"`.
            case phrase
            /// A word ending in `*`: `crash*` (the `*` is not part of `text`).
            case prefix
        }

        public var kind: Kind
        /// The text without quotes, `*` or leading `-`.
        public var text: String
        /// Written with a leading `-`: matching issues are left out.
        public var isExcluded: Bool

        public init(_ kind: Kind, _ text: String, excluded: Bool = false) {
            self.kind = kind
            self.text = text
            self.isExcluded = excluded
        }
    }

    /// `is:open`, `is:closed`, `is:all`.
    public enum State: String, Sendable, CaseIterable {
        case open, closed, all
    }

    /// `is:ready` (nothing open blocks it) or `is:blocked` (an open issue blocks it).
    public enum Readiness: String, Sendable, CaseIterable {
        case ready, blocked
    }

    /// `sort:` orders.
    public enum Sort: String, Sendable, CaseIterable {
        case createdAscending = "created-asc"
        case createdDescending = "created-desc"
        case updatedAscending = "updated-asc"
        case updatedDescending = "updated-desc"
        case priority
        case id
        case relevance
    }

    /// An issue named in `id:` or `blocked-by:`: `12`, `#12` or a key like `SEC-002`.
    public struct IssueRef: Sendable, Hashable, CustomStringConvertible {
        /// Exactly as typed: `#12`, `12`, `SEC-002`.
        public var raw: String
        /// Without a leading `#`, otherwise unchanged (leading zeros kept): `12`, `SEC-002`.
        public var key: String { raw.hasPrefix("#") ? String(raw.dropFirst()) : raw }
        /// The number at the end (`12` for `#12` and for `SEC-012`); nil if it does not fit an `Int`.
        public var number: Int? { Int(key.split(separator: "-").last ?? "") }

        public init(_ raw: String) { self.raw = raw }

        public var description: String { raw }
    }

    /// A half-open range `[start, end)` of ISO-8601 UTC timestamps (`2026-11-24T00:00:00Z`),
    /// comparable as text with stored timestamps of the same form. `nil` means unbounded.
    public struct DateRange: Sendable, Equatable {
        /// Inclusive lower bound, or nil for no lower bound.
        public var start: String?
        /// Exclusive upper bound, or nil for no upper bound.
        public var end: String?

        public init(start: String? = nil, end: String? = nil) {
            self.start = start
            self.end = end
        }

        /// The range that satisfies both: the later start and the earlier end.
        public func intersection(_ other: DateRange) -> DateRange {
            DateRange(
                start: [start, other.start].compactMap { $0 }.max(),
                end: [end, other.end].compactMap { $0 }.min())
        }
    }
}
