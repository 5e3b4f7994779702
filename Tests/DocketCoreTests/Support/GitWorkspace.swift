import Foundation
import Testing
@testable import DocketCore

/// A temporary directory for repositories made with the real git, isolated from the user's
/// and the system's configuration; removed when released. Files it writes get an mtime in
/// the past, so that neither git nor the index ever finds them racy.
final class GitWorkspace {
    let root: String
    private let environment = [
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Tester", "GIT_AUTHOR_EMAIL": "tester@example.com",
        "GIT_COMMITTER_NAME": "Tester", "GIT_COMMITTER_EMAIL": "tester@example.com",
    ]

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/docket-workspace-XXXXXX").utf8CString)
        let made = try #require(mkdtemp(&template))
        root = FileSystem.realPath(String(cString: made))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// `git ARGUMENTS` in `directory` (relative to the root), returning stdout.
    @discardableResult
    func git(_ arguments: String..., in directory: String) throws -> String {
        try git(arguments, in: directory)
    }

    @discardableResult
    func git(_ arguments: [String], in directory: String) throws -> String {
        try Git(directory: root + "/" + directory, environment: environment.merging(["GIT_CEILING_DIRECTORIES": root]) { $1 })
            .output(arguments)
    }

    /// Writes `text` at `path` (relative to the root) and sets its mtime a year back.
    func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        var times = [timespec(tv_sec: time(nil) - 365 * 86_400, tv_nsec: 0), timespec(tv_sec: time(nil) - 365 * 86_400, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, full, &times, 0) == 0)
    }

    /// The entry a folder listing gives for `path`.
    func entry(_ path: String) throws -> DirectoryEntry {
        let full = root + "/" + path
        let listed = try FileSystem.markdownFiles(in: (full as NSString).deletingLastPathComponent)
        return try #require(listed.first { $0.name == (full as NSString).lastPathComponent })
    }
}
