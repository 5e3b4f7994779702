import Foundation

/// The git worktree a directory is in, found without running git: the nearest directory
/// upwards that holds `.git` (a folder in the main worktree, a file in a linked one).
enum Worktree {
    /// The worktree's top directory, or `nil` outside a repository.
    static func root(from directory: String) -> String? {
        var current = (directory as NSString).standardizingPath
        while true {
            if FileSystem.exists(current + "/.git") { return current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// What qualifies a git user's name as an actor: the worktree's directory name, so
    /// `alice` in `~/src/feature-x` is `alice@feature-x`.
    static func name(of root: String) -> String {
        (root as NSString).lastPathComponent
    }
}
