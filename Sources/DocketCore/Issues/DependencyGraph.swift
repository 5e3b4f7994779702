/// The `blocked_by` edges between issues, for cycle checks.
struct DependencyGraph {
    /// For each issue, the issues it waits on.
    let edges: [IssueKey: [IssueKey]]

    /// A path that leads from `start` back to itself (`#12 -> #7 -> #12`), if there is one.
    func cycle(from start: IssueKey) -> [IssueKey]? {
        var visited: Set<IssueKey> = []
        var stack: [(key: IssueKey, path: [IssueKey])] = [(start, [start])]
        while let (key, path) = stack.popLast() {
            for next in edges[key] ?? [] {
                if next == start { return path + [start] }
                if visited.insert(next).inserted { stack.append((next, path + [next])) }
            }
        }
        return nil
    }

    /// Every cycle's issues, each cycle reported once (for `doctor`).
    func cycles() -> [[IssueKey]] {
        var reported: Set<Set<IssueKey>> = []
        var found: [[IssueKey]] = []
        for key in edges.keys.sorted() {
            guard let cycle = cycle(from: key), reported.insert(Set(cycle)).inserted else { continue }
            found.append(cycle)
        }
        return found
    }
}
