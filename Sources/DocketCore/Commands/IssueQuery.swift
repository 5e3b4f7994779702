/// Runs a query over the project's issues, reporting unreadable files on stderr.
struct IssueQuery {
    let context: CommandContext

    func run(_ query: Query) throws -> [Issue] {
        let store = try context.store()
        // Blockers only matter while open, so open/ alone answers is:ready and is:blocked.
        let onlyOpen = (query.state ?? .open) == .open
        let snapshot = try store.load(onlyOpen ? [.open] : IssueState.allCases)
        context.report(snapshot.problems)
        let open = Set(snapshot.issues.filter { $0.state == .open }.map(\.key))
        return snapshot.issues.filter { query.matches($0, isOpen: open.contains) }
    }
}
