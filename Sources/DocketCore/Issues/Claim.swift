/// One entry of the claim registry: who took an issue, when, in which worktree, and, once
/// they closed it, the commit and branch it was closed on.
///
/// Stored as `key: value` lines in the registry's `claims/KEY` file. The older form, one
/// `actor<TAB>since` line, still reads.
struct Claim: Sendable, Equatable {
    var key: IssueKey
    var actor: String
    var since: String
    /// The top directory of the worktree the claim was made in, when known.
    var worktree: String?
    /// Set once the holder closed the issue.
    var closing: Closing?

    /// Where a claimed issue was closed: the claim is held until other branches contain `commit`.
    struct Closing: Sendable, Equatable {
        var commit: String
        var branch: String?
        var at: String?
    }

    init(key: IssueKey, actor: String, since: String, worktree: String? = nil, closing: Closing? = nil) {
        self.key = key
        self.actor = actor
        self.since = since
        self.worktree = worktree
        self.closing = closing
    }

    /// Reads a registry file's text; `nil` when it names no actor and time.
    init?(key: IssueKey, text: String) {
        let trimmed = text.trimmingSpacesAndNewlines
        if !trimmed.contains("\n"), !trimmed.hasPrefix("actor:") {
            let parts = trimmed.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            self.init(key: key, actor: parts[0], since: parts[1])
            return
        }
        var values: [String: String] = [:]
        for line in trimmed.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            values[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingSpacesAndNewlines
        }
        guard let actor = values["actor"]?.nonEmpty, let since = values["since"]?.nonEmpty else { return nil }
        var closing: Closing?
        if let commit = values["commit"]?.nonEmpty {
            closing = Closing(commit: commit, branch: values["branch"]?.nonEmpty, at: values["closed"]?.nonEmpty)
        }
        self.init(key: key, actor: actor, since: since, worktree: values["worktree"]?.nonEmpty, closing: closing)
    }

    /// The registry file's text.
    var text: String {
        var lines = ["actor: \(actor)", "since: \(since)"]
        if let worktree { lines.append("worktree: \(worktree)") }
        if let closing {
            if let at = closing.at { lines.append("closed: \(at)") }
            lines.append("commit: \(closing.commit)")
            if let branch = closing.branch { lines.append("branch: \(branch)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `closed in 4f2a9c1 on feature-x`.
    var closingDescription: String? {
        guard let closing else { return nil }
        return "closed in \(closing.commit.prefix(7))" + (closing.branch.map { " on \($0)" } ?? "")
    }
}
