import Foundation
import Testing
@testable import DocketCore

@Suite struct FileSystemTests {
    let project = TestProject(initialized: false)

    @Test func moveNeverReplacesAFile() throws {
        project.write("a", "first")
        project.write("b", "second")
        #expect(throws: SystemError.self) { try FileSystem.move(project.path("a"), to: project.path("b")) }
        #expect(project.read("a") == "first")
        #expect(project.read("b") == "second")
    }

    @Test func moveRenamesToAFreeName() throws {
        project.write("a", "first")
        try FileSystem.move(project.path("a"), to: project.path("c"))
        #expect(!FileSystem.exists(project.path("a")))
        #expect(project.read("c") == "first")
    }

    @Test func readingAFIFOIsRefusedInsteadOfHanging() throws {
        #expect(mkfifo(project.path("fifo"), 0o644) == 0)
        let error = #expect(throws: SystemError.self) { try FileSystem.readText(project.path("fifo")) }
        #expect(error?.description.contains("not a regular file (a FIFO)") == true)
    }

    @Test func readingThroughASymlinkIsRefused() throws {
        project.write("target", "x")
        #expect(symlink(project.path("target"), project.path("link")) == 0)
        #expect(throws: SystemError.self) { try FileSystem.readText(project.path("link")) }
    }

    @Test func anAtomicWriteKeepsInvalidBytesAndThePermissions() throws {
        let path = project.path("file")
        project.write("file", "")
        chmod(path, 0o600)
        let bytes: [UInt8] = [0x61, 0xFF, 0x0D, 0x0A, 0xE9]
        try FileSystem.writeAtomically(LosslessUTF8.decode(bytes), to: path)
        #expect(try FileSystem.readBytes(path) == bytes)
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func anAtomicWriteStagesInTheGivenFolderAndLeavesNothingThere() throws {
        try FileSystem.makeDirectories(project.path("tmp"))
        try FileSystem.writeAtomically("text", to: project.path("file"), temporaryDirectory: project.path("tmp"))
        #expect(project.read("file") == "text")
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.path("tmp")).isEmpty)
    }

    @Test func aFailedWriteNamesTheFileNotItsTemporary() throws {
        let error = #expect(throws: SystemError.self) {
            try FileSystem.writeAtomically("text", to: project.path("missing/file"))
        }
        #expect(error?.path == project.path("missing/file"))
    }

    @Test func readTextIfPresentIsNilOnlyWhenNothingIsThere() throws {
        #expect(try FileSystem.readTextIfPresent(project.path("none")) == nil)
        #expect(mkfifo(project.path("fifo"), 0o644) == 0)
        #expect(throws: SystemError.self) { try FileSystem.readTextIfPresent(project.path("fifo")) }
    }
}
