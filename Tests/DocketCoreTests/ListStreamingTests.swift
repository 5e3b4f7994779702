import Foundation
import Testing
@testable import DocketCore

/// A list piped to another program is streamed from the index (`ListLines`); it prints
/// exactly what the list read from the files prints, for every filter, order and limit.
@Suite struct ListStreamingTests {
    /// Issues in both formats, with every printed field set, unset, or holding what needs escaping.
    private static let files: [(String, String)] = [
        ("open/0001-plain.md", "---\nid: 1\ntitle: Plain\n---\n"),
        ("open/0002-full.md", "---\nid: 2\ntitle: Full one\nlabels: [bug, ui]\nassignee: alice\npriority: high\ncreated: 2026-01-02\n---\nBody\n"),
        ("open/0003-odd.md", "---\nid: 3\ntitle: \"Tab\\there \\\\ and \\e escape\"\nlabels: [\"a,b\", bug]\npriority: low\ncreated: 2025-12-31\n---\n"),
        ("open/0010-later.md", "---\nid: 10\ntitle: Later\nlabels: [docs]\nassignee: bob\npriority: high\ncreated: 2026-01-02\n---\n"),
        ("open/ISSUE-004-dialect.md", "# ISSUE-004: Dialect issue\r\n\r\n**Severity**: HIGH\r\n**Status**: Open\r\n"),
        ("closed/0005-done.md", "---\nid: 5\ntitle: Done\nlabels: [bug]\ncreated: 2025-01-01\n---\n"),
        ("open/0006-crlf.md", "---\r\nid: 6\r\ntitle: Ünïcode títle\r\nlabels: [ui]\r\n---\r\n"),
    ]

    private static func project(indexed: Bool) -> TestProject {
        let project = TestProject()
        for (path, text) in files { project.write(".project/issues/" + path, text) }
        if !indexed {
            // A cache folder that is a file: the index cannot be used, so the list reads the files.
            let cache = project.path(".project/.docket")
            try? FileManager.default.removeItem(atPath: cache)
            project.write(".project/.docket", "")
        }
        return project
    }

    @Test(arguments: [
        [], ["-s", "all"], ["-s", "closed"], ["-l", "bug"], ["-l", "a,b"], ["-a", "alice"], ["-p", "high"],
        ["--sort", "priority"], ["--sort", "created"], ["--sort", "created-asc"], ["-r"], ["--sort", "priority", "-r"],
        ["-n", "2"], ["-n", "0"], ["-r", "-n", "3"], ["is:blocked"], ["no:label"], ["-label:bug"], ["label:nothing-has-it"],
    ])
    func theStreamedListIsTheListFromTheFiles(arguments: [String]) {
        let streamed = Self.project(indexed: true).run(["list"] + arguments)
        let fromFiles = Self.project(indexed: false).run(["list"] + arguments)
        #expect(streamed.exitCode == fromFiles.exitCode)
        #expect(streamed.stdout == fromFiles.stdout)
    }

    @Test func theStreamedListIsReallyFromTheIndex() {
        let project = Self.project(indexed: true)
        #expect(project.run("list").exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: ProjectLayout(root: project.root).indexPath))
    }

    @Test func aFieldWithAControlCharacterIsEscaped() {
        let project = Self.project(indexed: true)
        let line = project.run("list", "-p", "low").stdout
        #expect(line == "3\topen\tlow\tTab\\there \\\\ and \\x1b escape\ta,b,bug\t\t2025-12-31\n")
    }
}
