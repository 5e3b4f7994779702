/// The clone's claims as one worktree sees them: which keep an issue from being ready here.
///
/// An open claim keeps its issue from everyone but its holder. A claim closed on a branch
/// keeps it from every worktree whose HEAD does not contain the closing commit
/// (`git merge-base --is-ancestor`), so nobody starts work that is already done elsewhere.
struct ClaimView {
    /// What a claim means here.
    enum State: String {
        /// Held by someone, the issue still open.
        case open
        /// Closed on a branch this worktree's HEAD does not contain.
        case closed
        /// Closed in a commit this worktree's HEAD contains: it keeps nothing from anyone.
        case merged
    }

    let claims: [IssueKey: Claim]
    let git: Git?

    init(registry: ClaimRegistry, root: String, environment: [String: String]) throws {
        claims = Dictionary(try registry.all().map { ($0.key, $0) }) { first, _ in first }
        git = Worktree.root(from: root) == nil ? nil : Git(directory: root, environment: environment)
    }

    /// What `claim` means in this worktree.
    func state(of claim: Claim) -> State {
        guard let closing = claim.closing else { return .open }
        guard let git else { return .closed }
        return (try? git.headContains(closing.commit)) == true ? .merged : .closed
    }

    /// The claim that keeps `key` from being ready here (open, or closed and not merged), if any.
    func withholding(_ key: IssueKey) -> Claim? {
        guard let claim = claims[key], state(of: claim) != .merged else { return nil }
        return claim
    }

    /// Whether open `issue` is in progress: claimed in its file, its status says
    /// `In Progress`, or claimed in the registry (from another worktree, whose file says so).
    func isInProgress(_ issue: Issue) -> Bool {
        issue.state == .open && (Query.isInProgress(issue) || claims[issue.key].map { $0.closing == nil } == true)
    }

    /// Who works on `issue`: the registry's holder, else the file's assignee.
    func worker(of issue: Issue) -> String? {
        claims[issue.key]?.actor ?? issue.assignee
    }
}

extension CommandContext {
    /// The claims as this project's worktree sees them.
    func claimView(_ store: IssueStore) throws -> ClaimView {
        try ClaimView(registry: ClaimRegistry(layout: store.layout), root: store.layout.root, environment: invocation.environment)
    }
}
