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

    /// The git directory of the worktree whose top is `top`: `.git` itself in the main
    /// worktree, the directory its `.git` file names in a linked one.
    static func gitDirectory(ofWorktree top: String) -> String? {
        let dotGit = top + "/.git"
        if FileSystem.isDirectory(dotGit) { return dotGit }
        return FileSystem.exists(dotGit) ? readGitFile(dotGit, base: top) : nil
    }

    /// The tops of the clone's worktrees, read from its common directory: the main one (the
    /// directory holding a common directory called `.git`) and each linked one, whose
    /// `worktrees/NAME/gitdir` names its `.git` file. Worktrees since deleted are listed too.
    static func worktreeRoots(commonDirectory: String) -> [String] {
        var roots: [String] = []
        if (commonDirectory as NSString).lastPathComponent == ".git" {
            roots.append((commonDirectory as NSString).deletingLastPathComponent)
        }
        let linked = commonDirectory + "/worktrees"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: linked)) ?? []).sorted() {
            guard let text = try? FileSystem.readText(linked + "/" + name + "/gitdir") else { continue }
            let dotGit = resolve(text.trimmingCharacters(in: .whitespacesAndNewlines), against: linked + "/" + name)
            roots.append((dotGit as NSString).deletingLastPathComponent)
        }
        return roots
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
