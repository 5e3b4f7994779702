import Foundation
import Testing

@testable import DocketCore

/// The full-text index is built only when a query needs it: lists store the fields alone,
/// and the first search adds the text of every file, as the files are then.
@Suite struct LazyFullTextTests {
    /// A project in a fresh temporary directory, its files written behind Docket's back.
    private struct Project {
        let root: String
        var layout: ProjectLayout { ProjectLayout(root: root) }

        init() throws {
            root = NSTemporaryDirectory() + "docket-lazy-text-tests-" + UUID().uuidString
            for folder in ["open", "closed"] {
                try FileManager.default.createDirectory(atPath: root + "/.project/issues/" + folder, withIntermediateDirectories: true)
            }
        }

        /// Writes issue `id` in place and gives it an mtime long past (`stamp` ns after a
        /// fixed second), so the index trusts its stamp rather than parsing it again as recent.
        func write(_ folder: String, _ id: Int, body: String, stamp: Int) {
            let path = root + "/.project/issues/\(folder)/\(String(format: "%04d", id))-x.md"
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return }
            var bytes = Array("---\nid: \(id)\ntitle: Issue \(id)\n---\n\n\(body)\n".utf8)
            _ = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            close(fd)
            var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: stamp), timespec(tv_sec: 1_700_000_000, tv_nsec: stamp)]
            utimensat(AT_FDCWD, path, &times, 0)
        }

        func run(_ arguments: String..., stderrIsTerminal: Bool = false) -> Outcome {
            Docket.run(Invocation(arguments: arguments, currentDirectory: root, stderrIsTerminal: stderrIsTerminal))
        }

        /// The keys a search prints, in its order.
        func searchKeys(_ arguments: String...) -> [String] {
            Docket.run(Invocation(arguments: ["search"] + arguments, currentDirectory: root)).stdout
                .split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        }

        /// How many rows the full-text index holds.
        func textRows() throws -> Int {
            let database = try Database(path: layout.indexPath)
            let count = try database.prepare("SELECT count(*) FROM fts")
            return try count.step() ? count.int(0) : -1
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func aListStoresNoFullText() throws {
        let project = try Project()
        defer { project.remove() }
        project.write("open", 1, body: "alpha", stamp: 1)
        #expect(project.run("list").exitCode == 0)
        #expect(try project.textRows() == 0)
    }

    @Test func aSearchAfterListOnlyIndexingFindsEveryIssue() throws {
        let project = try Project()
        defer { project.remove() }
        for id in 1...300 {
            project.write(id % 3 == 0 ? "closed" : "open", id, body: id % 2 == 0 ? "even alpha" : "odd alpha", stamp: id)
        }
        #expect(project.run("list").exitCode == 0)
        #expect(project.run("list", "is:closed").exitCode == 0)
        #expect(Set(project.searchKeys("alpha", "-n", "0")) == Set((1...300).map(String.init)))
        #expect(Set(project.searchKeys("even", "-n", "0")) == Set(stride(from: 2, through: 300, by: 2).map(String.init)))
        #expect(try project.textRows() == 300)
    }

    @Test func aFileEditedBetweenAListAndTheFirstSearchIsFoundByItsNewWords() throws {
        let project = try Project()
        defer { project.remove() }
        project.write("open", 1, body: "alpha", stamp: 1)
        project.write("open", 2, body: "other", stamp: 2)
        #expect(project.run("list").exitCode == 0)
        // Same size, same inode, another mtime long past.
        project.write("open", 1, body: "omega", stamp: 3)
        #expect(project.searchKeys("omega") == ["1"])
        #expect(project.searchKeys("alpha") == [])
    }

    @Test func anIssueAddedAfterTheFirstSearchIsFoundByTheNext() throws {
        let project = try Project()
        defer { project.remove() }
        project.write("open", 1, body: "alpha", stamp: 1)
        #expect(project.searchKeys("alpha") == ["1"])
        project.write("open", 2, body: "alpha too", stamp: 2)
        #expect(project.run("list").exitCode == 0)
        #expect(project.searchKeys("alpha") == ["1", "2"])
    }

    @Test func aListWithWordsBuildsTheTextItNeeds() throws {
        let project = try Project()
        defer { project.remove() }
        project.write("open", 1, body: "alpha", stamp: 1)
        project.write("open", 2, body: "beta", stamp: 2)
        #expect(project.run("list").exitCode == 0)
        let outcome = project.run("list", "beta")
        #expect(outcome.stdout.contains("Issue 2"))
        #expect(!outcome.stdout.contains("Issue 1"))
    }

    @Test func theFirstLargeSearchOnATerminalSaysItBuildsTheText() throws {
        let project = try Project()
        defer { project.remove() }
        for id in 1...IssueIndex.noticeThreshold {
            project.write("open", id, body: "alpha", stamp: id)
        }
        #expect(project.run("list").exitCode == 0)
        let first = project.run("search", "alpha", stderrIsTerminal: true)
        #expect(first.stderr.hasPrefix("docket: building the full-text index of \(IssueIndex.noticeThreshold) issues, once\n"))
        #expect(!project.run("search", "alpha", stderrIsTerminal: true).stderr.contains("building"))
    }

    @Test func theFirstSearchInAPipeIsQuiet() throws {
        let project = try Project()
        defer { project.remove() }
        for id in 1...IssueIndex.noticeThreshold {
            project.write("open", id, body: "alpha", stamp: id)
        }
        #expect(project.run("list").exitCode == 0)
        #expect(project.run("search", "alpha", "-n", "1").stderr == "")
    }
}
