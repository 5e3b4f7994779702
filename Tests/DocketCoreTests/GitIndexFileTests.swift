import Foundation
import Testing
@testable import DocketCore

/// Git's index, read without git: the blob id of each file of a folder whose stat data git
/// holds, checked against `git hash-object` in repositories made by the real git.
@Suite struct GitIndexFileTests {
    private static let folder = ".project/issues/open"
    private static let files = ["0001-one.md": "---\nid: 1\n---\n", "0002-two.md": "---\nid: 2\ntitle: Two\n---\n\nBody\n"]

    /// A repository holding `files` in `folder`, a file in a subfolder of it and one elsewhere, all added.
    private func repository(_ workspace: GitWorkspace, _ initArguments: String...) throws {
        try workspace.git(["init", "-q"] + initArguments + ["repo"], in: ".")
        for (name, text) in Self.files {
            try workspace.write("repo/\(Self.folder)/\(name)", text)
        }
        try workspace.write("repo/\(Self.folder)/deeper/0003-nested.md", "nested\n")
        try workspace.write("repo/.project/issues/closed/0004-closed.md", "closed\n")
        try workspace.git("add", "-A", in: "repo")
    }

    private func read(_ workspace: GitWorkspace, length: Int = 20) -> GitIndexFile? {
        GitIndexFile.read(path: workspace.root + "/repo/.git/index", folders: [Self.folder], objectIDLength: length)
    }

    private func hashObject(_ workspace: GitWorkspace, _ name: String) throws -> String {
        try workspace.git("hash-object", "\(Self.folder)/\(name)", in: "repo").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [2, 3, 4])
    func eachFileOfTheFolderHasItsBlobIdAtEveryIndexVersion(version: Int) throws {
        let workspace = try GitWorkspace()
        try repository(workspace)
        try workspace.git("update-index", "--index-version", String(version), in: "repo")
        let index = try #require(read(workspace))
        #expect(Set(index.entries.keys) == Set(Self.files.keys.map { "\(Self.folder)/\($0)" }))
        for name in Self.files.keys {
            let entry = try workspace.entry("repo/\(Self.folder)/\(name)")
            #expect(index.objectID(of: entry, in: Self.folder) == (try hashObject(workspace, name)))
        }
    }

    @Test func oneReadGivesTheFilesOfEveryFolderAsked() throws {
        let workspace = try GitWorkspace()
        try repository(workspace)
        let closed = ".project/issues/closed"
        let index = try #require(GitIndexFile.read(path: workspace.root + "/repo/.git/index", folders: [Self.folder, closed], objectIDLength: 20))
        #expect(index.entries.count == Self.files.count + 1)
        let entry = try workspace.entry("repo/\(closed)/0004-closed.md")
        #expect(index.objectID(of: entry, in: closed) == (try workspace.git("hash-object", "\(closed)/0004-closed.md", in: "repo").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(index.objectID(of: entry, in: Self.folder) == nil)
    }

    @Test func aSHA256RepositoryHasLongerBlobIds() throws {
        let workspace = try GitWorkspace()
        try repository(workspace, "--object-format=sha256")
        let length = GitIndexFile.objectIDLength(commonDirectory: workspace.root + "/repo/.git")
        #expect(length == 32)
        let index = try #require(read(workspace, length: length))
        let entry = try workspace.entry("repo/\(Self.folder)/0001-one.md")
        #expect(index.objectID(of: entry, in: Self.folder) == (try hashObject(workspace, "0001-one.md")))
        #expect(index.objectID(of: entry, in: Self.folder)?.count == 64)
    }

    @Test func aFileWhoseStatIsNotGitsHasNoBlobId() throws {
        let workspace = try GitWorkspace()
        try repository(workspace)
        try workspace.write("repo/\(Self.folder)/0001-one.md", "---\nid: 1\ntitle: Edited\n---\n")
        let entry = try workspace.entry("repo/\(Self.folder)/0001-one.md")
        #expect(try #require(read(workspace)).objectID(of: entry, in: Self.folder) == nil)
    }

    @Test func aFileModifiedAtOrAfterTheIndexWasWrittenIsRacy() throws {
        let workspace = try GitWorkspace()
        try repository(workspace)
        let path = workspace.root + "/repo/\(Self.folder)/0001-one.md"
        var future = [timespec(tv_sec: time(nil) + 3_600, tv_nsec: 0), timespec(tv_sec: time(nil) + 3_600, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &future, 0) == 0)
        try workspace.git("update-index", "--refresh", in: "repo")
        let entry = try workspace.entry("repo/\(Self.folder)/0001-one.md")
        #expect(try #require(read(workspace)).objectID(of: entry, in: Self.folder) == nil)
    }

    @Test(arguments: ["--assume-unchanged", "--skip-worktree"])
    func anEntryWhoseStatGitDoesNotKeepHasNoBlobId(flag: String) throws {
        let workspace = try GitWorkspace()
        try repository(workspace)
        try workspace.git("update-index", flag, "\(Self.folder)/0001-one.md", in: "repo")
        let index = try #require(read(workspace))
        #expect(index.entries["\(Self.folder)/0001-one.md"] == nil)
        #expect(index.entries["\(Self.folder)/0002-two.md"] != nil)
    }

    @Test func aSplitIndexIsNotRead() throws {
        let workspace = try GitWorkspace()
        try repository(workspace)
        try workspace.git("update-index", "--split-index", in: "repo")
        #expect(read(workspace) == nil)
    }

    @Test func everyTruncationOfAnIndexGivesNoEntriesOrTheirPrefix() throws {
        let workspace = try GitWorkspace()
        try repository(workspace)
        let bytes = try FileSystem.readBytes(workspace.root + "/repo/.git/index")
        let whole = try #require(bytes.withUnsafeBufferPointer { GitIndexFile.parse($0, prefixes: [Array((Self.folder + "/").utf8)], objectIDLength: 20) })
        for length in 0..<bytes.count {
            let parsed = Array(bytes[..<length]).withUnsafeBufferPointer {
                GitIndexFile.parse($0, prefixes: [Array((Self.folder + "/").utf8)], objectIDLength: 20)
            }
            if let parsed { #expect(parsed == whole, "length \(length)") }
        }
    }
}
