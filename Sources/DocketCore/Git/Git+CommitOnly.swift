import Foundation

/// A file a Docket commit sets, relative to the top of the working tree: its new text, or
/// `nil` when the commit deletes it.
public struct CommittedFile: Sendable, Equatable {
    public var path: String
    public var text: String?

    public init(path: String, text: String?) {
        self.path = path
        self.text = text
    }
}

extension Git {
    /// This repository's runner at the top of the working tree, where the paths of the tree
    /// functions are relative to; throws outside a working tree.
    func atTop() throws -> Git {
        guard let top = try topLevel() else {
            throw GitError(arguments: ["rev-parse", "--show-toplevel"], status: nil, message: "'\(directory)' is not inside a git working tree")
        }
        return Git(directory: top, environment: environment, executable: executable)
    }

    /// Makes one commit on HEAD holding exactly `files` as given (not as the working tree has
    /// them) on top of HEAD's tree, without running any hook, then gives the real index those
    /// entries. Returns the new commit's SHA, or `nil` when nothing differs from HEAD.
    ///
    /// A moved file is two entries: the deletion and the addition. Everything else staged or
    /// modified stays exactly as it was, uncommitted, and the working tree is never touched,
    /// so unstaged edits to one of `files` stay unstaged edits. Works on a branch with no
    /// commits yet and in linked worktrees.
    ///
    /// How: each text is stored with `hash-object -w --stdin` and entered into a temporary
    /// index seeded from HEAD, written as a tree and committed with `commit-tree` (so no hook
    /// runs); `update-ref HEAD NEW OLD` moves the branch only if HEAD still is OLD, so a
    /// concurrent commit makes this fail rather than be lost; finally `reset NEW -- paths`
    /// copies the committed entries into the real index. Honours `commit.gpgSign` and the
    /// usual author/committer settings.
    @discardableResult
    public func commitOnly(files: [CommittedFile], message: String) throws -> String? {
        guard !files.isEmpty else { return nil }
        let root = try atTop()
        let parent = try root.headCommit()
        let entries = try files.compactMap { file in
            try file.text.map { TreeEntry(mode: "100644", blob: try root.writeBlob($0), path: file.path) }
        }
        let tree = try root.tree(from: parent, setting: entries, removing: files.filter { $0.text == nil }.map(\.path))
        if let parent, try tree == root.output(["rev-parse", "--verify", "\(parent)^{tree}"]) { return nil }
        let commit = try root.commitTree(tree, parents: parent.map { [$0] } ?? [], message: message)
        try root.moveHead(to: commit, from: parent, reflog: "commit (docket): \(CommitMessage.subject(of: message))")
        try root.resetIndex(to: commit, paths: files.map(\.path))
        return commit
    }
}

extension Git {
    /// Puts `files` into the real index exactly as given (blobs written from their text,
    /// deletions removed); the working tree is not touched.
    func stage(_ files: [CommittedFile]) throws {
        let removals = files.filter { $0.text == nil }.map(\.path)
        if !removals.isEmpty { try output(["--literal-pathspecs", "update-index", "--force-remove", "--"] + removals) }
        let records = try files.compactMap { file in try file.text.map { "100644 \(try writeBlob($0))\t\(file.path)\0" } }.joined()
        if !records.isEmpty { try output(["update-index", "-z", "--index-info"], input: Data(records.utf8)) }
    }
}
