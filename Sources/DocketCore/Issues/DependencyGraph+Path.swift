extension DependencyGraph {
    /// A path that leads from `start` back to itself (`#12 -> #7 -> #12`), if there is one;
    /// `dep add` prints it when it refuses an edge.
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
}
