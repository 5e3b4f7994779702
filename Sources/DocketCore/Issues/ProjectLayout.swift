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

    /// The nearest directory from `start` upward that contains `.project/issues/`.
    public static func find(from start: String) -> ProjectLayout? {
        var directory = (start as NSString).standardizingPath
        while true {
            if FileSystem.isDirectory(directory + "/.project/issues") {
                return ProjectLayout(root: directory)
            }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { return nil }
            directory = parent
        }
    }
}
