import Foundation

/// Keeps what Docket reads and writes inside the project: a path below the root that leads
/// outside it through a symlink is refused. A symlink that stays inside the project is fine.
enum PathContainment {
    /// Throws when `path` (below `root`), or a folder on the way to it, resolves to a place
    /// outside `root`. The error names the first such component and where it leads. A path
    /// that does not exist yet is checked as far as it goes.
    static func check(_ path: String, root: String) throws(DocketError) {
        guard path.hasPrefix(root + "/"), let realRoot = resolved(root) else { return }
        var prefix = root
        for component in path.dropFirst(root.count + 1).split(separator: "/") {
            prefix += "/" + component
            var info = stat()
            guard lstat(prefix, &info) == 0 else { return }
            let target: String
            if let real = resolved(prefix) {
                guard !isInside(real, realRoot) else { continue }
                target = real
            } else {
                guard (info.st_mode & S_IFMT) == S_IFLNK, let dangling = danglingTarget(of: prefix) else { return }
                guard !isInside(dangling, realRoot), !isInside(dangling, root) else { return }
                target = dangling
            }
            let relative = String(prefix.dropFirst(root.count + 1))
            throw .failure("\(TerminalText.line(relative)) is a symlink to \(TerminalText.line(target)), outside the project; refusing to use it")
        }
    }

    private static func isInside(_ path: String, _ root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    /// The path with every symlink resolved, or nil when it does not resolve.
    private static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// Where a symlink whose target does not exist points, as an absolute path.
    private static func danglingTarget(of link: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let absolute = target.hasPrefix("/") ? target : (link as NSString).deletingLastPathComponent + "/" + target
        return (absolute as NSString).standardizingPath
    }
}
