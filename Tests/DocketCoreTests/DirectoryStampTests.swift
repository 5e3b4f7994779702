import Foundation
import Testing
@testable import DocketCore

/// A command about one issue takes the names of a folder from the index while the folder's
/// directory keeps the stamp the index stored with them, and lists the folder otherwise.
@Suite struct DirectoryStampTests {
    private static let files = [
        "open/0001-one.md", "open/0012-twelve.md", "open/012-twelve-again.md", "open/0120-other.md",
        "open/12.md", "closed/0012-old.md", "open/SEC-012-prefixed.md",
    ]

    /// A project whose folders' stamps are set in the past, indexed by a refresh that
    /// starts a second late, so that nothing in it is racy.
    private static func settled() throws -> TestProject {
        let project = TestProject()
        for path in files {
            let key = Slug.key(fromFileName: String(path.split(separator: "/")[1]))!
            let text = key.prefix == nil ? "---\nid: \(key.number)\ntitle: T\n---\n" : "# \(key.plain): T\n\n**Status**: Open\n"
            project.write(".project/issues/" + path, text)
        }
        let past = timespec(tv_sec: 1_700_000_000, tv_nsec: 0)
        for folder in ["open", "closed"] {
            var times = [past, past]
            #expect(utimensat(AT_FDCWD, project.path(".project/issues/" + folder), &times, 0) == 0)
        }
        try index(project, settle: true) { _ = try $0.refresh(IssueState.allCases) }
        return project
    }

    private static func index<T>(_ project: TestProject, settle: Bool = false, _ body: (IssueIndex) throws -> T) throws -> T {
        try #require(try IssueIndex.withIndex(ProjectLayout(root: project.root), warn: { _ in }) { index in
            if settle { index.clock = { FolderListing.coarseNow() + 1_000_000_000 } }
            return try body(index)
        })
    }

    @Test func anUnchangedFolderGivesItsNamesFromTheIndex() throws {
        let project = try Self.settled()
        let open = try Self.index(project) { try $0.namesCarrying(IssueKey(number: 12), in: .open) }
        #expect(open == ["0012-twelve.md", "012-twelve-again.md", "12.md"])
        let closed = try Self.index(project) { try $0.namesCarrying(IssueKey(number: 12), in: .closed) }
        #expect(closed == ["0012-old.md"])
        let prefixed = try Self.index(project) { try $0.namesCarrying(IssueKey(prefix: "SEC", number: 12), in: .open) }
        #expect(prefixed == ["SEC-012-prefixed.md"])
    }

    @Test(arguments: ["add", "remove", "rename"])
    func aNameChangedAfterTheListingMakesTheFolderBeListedAgain(change: String) throws {
        let project = try Self.settled()
        let folder = project.path(".project/issues/open/")
        switch change {
        case "add": project.write(".project/issues/open/0012-new.md", "---\ntitle: New\n---\n")
        case "remove": unlink(folder + "0012-twelve.md")
        default: rename(folder + "0001-one.md", folder + "0013-one.md")
        }
        #expect(try Self.index(project) { try $0.namesCarrying(IssueKey(number: 12), in: .open) } == nil)
    }

    @Test func aDuplicateAddedAfterTheListingIsStillReported() throws {
        let project = try Self.settled()
        project.write(".project/issues/open/0001-copy.md", "---\nid: 1\ntitle: Copy\n---\n")
        let shown = project.run("show", "1")
        #expect(shown.exitCode != 0)
        #expect(shown.stderr.contains("0001-copy.md") && shown.stderr.contains("0001-one.md"))
    }

    @Test func aListingTooRecentToTrustStoresNoStamp() throws {
        let project = TestProject()
        project.write(".project/issues/open/0001-one.md", "---\ntitle: T\n---\n")
        _ = try Self.index(project) { try $0.refresh(IssueState.allCases) }
        #expect(try Self.index(project) { try $0.namesCarrying(IssueKey(number: 1), in: .open) } == nil)
    }

    @Test func showFindsAnIssueThroughTheIndexedNames() throws {
        let project = try Self.settled()
        let shown = project.run("show", "120")
        #expect(shown.exitCode == 0)
        #expect(shown.stdout.contains("0120-other.md"))
    }
}
