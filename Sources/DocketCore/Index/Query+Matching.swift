import Foundation

/// Evaluates a query against issues in memory. It defines what a query means: the SQLite
/// index must return exactly what this returns (the freshness tests compare the two).
extension Query {
    /// Whether `issue` satisfies every filter. `isOpen` tells whether a key names an open
    /// issue, for `is:ready`, `is:blocked` and blockers.
    func matches(_ issue: Issue, isOpen: (IssueKey) -> Bool) -> Bool {
        switch state ?? .open {
        case .open: if issue.state != .open { return false }
        case .closed: if issue.state != .closed { return false }
        case .all: break
        }
        let labels = Set(issue.labels.map(Query.normalized))
        guard self.labels.allSatisfy({ group in group.contains { labels.contains(Query.normalized($0)) } }),
              !excludedLabels.contains(where: { labels.contains(Query.normalized($0)) }),
              !requiresNoLabel || labels.isEmpty
        else { return false }
        let assignee = issue.assignee.map(Query.assigneeKey)
        guard assignees.allSatisfy({ group in group.contains { Query.normalized($0) == assignee } }),
              !excludedAssignees.contains(where: { Query.normalized($0) == assignee }),
              !requiresNoAssignee || assignee == nil
        else { return false }
        let author = issue.author.map(Query.assigneeKey)
        guard authors.allSatisfy({ group in group.contains { Query.normalized($0) == author } }) else { return false }
        if inProgress, issue.state != .open || !Query.isInProgress(issue) { return false }
        guard priorities.allSatisfy({ group in group.contains(issue.priority) }),
              !excludedPriorities.contains(issue.priority)
        else { return false }
        let status = Query.statusKey(of: issue)
        guard statuses.allSatisfy({ group in group.contains { Query.statusKey($0) == status } }) else { return false }
        guard ids.allSatisfy({ group in group.contains { IssueKey(parsing: $0.raw) == issue.key } }),
              blockedBy.allSatisfy({ group in group.contains { ref in issue.blockedBy.contains { IssueKey(parsing: ref.raw) == $0 } } })
        else { return false }
        guard Query.contains(created, issue.created), Query.contains(updated, issue.updated), Query.contains(closed, issue.closed) else {
            return false
        }
        if let readiness {
            let openBlockers = issue.blockedBy.contains(where: isOpen)
            switch readiness {
            case .ready: if issue.state != .open || openBlockers || issue.assignee != nil { return false }
            case .blocked: if issue.state != .open || !openBlockers { return false }
            }
        }
        return matchesText(issue)
    }

    private static func contains(_ range: DateRange?, _ value: String?) -> Bool {
        guard let range else { return true }
        guard let value = value.map(Query.comparable) else { return false }
        if let start = range.start, value < start { return false }
        if let end = range.end, value >= end { return false }
        return true
    }

    /// What free text finds besides title and body: the labels, then the values of the other
    /// fields (the dialect's `**Affected Files**`, `**Discovered During**`, …, or unknown
    /// front matter keys). The index's `labels` text column holds the same.
    static func searchableLabels(of issue: Issue) -> [String] {
        issue.labels + issue.fields.map(\.value)
    }

    /// Free text over title, body, labels and field values, by tokens folded like FTS5's
    /// unicode61, or as a substring of one of them for a word of a script written without spaces.
    private func matchesText(_ issue: Issue) -> Bool {
        guard !terms.isEmpty else { return true }
        guard !matchesNothing else { return false }
        let tokens = Query.tokens(of: ([issue.title, issue.body] + Query.searchableLabels(of: issue)).joined(separator: " "))
        let joined = " " + tokens.joined(separator: " ") + " "
        for term in terms {
            if Query.isSubstringTerm(term) {
                if Query.substringMatches(term.text, in: issue) == term.isExcluded { return false }
                continue
            }
            let termTokens = Query.tokens(of: term.text)
            guard !termTokens.isEmpty else { continue }
            let found: Bool
            switch term.kind {
            case .prefix where termTokens.count == 1:
                found = tokens.contains { $0.hasPrefix(termTokens[0]) }
            default:
                found = joined.contains(" " + termTokens.joined(separator: " ") + " ")
            }
            if found == term.isExcluded { return false }
        }
        return true
    }

    /// Whether `needle` occurs in the title, the body or the labels and field values (one per
    /// line), as the index's `fts_substrings` columns hold them.
    static func substringMatches(_ needle: String, in issue: Issue) -> Bool {
        [issue.title, issue.body, searchableLabels(of: issue).joined(separator: "\n")].contains { substringMatches(needle, in: $0) }
    }

    /// Lower-cased, diacritic-free alphanumeric runs.
    static func tokens(of text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
