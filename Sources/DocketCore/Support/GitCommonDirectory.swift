import Foundation

/// Finds a repository's git directories by reading `.git` files, without running git:
/// the ID counter needs the common directory on every `new`, and spawning git costs more
/// than the rest of the command.
enum GitCommonDirectory {
    /// The common git directory (shared by all worktrees) of the repository holding
    /// `directory`, or `nil` outside a repository.
    static func find(from directory: String) -> String? {
        var current = (directory as NSString).standardizingPath
        while true {
            let dotGit = current + "/.git"
            if FileSystem.isDirectory(dotGit) {
                return common(of: dotGit)
            }
            if FileSystem.exists(dotGit), let gitDir = readGitFile(dotGit, base: current) {
                return common(of: gitDir)
            }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// A linked worktree's `.git` file says `gitdir: PATH`.
    private static func readGitFile(_ path: String, base: String) -> String? {
        guard let text = try? FileSystem.readText(path), text.hasPrefix("gitdir:") else { return nil }
        let target = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
        return resolve(target, against: base)
    }

    /// A worktree's git directory names the common one in its `commondir` file.
    private static func common(of gitDir: String) -> String {
        guard let text = try? FileSystem.readText(gitDir + "/commondir") else { return gitDir }
        return resolve(text.trimmingCharacters(in: .whitespacesAndNewlines), against: gitDir)
    }

    private static func resolve(_ path: String, against base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return (joined as NSString).standardizingPath
    }
}
