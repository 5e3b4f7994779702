import Foundation
import Testing

@testable import DocketCore

/// The index compares a file's ctime as well as its mtime, as git does: a program can set
/// the mtime back, never the ctime.
@Suite struct IndexChangeTimeTests {
    /// Rewrites a file in place (same inode, same size): open with `O_TRUNC`, write, close.
    private func overwrite(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// Sets a file's mtime (and atime) to a time long past, so the index trusts it.
    private func setModified(_ path: String, seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 123_456_789), timespec(tv_sec: seconds, tv_nsec: 123_456_789)]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func aSameSizeRewriteThatRestoresTheMtimeIsNoticed() throws {
        let project = TestProject()
        let path = project.path(".project/issues/open/0001-a.md")
        overwrite(path, "---\nid: 1\ntitle: Title one\n---\n")
        setModified(path, seconds: 1_700_000_000)
        #expect(project.run("list", "--format", "{{title}}").stdout == "Title one\n")
        overwrite(path, "---\nid: 1\ntitle: Title two\n---\n")
        setModified(path, seconds: 1_700_000_000)
        #expect(project.run("list", "--format", "{{title}}").stdout == "Title two\n")
    }
}
