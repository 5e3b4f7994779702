import Foundation
import Testing
@testable import DocketCore

/// A new worktree's first build copies the rows its sibling worktree parsed from the same
/// bytes (by git blob id) instead of parsing them, and parses everything else.
///
/// To tell a copied row from a parsed one, the sibling's index is given titles its files do
/// not hold: a row with such a title was copied.
@Suite struct SharedRowsTests {
    /// Enough that a worktree with some files removed still builds in bulk, which is when rows are copied.
    private static let count = IssueIndex.bulkThreshold + 100
    private static let copiedMark = "from the sibling: "

    private static func issue(_ number: Int, title: String? = nil) -> String {
        "---\nid: \(number)\ntitle: \(title ?? "Issue \(number)")\nlabels: [l\(number % 7)]\nblocked_by: [\(number + 1)]\n---\n\nBody of \(number) with zyzzyva\n"
    }

    private static func path(_ worktree: String, _ number: Int) -> String {
        "\(worktree)/.project/issues/open/\(String(format: "%04d", number))-issue.md"
    }

    /// A clone whose main worktree is indexed, its index then marked (see above) unless not `marked`.
    private static func clone(marked: Bool = true) throws -> GitWorkspace {
        let workspace = try GitWorkspace()
        try workspace.git("init", "-q", "main", in: ".")
        for number in 1...count {
            try workspace.write(path("main", number), issue(number))
        }
        try workspace.git("add", "-A", in: "main")
        try workspace.git("commit", "-q", "-m", "issues", in: "main")
        try index(workspace, "main") { _ = try $0.refresh(IssueState.allCases) }
        if marked {
            try index(workspace, "main") { try $0.database.execute("UPDATE files SET title = '\(copiedMark)' || title") }
        }
        return workspace
    }

    /// A linked worktree whose files (old mtimes, so nothing is racy) git's index vouches
    /// for; `edit` may change them before git records their stat data, or after.
    private static func addWorktree(_ workspace: GitWorkspace, edit: (String) throws -> Void = { _ in }) throws {
        try workspace.git("worktree", "add", "-q", "--no-checkout", "--detach", "../new", in: "main")
        try workspace.git("read-tree", "HEAD", in: "new")
        for number in 1...count {
            try workspace.write(path("new", number), issue(number))
        }
        try workspace.git("update-index", "-q", "--refresh", in: "new")
        try edit("new")
    }

    /// Runs `body` with the index of `worktree`, its refreshes starting a second late.
    private static func index<T>(_ workspace: GitWorkspace, _ worktree: String, _ body: (IssueIndex) throws -> T) throws -> T {
        try #require(try IssueIndex.withIndex(ProjectLayout(root: workspace.root + "/" + worktree), warn: { _ in }) { index in
            index.clock = { FolderListing.coarseNow() + 1_000_000_000 }
            return try body(index)
        })
    }

    private static func run(_ workspace: GitWorkspace, _ worktree: String, _ arguments: String...) -> Outcome {
        run(workspace, worktree, arguments)
    }

    private static func run(_ workspace: GitWorkspace, _ worktree: String, _ arguments: [String]) -> Outcome {
        Docket.run(Invocation(
            arguments: arguments, environment: ["USER": "tester", "DOCKET_ACTOR": "tester", "NO_COLOR": "1"],
            currentDirectory: workspace.root + "/" + worktree
        ))
    }

    private static func titles(_ workspace: GitWorkspace, _ worktree: String) throws -> [String] {
        try index(workspace, worktree) { index in
            _ = try index.refresh([.open])
            let select = try index.database.prepare("SELECT title FROM files WHERE folder = 0 ORDER BY number")
            var titles: [String] = []
            try select.forEachRow { titles.append($0.text(0)) }
            return titles
        }
    }

    @Test func aNewWorktreeCopiesTheRowsItsSiblingParsedFromTheSameBytes() throws {
        let workspace = try Self.clone()
        try Self.addWorktree(workspace)
        let titles = try Self.titles(workspace, "new")
        #expect(titles.count == Self.count)
        #expect(titles.allSatisfy { $0.hasPrefix(Self.copiedMark) })
    }

    @Test func aFileWhoseBytesAreNotTheSiblingsIsParsed() throws {
        let workspace = try Self.clone()
        try Self.addWorktree(workspace) { worktree in
            try workspace.write(Self.path(worktree, 7), Self.issue(7, title: "Edited here"))
        }
        let titles = try Self.titles(workspace, "new")
        #expect(titles[6] == "Edited here")
        #expect(titles.filter { $0.hasPrefix(Self.copiedMark) }.count == Self.count - 1)
    }

    @Test func labelsAndBlockersComeWithTheCopiedRows() throws {
        let workspace = try Self.clone()
        try Self.addWorktree(workspace)
        #expect(try Self.titles(workspace, "new").allSatisfy { $0.hasPrefix(Self.copiedMark) })
        for arguments in [["list", "-l", "l3"], ["ready"], ["list", "is:blocked", "-l", "l5"]] {
            let sibling = Self.run(workspace, "main", arguments)
            let copied = Self.run(workspace, "new", arguments)
            #expect(copied.exitCode == 0)
            #expect(!copied.stdout.isEmpty)
            #expect(copied.stdout == sibling.stdout, "\(arguments)")
        }
    }

    @Test func aSearchFindsTheTextOfCopiedRows() throws {
        let workspace = try Self.clone()
        try Self.addWorktree(workspace)
        // A build for a search copies the rows, then adds their text.
        try Self.index(workspace, "new") { _ = try $0.refresh(IssueState.allCases, text: true) }
        let search = Self.run(workspace, "new", "search", "zyzzyva", "-n", "0", "--json=id")
        #expect(search.exitCode == 0)
        #expect(search.stdout.components(separatedBy: "\"id\"").count - 1 == Self.count)
    }

    @Test func aSiblingIndexOfAnotherSchemaVersionIsNotRead() throws {
        let workspace = try Self.clone()
        try Self.index(workspace, "main") { try $0.database.execute("PRAGMA user_version = 1") }
        try Self.addWorktree(workspace)
        let titles = try Self.titles(workspace, "new")
        #expect(titles.count == Self.count)
        #expect(!titles.contains { $0.hasPrefix(Self.copiedMark) })
    }

    /// Random edits in the new worktree, before git records its stat data and after: the
    /// shared build lists exactly what a build from the files alone lists.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func aSharedBuildGivesWhatAFullParseGives(seed: UInt64) throws {
        let workspace = try Self.clone(marked: false)
        var random = SplitMix64(seed: seed)
        try Self.addWorktree(workspace) { worktree in
            for _ in 0..<40 {
                let number = Int.random(in: 1...Self.count, using: &random)
                let path = workspace.root + "/" + Self.path(worktree, number)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: try workspace.write(Self.path(worktree, number), Self.issue(number, title: "Edited \(seed)"))
                case 1: unlink(path)
                case 2: rename(path, path.replacingOccurrences(of: "-issue.md", with: "-renamed.md"))
                default: try workspace.write(Self.path(worktree, number), Self.issue(number) + "\nMore text.\n")
                }
            }
            try workspace.write(Self.path(worktree, Self.count + 1), Self.issue(Self.count + 1))
        }
        try Self.index(workspace, "new") { _ = try $0.refresh(IssueState.allCases) }
        let shared = [Self.run(workspace, "new", "list", "--json"), Self.run(workspace, "new", "ready")]
        #expect(Self.run(workspace, "new", "reindex").exitCode == 0)
        let parsed = [Self.run(workspace, "new", "list", "--json"), Self.run(workspace, "new", "ready")]
        #expect(shared.map(\.stdout) == parsed.map(\.stdout))
        #expect(shared.allSatisfy { $0.exitCode == 0 && !$0.stdout.isEmpty })
    }

    @Test func reindexParsesEveryFileItself() throws {
        let workspace = try Self.clone()
        try Self.addWorktree(workspace)
        _ = try Self.titles(workspace, "new")
        #expect(Self.run(workspace, "new", "reindex").exitCode == 0)
        let titles = try Self.titles(workspace, "new")
        #expect(titles.count == Self.count)
        #expect(!titles.contains { $0.hasPrefix(Self.copiedMark) })
    }

    @Test func aCopiedIssueEditedLaterIsParsedAgain() throws {
        let workspace = try Self.clone()
        try Self.addWorktree(workspace)
        _ = try Self.titles(workspace, "new")
        try workspace.write(Self.path("new", 12), Self.issue(12, title: "Edited after the copy"))
        #expect(try Self.titles(workspace, "new")[11] == "Edited after the copy")
    }
}
