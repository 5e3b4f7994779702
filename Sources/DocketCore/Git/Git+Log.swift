import Foundation

/// One commit as Docket reports it.
public struct CommitInfo: Sendable, Equatable {
    /// The full SHA.
    public var sha: String
    /// The author date in strict ISO 8601 with the author's offset (`2024-05-01T12:00:00+02:00`).
    public var authorDate: String
    /// git's subject: the message's first paragraph joined into one line.
    public var subject: String
    /// The whole raw message.
    public var message: String
    /// The parents' full SHAs: none for a root commit, two or more for a merge.
    public var parents: [String]

    /// A commit with the given fields.
    public init(sha: String, authorDate: String, subject: String, message: String, parents: [String] = []) {
        self.sha = sha
        self.authorDate = authorDate
        self.subject = subject
        self.message = message
        self.parents = parents
    }

    /// The issues this commit's message references (see `CommitMessage`).
    public func references(knownPrefixes: Set<String> = []) -> [CommitReference] {
        CommitMessage.references(in: message, knownPrefixes: knownPrefixes)
    }
}

extension Git {
    /// The commit `revision` names (anything `git log -1` accepts: a SHA, `HEAD~2`, a tag).
    ///
    /// Throws `GitError` when it names no commit.
    public func commitInfo(_ revision: String) throws -> CommitInfo {
        let commits = try log(["-1", "--end-of-options", revision, "--"])
        guard let commit = commits.first else {
            throw GitError(arguments: ["log", revision], status: nil, message: "'\(revision)' names no commit")
        }
        return commit
    }

    /// The commits in `range` (`A..B`, or any revision `git log` accepts), oldest first.
    public func commits(inRange range: String) throws -> [CommitInfo] {
        try log(["--reverse", "--end-of-options", range, "--"])
    }

    /// The commits reachable from `tip` but not from any of `excluded`, parents before
    /// children (`--topo-order`).
    func commits(from tip: String, excluding excluded: [String]) throws -> [CommitInfo] {
        try log(["--reverse", "--topo-order", tip] + excluded.map { "^" + $0 } + ["--"])
    }

    /// Whether `ancestor` is `commit` or one of its ancestors.
    func isAncestor(_ ancestor: String, of commit: String) throws -> Bool {
        try run(["merge-base", "--is-ancestor", ancestor, commit]).status == 0
    }

    /// The commits reachable from HEAD whose messages reference any of `keys`, oldest first;
    /// empty on a branch with no commits.
    ///
    /// git's `--grep` narrows the log to messages containing something like a key
    /// (`#0*12` or `SEC-0*2`, case-insensitive); `CommitMessage` then keeps only real
    /// references, so a key inside a URL or a word does not count.
    public func commits(mentioning keys: [CommitReference.Key], knownPrefixes: Set<String> = []) throws -> [CommitInfo] {
        guard !keys.isEmpty, try headCommit() != nil else { return [] }
        let patterns = Set(keys).sorted().map { key in
            let stem = key.prefix.map { "(^|[^A-Za-z0-9_])\($0)-" } ?? "#"
            return "--grep=\(stem)0*\(key.number)([^0-9]|$)"
        }
        let wanted = Set(keys)
        let candidates = try log(["--reverse", "--extended-regexp", "--regexp-ignore-case"] + patterns + ["HEAD", "--"])
        return candidates.filter { commit in
            commit.references(knownPrefixes: knownPrefixes).contains { wanted.contains($0.key) }
        }
    }

    /// Runs `git log -z` with a format whose fields are separated by NUL, which cannot occur
    /// in a commit message, and splits the output into commits.
    private func log(_ arguments: [String]) throws -> [CommitInfo] {
        let fieldCount = 5
        let fullArguments = ["log", "-z", "--format=%H%x00%aI%x00%s%x00%P%x00%B"] + arguments
        let result = try run(fullArguments)
        guard result.status == 0 else { throw GitError(arguments: fullArguments, result: result) }
        let text = result.outputText
        var fields = text.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        if fields.last == "" { fields.removeLast() }
        guard fields.count % fieldCount == 0 else {
            throw GitError(arguments: fullArguments, status: 0, message: "unexpected log output (\(fields.count) fields)")
        }
        return stride(from: 0, to: fields.count, by: fieldCount).map { (start: Int) -> CommitInfo in
            let parents: [String] = fields[start + 3].split(separator: " ").map(String.init)
            return CommitInfo(sha: fields[start], authorDate: fields[start + 1], subject: fields[start + 2], message: fields[start + 4], parents: parents)
        }
    }
}
