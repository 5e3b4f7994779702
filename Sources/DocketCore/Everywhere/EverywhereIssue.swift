/// One issue ID across every worktree and branch that holds it, with what needs resolving
/// before those branches meet.
struct EverywhereIssue {
    /// The copy shown: the first, in reading order (here first), that the query selects.
    var issue: Issue
    /// Every copy of the ID, in reading order.
    let copies: [IssueCopy]
    var snippet: String?

    /// The extra `--json` keys.
    static let jsonFields = ["locations", "collision", "closed_on"]

    /// Each distinct title (trimmed) the copies give the ID, in reading order, with the
    /// places that give it, each place once.
    let titles: [(title: String, places: [String])]

    init(issue: Issue, copies: [IssueCopy], snippet: String? = nil) {
        self.issue = issue
        self.copies = copies
        self.snippet = snippet
        var titles: [(title: String, places: [String])] = []
        for copy in copies {
            let title = copy.issue.title.trimmingSpacesAndNewlines
            let label = copy.location.label
            if let index = titles.firstIndex(where: { $0.title == title }) {
                if !titles[index].places.contains(label) { titles[index].places.append(label) }
            } else {
                titles.append((title, [label]))
            }
        }
        self.titles = titles
    }

    /// Copies disagree on the title: the one ID names different issues in different places.
    var collides: Bool { titles.count > 1 }

    /// Where the issue is closed while it is open here.
    var closedElsewhere: [IssueLocation] {
        guard copies.contains(where: { $0.location.isHere && $0.issue.state == .open }) else { return [] }
        return copies.filter { !$0.location.isHere && $0.issue.state == .closed }.map(\.location)
    }

    /// The copies grouped by key, keeping the groups `query` selects (any copy will do);
    /// an ID counts as open for `is:ready` and `is:blocked` when any copy is open.
    static func group(_ copies: [IssueCopy], query: Query) -> [EverywhereIssue] {
        var order: [IssueKey] = []
        var byKey: [IssueKey: [IssueCopy]] = [:]
        for copy in copies {
            if byKey[copy.issue.key] == nil { order.append(copy.issue.key) }
            byKey[copy.issue.key, default: []].append(copy)
        }
        let open = Set(copies.filter { $0.issue.state == .open }.map(\.issue.key))
        return order.compactMap { key in
            let group = byKey[key] ?? []
            guard let shown = group.first(where: { query.matches($0.issue, isOpen: open.contains) }) else { return nil }
            return EverywhereIssue(issue: shown.issue, copies: group)
        }
    }

    /// The `--json` form: the shown copy's fields, then `locations` (each copy's place,
    /// state, title and path), `collision` and `closed_on`.
    func json(includeBody: Bool) -> JSONValue {
        guard case .object(var members) = issue.json(includeBody: includeBody) else { return .null }
        if let snippet { members.append(("snippet", .string(snippet))) }
        members.append(("locations", .array(copies.map { copy in
            .object([
                ("name", .string(copy.location.name)), ("kind", .string(copy.location.kind.rawValue)),
                ("here", .bool(copy.location.isHere)), ("state", .string(copy.issue.state.rawValue)),
                ("title", .string(copy.issue.title)), ("path", .string(copy.issue.path)),
            ])
        })))
        members.append(("collision", .bool(collides)))
        members.append(("closed_on", .array(closedElsewhere.map { .string($0.name) })))
        return .object(members)
    }

    /// Where it lives, for text output: `here, feature, origin/feature`, each place once.
    var locationList: String {
        var seen: Set<String> = []
        return copies.map(\.location.label).filter { seen.insert($0).inserted }.joined(separator: ", ")
    }

    /// What to resolve, one line each: the titles the ID has and where, and where it is
    /// closed while open here.
    var notes: [String] {
        var notes: [String] = []
        if collides {
            let sides = titles.map { "\"\($0.title)\" (\($0.places.joined(separator: ", ")))" }
            notes.append("collision: \(issue.key) is " + sides.joined(separator: " vs ") + "; resolve before merging")
        }
        let closed = closedElsewhere.map(\.label)
        if !closed.isEmpty { notes.append("closed on \(closed.joined(separator: ", ")) but open here") }
        return notes
    }
}
