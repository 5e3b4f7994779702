import Foundation

/// A multi-step git operation under way in a worktree.
public enum GitOperation: String, Sendable, CaseIterable {
    case rebase
    /// `git am` (which shares `rebase-apply` with the old rebase backend).
    case am
    case merge
    case cherryPick = "cherry-pick"
    case revert
    case bisect

    /// The operation whose state files are in `gitDirectory` (a worktree's own git dir).
    ///
    /// Checked in this order, because a rebase stopped on a conflict also leaves
    /// `CHERRY_PICK_HEAD`: `rebase-merge/` or `rebase-apply/` (with `applying` it is `am`),
    /// `MERGE_HEAD`, `CHERRY_PICK_HEAD`, `REVERT_HEAD`, then a cherry-pick or revert
    /// sequence (`sequencer/todo`, named by its first command), then `BISECT_LOG`.
    static func inProgress(gitDirectory: String) -> GitOperation? {
        func exists(_ name: String) -> Bool {
            var info = stat()
            return lstat(gitDirectory + "/" + name, &info) == 0
        }
        if exists("rebase-merge") { return .rebase }
        if exists("rebase-apply") { return exists("rebase-apply/applying") ? .am : .rebase }
        if exists("MERGE_HEAD") { return .merge }
        if exists("CHERRY_PICK_HEAD") { return .cherryPick }
        if exists("REVERT_HEAD") { return .revert }
        if let sequence = sequencerOperation(gitDirectory + "/sequencer/todo") { return sequence }
        if exists("BISECT_LOG") { return .bisect }
        return nil
    }

    /// `.revert` or `.cherryPick` from the first command in a sequencer todo list.
    private static func sequencerOperation(_ path: String) -> GitOperation? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 256)) ?? Data(), as: UTF8.self)
        let command = head.split(whereSeparator: \.isWhitespace).first
        switch command {
        case "revert", "r": return .revert
        case "pick", "p": return .cherryPick
        default: return nil
        }
    }
}
