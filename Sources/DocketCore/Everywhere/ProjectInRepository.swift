import Foundation

/// Where a project sits in its git repository: the common git directory, the top of the
/// worktree, and the project's folder relative to that top, which is where every other
/// worktree and every branch's tree keep its issues.
struct ProjectInRepository: Sendable {
    let commonDirectory: String
    let workTreeRoot: String
    /// The project root relative to the top of the worktree: `""`, or `sub/dir/`.
    let prefix: String

    /// Found by reading `.git` files, without running git; `nil` outside a repository.
    init?(layout: ProjectLayout) {
        guard let common = GitCommonDirectory.find(from: layout.root),
              let top = Worktree.root(from: layout.root)
        else { return nil }
        let realTop = FileSystem.realPath(top)
        let realRoot = FileSystem.realPath(layout.root)
        if realRoot == realTop {
            prefix = ""
        } else if realRoot.hasPrefix(realTop + "/") {
            prefix = String(realRoot.dropFirst(realTop.count + 1)) + "/"
        } else {
            return nil
        }
        commonDirectory = common
        workTreeRoot = realTop
    }

    init(commonDirectory: String, workTreeRoot: String, prefix: String) {
        self.commonDirectory = commonDirectory
        self.workTreeRoot = workTreeRoot
        self.prefix = prefix
    }

    /// Where Docket keeps what it caches for the whole clone (beside the ID counter).
    var cacheDirectory: String { commonDirectory + "/docket" }

    /// `open/` or `closed/` relative to the top of a tree.
    func folder(_ state: IssueState) -> String { prefix + ".project/issues/" + state.rawValue }

    /// The project's root inside another worktree of the clone.
    func projectRoot(inWorktree path: String) -> String {
        prefix.isEmpty ? path : path + "/" + String(prefix.dropLast())
    }

    /// One issue file of a tree: its folder, its name and its blob.
    struct TreeFile: Sendable, Equatable {
        var state: IssueState
        var name: String
        var blob: String
    }

    /// The issue files among `ls-tree` entries: regular `.md` files, not hidden, directly in
    /// `open/` or `closed/` (as a worktree's folders are read).
    func issueFiles(in entries: [TreeEntry]) -> [TreeFile] {
        let folders = IssueState.allCases.map { (state: $0, path: folder($0) + "/") }
        return entries.compactMap { entry in
            guard entry.mode == "100644" || entry.mode == "100755", entry.path.hasSuffix(".md"),
                  let folder = folders.first(where: { entry.path.hasPrefix($0.path) })
            else { return nil }
            let name = String(entry.path.dropFirst(folder.path.count))
            guard !name.contains("/"), !name.hasPrefix(".") else { return nil }
            return TreeFile(state: folder.state, name: name, blob: entry.blob)
        }
    }

    /// The `ls-tree` pathspecs for both folders.
    var folderPathspecs: [String] { IssueState.allCases.map(folder) }
}
