import Foundation

/// One entry of a tree: a file's mode and blob, at a path relative to the top of the tree.
struct TreeEntry: Sendable, Equatable {
    var mode: String
    var blob: String
    var path: String

    /// The entries of `ls-tree -r -z` output (`MODE TYPE SHA\tPATH`, NUL-terminated).
    static func records(in text: String) -> [TreeEntry] {
        text.split(separator: "\0").compactMap { record in
            guard let tab = record.firstIndex(of: "\t") else { return nil }
            let fields = record[..<tab].split(separator: " ")
            guard fields.count == 3 else { return nil }
            return TreeEntry(mode: String(fields[0]), blob: String(fields[2]), path: String(record[record.index(after: tab)...]))
        }
    }
}

/// Who made a commit and when, as `commit-tree` takes it back through `GIT_AUTHOR_*` and
/// `GIT_COMMITTER_*` (dates in git's raw `SECONDS ±HHMM` form, so nothing is lost).
struct CommitIdentity: Sendable, Equatable {
    var authorName: String
    var authorEmail: String
    var authorDate: String
    var committerName: String
    var committerEmail: String
    var committerDate: String

    /// The variables that make `commit-tree` reuse the author, and the committer unless
    /// `keepingCommitter` is false (then git's own committer and the current time apply).
    func environment(keepingCommitter: Bool) -> [String: String] {
        var variables = ["GIT_AUTHOR_NAME": authorName, "GIT_AUTHOR_EMAIL": authorEmail, "GIT_AUTHOR_DATE": authorDate]
        if keepingCommitter {
            variables.merge(["GIT_COMMITTER_NAME": committerName, "GIT_COMMITTER_EMAIL": committerEmail, "GIT_COMMITTER_DATE": committerDate]) { $1 }
        }
        return variables
    }

    /// Whether the author (name, email and date) is the same.
    func sameAuthor(as other: CommitIdentity) -> Bool {
        (authorName, authorEmail, authorDate) == (other.authorName, other.authorEmail, other.authorDate)
    }
}

extension Git {
    /// The full SHA of the commit `revision` names (`HEAD`, a short SHA, a branch, a tag).
    ///
    /// Throws `GitError` saying `unknown revision 'REV'` (git's phrase for it; `rev-parse
    /// --verify` itself only says `Needed a single revision`) when it names no commit. A
    /// revision starting with `-` is never taken as an option.
    func resolveCommit(_ revision: String) throws -> String {
        guard !revision.hasPrefix("-") else {
            throw GitError(arguments: ["rev-parse", revision], status: 128, message: "unknown revision '\(revision)'")
        }
        let arguments = ["rev-parse", "--verify", "\(revision)^{commit}"]
        let result = try run(arguments, environment: ["LC_ALL": "C"])
        guard result.status == 0 else {
            throw GitError(arguments: arguments, status: result.status, message: "unknown revision '\(revision)'")
        }
        return result.outputText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text of `path` (relative to the top) in `commit`'s tree; `nil` when it has none.
    func fileText(_ path: String, in commit: String) throws -> String? {
        let result = try run(["cat-file", "blob", "\(commit):\(path)"])
        return result.status == 0 ? String(decoding: result.standardOutput, as: UTF8.self) : nil
    }

    /// The text of a blob.
    func blobText(_ blob: String) throws -> String {
        String(decoding: try run(["cat-file", "blob", blob]).standardOutput, as: UTF8.self)
    }

    /// Stores `text` as a blob and returns its SHA (`hash-object -w --stdin`).
    func writeBlob(_ text: String) throws -> String {
        try output(["hash-object", "-w", "--stdin"], input: Data(text.utf8))
    }

    /// The files of `commit`'s tree under `paths` (all of them when empty), recursively.
    func treeEntries(_ commit: String, paths: [String] = []) throws -> [TreeEntry] {
        TreeEntry.records(in: try output(["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit, "--"] + paths))
    }

    /// The paths that differ between two commits, renames shown as a deletion and an addition.
    func changedPaths(from old: String, to new: String) throws -> [String] {
        try output(["diff-tree", "-r", "-z", "--no-renames", "--name-only", old, new]).split(separator: "\0").map(String.init)
    }

    /// Who made `commit` and when.
    func identity(of commit: String) throws -> CommitIdentity {
        let fields = try output(["log", "-1", "--date=raw", "--format=%an%x00%ae%x00%ad%x00%cn%x00%ce%x00%cd", commit, "--"])
            .split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 6 else { throw GitError(arguments: ["log", commit], status: 0, message: "unexpected identity output") }
        return CommitIdentity(authorName: fields[0], authorEmail: fields[1], authorDate: fields[2],
                              committerName: fields[3], committerEmail: fields[4], committerDate: fields[5])
    }

    /// Builds a tree from `base`'s (empty when `nil`) with `entries` set and `removals` gone,
    /// in a temporary index in this worktree's git directory, and returns the tree's SHA.
    /// The real index is never touched.
    func tree(from base: String?, setting entries: [TreeEntry], removing removals: [String]) throws -> String {
        guard let gitDirectory = try gitDirectory() else {
            throw GitError(arguments: ["write-tree"], status: nil, message: "'\(directory)' is not inside a git repository")
        }
        let temporaryIndex = "\(gitDirectory)/docket-index-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer {
            unlink(temporaryIndex)
            unlink(temporaryIndex + ".lock")
        }
        let scratch = ["GIT_INDEX_FILE": temporaryIndex]
        if let base { try output(["read-tree", base], environment: scratch) }
        if !removals.isEmpty { try output(["--literal-pathspecs", "update-index", "--force-remove", "--"] + removals, environment: scratch) }
        if !entries.isEmpty {
            let records = entries.map { "\($0.mode) \($0.blob)\t\($0.path)\0" }.joined()
            try output(["update-index", "--add", "-z", "--index-info"], input: Data(records.utf8), environment: scratch)
        }
        return try output(["write-tree"], environment: scratch)
    }

    /// `commit-tree TREE -p PARENT… -F -` with `message` (a final newline added when
    /// missing) and the identity variables in `environment`; no hook runs.
    func commitTree(_ tree: String, parents: [String], message: String, environment extra: [String: String] = [:]) throws -> String {
        let text = message.hasSuffix("\n") ? message : message + "\n"
        return try output(["commit-tree", tree] + parents.flatMap { ["-p", $0] } + ["-F", "-"], input: Data(text.utf8), environment: extra)
    }

    /// Moves HEAD (the branch it names, or HEAD itself when detached) from `old` to `new`
    /// only if it still is `old`, so a concurrent commit makes this fail instead of being lost.
    func moveHead(to new: String, from old: String?, reflog: String) throws {
        try output(["update-ref", "-m", reflog, "HEAD", new, old ?? ""])
    }

    /// Makes the real index hold `commit`'s entries for `paths` (relative to the top);
    /// the working tree is not touched.
    func resetIndex(to commit: String, paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try output(["--literal-pathspecs", "reset", "-q", commit, "--"] + paths)
    }
}
