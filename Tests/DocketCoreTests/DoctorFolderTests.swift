import Foundation
import Testing

@testable import DocketCore

/// The doctor lists the folders itself and reports, as `path: why`, every entry that is no
/// issue file to read, instead of skipping it.
@Suite struct DoctorFolderTests {
    private let open = ".project/issues/open/"

    /// Creates an entry whose name is raw bytes (not necessarily UTF-8).
    private func createFile(_ directory: String, bytes: [UInt8]) {
        let path = Array(directory.utf8) + Array("/".utf8) + bytes + [0]
        let fd = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { Glibc.open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        close(fd)
    }

    /// Sets a file's mtime.
    private func setModified(_ path: String, _ date: Date) {
        let time = timespec(tv_sec: Int(date.timeIntervalSince1970), tv_nsec: 0)
        var times = [time, time]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func aNameThatIsNotUTF8IsReportedWithItsBytesEscaped() {
        let project = TestProject()
        createFile(project.path(open), bytes: Array("0001-caf".utf8) + [0xE9] + Array(".md".utf8))
        let outcome = project.run("doctor")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout == open + "0001-caf\\xE9.md: the file name is not valid UTF-8; rename it\n")
    }

    @Test func aSymlinkedIssueFileIsReported() throws {
        let project = TestProject()
        project.write("elsewhere.md", "---\nid: 1\ntitle: A\n---\n")
        try FileManager.default.createSymbolicLink(atPath: project.path(open + "0001-a.md"), withDestinationPath: project.path("elsewhere.md"))
        #expect(project.run("doctor").stdout == open + "0001-a.md: a symlink, which docket does not follow; put the file itself here\n")
    }

    @Test func aFIFOIsReported() {
        let project = TestProject()
        mkfifo(project.path(open + "pipe"), 0o644)
        #expect(project.run("doctor").stdout == open + "pipe: a FIFO, not an issue file; remove it\n")
    }

    @Test func aSocketIsReported() throws {
        let project = TestProject()
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(project.path(open + "sock").utf8) + [0]
        try #require(path.count <= MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        #expect(project.run("doctor").stdout == open + "sock: a socket, not an issue file; remove it\n")
    }

    /// Temporary files where writes put them (the cache's tmp/, or beside the file), and one in the cache folder.
    static let temporaries = [".project/issues/open/", ".project/issues/closed/", ".project/.docket/", ".project/.docket/tmp/"]

    @Test(arguments: temporaries)
    func aStaleTemporaryFileIsReportedAndFixRemovesIt(folder: String) {
        let project = TestProject()
        let name = ".docket-4242-17.tmp"
        project.write(folder + name, "half a write")
        setModified(project.path(folder + name), project.now.addingTimeInterval(-61))
        let report = project.run("doctor")
        #expect(report.exitCode == 1)
        #expect(report.stdout == folder + name + ": a temporary file left by an interrupted write; 'docket doctor --fix' removes it\n")
        let fixed = project.run("doctor", "--fix")
        #expect(fixed.exitCode == 0)
        #expect(fixed.stdout == "removed \(folder + name): a temporary file left by an interrupted write\nNo problems left.\n")
        #expect(!FileSystem.exists(project.path(folder + name)))
    }

    @Test func aRecentTemporaryFileOfALiveProcessIsReportedButKept() {
        let project = TestProject()
        let name = ".docket-\(getpid())-18.tmp"
        project.write(open + name, "a write under way")
        setModified(project.path(open + name), project.now.addingTimeInterval(-59))
        let fixed = project.run("doctor", "--fix")
        #expect(fixed.exitCode == 1)
        #expect(fixed.stdout == open + name + ": a temporary file of a write under way (or interrupted less than 60 s ago)\n")
        #expect(FileSystem.exists(project.path(open + name)))
    }

    @Test func aRecentTemporaryFileOfAProcessThatIsGoneIsStale() throws {
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let project = TestProject()
        let name = ".docket-\(finished.processIdentifier)-19.tmp"
        project.write(open + name, "a killed write")
        setModified(project.path(open + name), project.now.addingTimeInterval(-1))
        #expect(project.run("doctor", "--fix").exitCode == 0)
        #expect(!FileSystem.exists(project.path(open + name)))
    }

    @Test func ordinaryHiddenAndOtherFilesAreNotProblems() {
        let project = TestProject()
        project.write(open + "notes.txt", "x")
        project.write(open + ".hidden.md", "x")
        #expect(project.run("doctor").stdout == "No problems found.\n")
    }
}
