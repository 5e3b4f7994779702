/// Closes the issues a commit's message closes (`fixes #12`), recording the commit.
struct CommitCloser {
    let store: IssueStore
    let timestamp: String

    /// The closing references in a message, split into the open issues it closes and the
    /// keys that name no issue or an issue already closed.
    func classify(_ message: String, prefixes: Set<String>) throws -> (open: [Issue], missing: [IssueKey], alreadyClosed: [Issue]) {
        var result: (open: [Issue], missing: [IssueKey], alreadyClosed: [Issue]) = ([], [], [])
        for reference in CommitMessage.references(in: message, knownPrefixes: prefixes) where reference.isClosing {
            do {
                let issue = try store.issue(reference.key)
                if issue.state == .open { result.open.append(issue) } else { result.alreadyClosed.append(issue) }
            } catch DocketError.notFound {
                result.missing.append(reference.key)
            }
        }
        return result
    }

    /// Closes every open issue `commit` closes; returns each with the path it had before.
    func close(_ commit: CommitInfo, prefixes: Set<String>) throws -> [(before: String, issue: Issue)] {
        try classify(commit.message, prefixes: prefixes).open.map { issue in
            let closed = try store.move(issue, to: .closed, [
                .close(at: timestamp, reason: commit.subject, commit: commit.sha), .updated(timestamp),
            ])
            return (issue.path, closed)
        }
    }
}
