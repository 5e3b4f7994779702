import Foundation
import Testing

@testable import DocketCore

/// The index's quick front-matter reading (`FrontMatterScan`) and its header-only reading
/// (`IssueFileReader` without `wholeText`) against the full parser, on generated files that
/// mix the shapes the quick reading takes with the ones it must leave to the parser.
@Suite struct FrontMatterScanTests {
    /// Lines a generated header is made of: plain entries, entries the quick reading takes
    /// or declines, and lines the parser rejects.
    private static let pieces = [
        "id: 7", "id: 12", "title: Fix the thing", "title: \"CLI: print it\"", "title: \"a \\\"quoted\\\" one\"",
        "title: 'single'", "title:   spaced out   ", "title: Colon: inside", "title: é accent", "title: tab\there",
        "title: hash # comment", "title: x#y", "title: \"unterminated", "title: \"done\" trailing", "title: \"\"",
        "labels: [bug, ui]", "labels: []", "labels: [ ]", "labels: [a,]", "labels: [a, \"b c\"]", "labels: [a b , c ]",
        "labels: [a, [b]]", "labels: [a", "labels: bug, ui", "labels:", "labels: ~", "labels: null", "labels: NULL",
        "- item", "  - item", "-", "status: open", "status:open", "status :open", "priority: high", "assignee:",
        "assignee: \"null\"", "assignee: &anchor", "assignee: *alias", "assignee: !tag", "assignee: {a: b}",
        "notes: |", "  literal line", "notes: >", "my key: value", "-key: value", "Key_2-x: value", "id: 7 ",
        "blocked_by: [3, 4]", "blocked_by: [x]", "", "   ", "# a comment", "  # indented comment", "  indented: no",
        "title: trailing\r", "---x", "..", "updated: 2024-11-09T10:15:49Z", "title: %percent", "title: `tick`",
    ]

    /// A header of `count` random pieces, closed (or not) in one of several ways, with a body.
    private static func generated(_ random: inout SplitMix64, count: Int) -> String {
        var lines = [["---", "---", "---", "\u{FEFF}---", "---\r"].randomElement(using: &random)!]
        for _ in 0..<count { lines.append(pieces.randomElement(using: &random)!) }
        lines.append(["---", "---", "...", "---\r", "--- ", "", "---"].randomElement(using: &random)!)
        lines += ["", "Body with --- and a: colon", "---", "more"]
        return lines.joined(separator: "\n") + (Bool.random(using: &random) ? "\n" : "")
    }

    private static func describe(_ matter: FrontMatter) -> String {
        let entries = matter.entries.map { "\($0.key)|\($0.value)|\($0.lines)|\($0.trailingComment)|\(String(describing: $0.blockIndent))" }
        return entries.joined(separator: "\n") + "\nclosing \(matter.closingLine) lines \(matter.text.lines)"
    }

    @Test func quickReadingAgreesWithTheParserWheneverItAnswers() throws {
        var random = SplitMix64(seed: 20261201)
        var answered = 0
        var declined = 0
        for _ in 0..<6_000 {
            let text = Self.generated(&random, count: Int.random(in: 0...8, using: &random))
            let bytes = LosslessUTF8.encode(text)
            guard let quick = bytes.withUnsafeBufferPointer({ FrontMatterScan.matter($0, text: text) }) else {
                declined += 1
                continue
            }
            answered += 1
            let parsed = try FrontMatter(parsing: text, path: "x.md")
            #expect(Self.describe(quick) == Self.describe(parsed), "\(text.debugDescription)")
        }
        // Both halves of the contract are exercised.
        #expect(answered > 300)
        #expect(declined > 300)
    }

    @Test func headerOnlyReadingGivesTheWholeFilesIssueButItsBody() throws {
        let directory = NSTemporaryDirectory() + "docket-scan-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var random = SplitMix64(seed: 7)
        let reader = IssueFileReader()
        for number in 0..<2_000 {
            let text = Self.generated(&random, count: Int.random(in: 0...8, using: &random))
            let name = "\(number)-x.md"
            try Data(LosslessUTF8.encode(text)).write(to: URL(fileURLWithPath: directory + "/" + name))
            let path = ".project/issues/open/" + name
            func job(_ wholeText: Bool) -> ParsePipeline.Job {
                ParsePipeline.Job(directory: directory, name: name, path: path, state: .open, size: -1, wholeText: wholeText)
            }
            let expected = IssueFormat.parse(text, path: path, state: .open)
            let whole = reader.parse(job(true)).result
            #expect(String(describing: whole) == String(describing: expected), "\(text.debugDescription)")
            var headerOnly = reader.parse(job(false)).result
            if case .success(var issue) = headerOnly {
                #expect(issue.body == "")
                issue.body = (try? expected.get().body) ?? ""
                headerOnly = .success(issue)
            }
            #expect(String(describing: headerOnly) == String(describing: expected), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        ("---\nid: 1\n---\nbody\n", 14),
        ("---\r\nid: 1\r\n---\r\nbody", 17),
        ("\u{FEFF}---\nid: 1\n...\nbody", 17),
        ("---\nid: 1\n---", 13),
        ("---\nid: 1\n--- \nbody\n", nil),
        ("---\nid: 1\n---\r\r\nbody\n", nil),
        ("---\nid: 1\n", nil),
        ("--- \nid: 1\n---\n", nil),
        ("# ISSUE-001: Title\n---\n", nil),
    ] as [(String, Int?)])
    func frontMatterEndsAfterTheClosingFenceLine(text: String, end: Int?) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { IssueFileReader.frontMatterEnd($0) } == end)
    }
}
