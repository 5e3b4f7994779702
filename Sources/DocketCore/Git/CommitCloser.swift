import Foundation

/// Closes the issues a commit's message closes (`fixes #12`), recording the commit, and
/// records the closing in git.
///
/// A commit with two or more parents closes nothing (a merge, conflicted or not: its closing
/// words describe the merged commits, which closed their issues when they were made), and
/// neither does a Docket follow-up commit (see `FollowUp`).
struct CommitCloser {
    let store: IssueStore
    let timestamp: String

    /// The closing references of a message, sorted by what they name.
    struct Classified {
        var open: [Issue] = []
        var missing: [IssueKey] = []
        var alreadyClosed: [Issue] = []
        /// Keys whose issue cannot be read (a file that does not parse, two files with the
        /// ID), with why.
        var unreadable: [(key: IssueKey, reason: String)] = []
    }

    /// One issue closed for a commit: the path it had, the issue now, and the changes made.
    struct Closing {
        var before: String
        var issue: Issue
        var changes: [IssueChange]
    }

    /// Whether `commit` may close issues at all.
    static func canClose(_ commit: CommitInfo) -> Bool {
        commit.parents.count <= 1 && FollowUp.target(of: commit.message) == nil
    }

    /// The closing references in `message` (all of them, or those in `only`).
    func classify(_ message: String, prefixes: Set<String>, only: Set<IssueKey>? = nil) -> Classified {
        var result = Classified()
        for reference in CommitMessage.references(in: message, knownPrefixes: prefixes) where reference.isClosing {
            if let only, !only.contains(reference.key) { continue }
            do {
                let issue = try store.issue(reference.key)
                if issue.state == .open { result.open.append(issue) } else { result.alreadyClosed.append(issue) }
            } catch DocketError.notFound {
                result.missing.append(reference.key)
            } catch {
                result.unreadable.append((reference.key, (error as? DocketError)?.message ?? String(describing: error)))
            }
        }
        return result
    }

    /// Closes every open issue `commit` closes (or those of them in `only`); an issue that
    /// cannot be read or closed is reported through `warn` and skipped.
    func close(_ commit: CommitInfo, prefixes: Set<String>, only: Set<IssueKey>? = nil, warn: (String) -> Void) -> [Closing] {
        guard Self.canClose(commit) else { return [] }
        let found = classify(commit.message, prefixes: prefixes, only: only)
        for (key, reason) in found.unreadable { warn("docket: warning: cannot close \(key): \(reason)") }
        return found.open.compactMap { issue in
            let changes: [IssueChange] = [.close(at: timestamp, reason: commit.subject, commit: commit.sha), .updated(timestamp)]
            do {
                let (closed, outcome) = try store.transition(issue.key, to: .closed, changes)
                return outcome == .unchanged ? nil : Closing(before: issue.path, issue: closed, changes: changes)
            } catch {
                warn("docket: warning: cannot close \(issue.key): \((error as? DocketError)?.message ?? String(describing: error))")
                return nil
            }
        }
    }

    /// Records `closings` made for `commit` in git: in a follow-up commit on HEAD (`commit`
    /// mode) or staged (`stage` mode). Returns the follow-up's SHA, if one was made.
    ///
    /// What goes into git is each issue file as Docket wrote it from the committed text (the
    /// same changes applied to HEAD's version of the file), never the user's unstaged edits
    /// to it, which stay unstaged; a file HEAD does not have goes in as the working tree has it.
    func record(_ closings: [Closing], for commit: CommitInfo, git: Git, mode: String) throws -> String? {
        guard !closings.isEmpty else { return nil }
        let root = try git.atTop()
        let prefix = try Self.projectPrefix(store.layout, git: root)
        var files: [CommittedFile] = []
        for closing in closings {
            let committed = try root.fileText(prefix + closing.before, in: "HEAD").flatMap {
                try? IssueFormat.apply(closing.changes, to: $0, path: closing.issue.path)
            }
            let text = try committed ?? FileSystem.readText(store.layout.root + "/" + closing.issue.path)
            if closing.before != closing.issue.path { files.append(CommittedFile(path: prefix + closing.before, text: nil)) }
            files.append(CommittedFile(path: prefix + closing.issue.path, text: text))
        }
        if mode == "stage" {
            try root.stage(files)
            return nil
        }
        return try root.commitOnly(files: files, message: FollowUp.message(closing: closings.map(\.issue.key), for: commit.sha))
    }

    /// The project's folder relative to the top of the working tree, with a final `/`
    /// (empty when the project is at the top).
    static func projectPrefix(_ layout: ProjectLayout, git: Git) throws -> String {
        guard let top = try git.topLevel() else { return "" }
        let root = FileSystem.realPath(layout.root), realTop = FileSystem.realPath(top)
        return root.hasPrefix(realTop + "/") ? String(root.dropFirst(realTop.count + 1)) + "/" : ""
    }
}
