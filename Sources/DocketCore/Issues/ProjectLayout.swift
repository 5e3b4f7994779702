import Foundation

/// Where a project's issues, template and caches live, all below its root.
public struct ProjectLayout: Sendable {
    /// The absolute path of the directory that holds `.project/`.
    public let root: String

    public init(root: String) {
        self.root = root
    }

    public var issuesDirectory: String { root + "/.project/issues" }
    public var templatePath: String { issuesDirectory + "/ISSUE_TEMPLATE.md" }
    public var namedTemplatesDirectory: String { issuesDirectory + "/ISSUE_TEMPLATE" }
    public var githubTemplatesDirectory: String { root + "/.github/ISSUE_TEMPLATE" }
    public var cacheDirectory: String { root + "/.project/.docket" }
    public var indexPath: String { cacheDirectory + "/index.sqlite" }

    /// `open/` or `closed/`.
    public func directory(for state: IssueState) -> String {
        issuesDirectory + "/" + state.rawValue
    }

    /// The path relative to the root, as printed and stored in JSON.
    public func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// The relative path of a file in a state's folder.
    public func relativePath(state: IssueState, name: String) -> String {
        ".project/issues/\(state.rawValue)/\(name)"
    }

    /// Throws when `.project`, `.project/issues`, `open/`, `closed/` or `.project/.docket/`
    /// is a symlink that leads outside the root; every command that uses the project
    /// checks this first, so nothing is read from or written to a place outside it.
    public func checkContained() throws(DocketError) {
        for path in [directory(for: .open), directory(for: .closed), cacheDirectory] {
            try PathContainment.check(path, root: root)
        }
    }

    /// Whether `path` is a directory or a symlink to one.
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The nearest directory from `start` upward that contains `.project/issues/` (which
    /// may be a symlink to a directory).
    public static func find(from start: String) -> ProjectLayout? {
        var directory = (start as NSString).standardizingPath
        while true {
            if isFolder(directory + "/.project/issues") {
                return ProjectLayout(root: directory)
            }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { return nil }
            directory = parent
        }
    }
}
