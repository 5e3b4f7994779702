/// Which issue blocks which, to find loops: an issue blocked, through any chain, by itself.
struct DependencyGraph {
    /// Each issue's blockers.
    let edges: [IssueKey: [IssueKey]]

    /// The strongly connected components that contain a cycle (more than one issue, or one
    /// that blocks itself), found with Tarjan's algorithm run iteratively, so a long chain
    /// cannot exhaust the stack.
    func cyclicComponents() -> [[IssueKey]] {
        var index: [IssueKey: Int] = [:]
        var lowLink: [IssueKey: Int] = [:]
        var onStack: Set<IssueKey> = []
        var stack: [IssueKey] = []
        var components: [[IssueKey]] = []
        var counter = 0
        for root in edges.keys.sorted() where index[root] == nil {
            // Each frame: a node and how many of its successors were visited.
            var frames: [(node: IssueKey, next: Int)] = [(root, 0)]
            index[root] = counter
            lowLink[root] = counter
            counter += 1
            stack.append(root)
            onStack.insert(root)
            while let frame = frames.last {
                let successors = edges[frame.node] ?? []
                if frame.next < successors.count {
                    frames[frames.count - 1].next += 1
                    let successor = successors[frame.next]
                    guard edges[successor] != nil else { continue }
                    if let successorIndex = index[successor] {
                        if onStack.contains(successor) { lowLink[frame.node] = min(lowLink[frame.node] ?? 0, successorIndex) }
                    } else {
                        index[successor] = counter
                        lowLink[successor] = counter
                        counter += 1
                        stack.append(successor)
                        onStack.insert(successor)
                        frames.append((successor, 0))
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last {
                    lowLink[parent.node] = min(lowLink[parent.node] ?? 0, lowLink[frame.node] ?? 0)
                }
                guard lowLink[frame.node] == index[frame.node] else { continue }
                var component: [IssueKey] = []
                while let top = stack.popLast() {
                    onStack.remove(top)
                    component.append(top)
                    if top == frame.node { break }
                }
                if component.count > 1 || successors.contains(frame.node) {
                    components.append(component.sorted())
                }
            }
        }
        return components
    }

    /// A shortest loop from `start` back to itself through `component`, without repeating
    /// `start` at the end: `[#1, #2]` for `#1 -> #2 -> #1`.
    func cycle(through start: IssueKey, within component: Set<IssueKey>) -> [IssueKey] {
        var previous: [IssueKey: IssueKey] = [:]
        var queue: [IssueKey] = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for successor in edges[node] ?? [] where component.contains(successor) {
                if successor == start {
                    var path = [node]
                    while let last = path.last, last != start, let before = previous[last] { path.append(before) }
                    return path.reversed()
                }
                if previous[successor] == nil {
                    previous[successor] = node
                    queue.append(successor)
                }
            }
        }
        return [start]
    }
}
