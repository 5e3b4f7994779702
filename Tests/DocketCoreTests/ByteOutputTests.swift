import Foundation
import Testing
@testable import DocketCore

/// Lists are written through one byte buffer (`OutputBytes`), and print exactly what the
/// line-by-line `String` printer printed: each field escaped by `TerminalText`.
@Suite struct ByteOutputTests {
    /// Inputs for the fast path and the slow path alike: wide characters, emoji sequences,
    /// control characters, scalars that share a lead byte with escaped ones, a long title.
    static let texts: [String] = OutputSafetyTests.escapes.map(\.input) + [
        "", "漢字のタイトル", "🚀 launch 👩‍👩‍👧 family", "e\u{301}cole", "nbsp\u{A0}here", "ellipsis…", "arrow→",
        "near raw\u{10FF7F}", "tab\tand\nnew\u{1B}line", "\\", "trailing\r", String(repeating: "long title 長い ", count: 400),
    ]

    @Test(arguments: texts)
    func appendingEscapedBytesGivesExactlyLineFieldAndBlock(_ text: String) {
        for (mode, expected) in [(TerminalText.Mode.line, TerminalText.line(text)), (.field, TerminalText.field(text)), (.block, TerminalText.block(text))] {
            var bytes: [UInt8] = [0x41]
            TerminalText.append(text, as: mode, to: &bytes)
            #expect(bytes == [0x41] + Array(expected.utf8), "mode \(mode)")
        }
    }

    @Test func outputLongerThanAChunkArrivesWholeInFewWrites() {
        let sink = CountingSink()
        var out = OutputBytes(sink)
        let line = String(repeating: "x", count: 999)
        for _ in 0..<200 {
            out.append(line)
            out.endLine()
        }
        out.flush()
        #expect(sink.text == String(repeating: line + "\n", count: 200))
        #expect(sink.writes == 200_000 / OutputBytes.chunk + 1)
    }

    @Test func listInAPipePrintsWhatTheLineByLinePrinterPrinted() throws {
        let project = TestProject()
        let titles = Self.texts.filter { !$0.isEmpty }
        for (offset, title) in titles.enumerated() {
            let yaml = title.unicodeScalars.map { scalar in
                scalar.properties.generalCategory == .control || scalar == "\"" || scalar == "\\" || scalar.value == 0x2028
                    ? String(format: "\\U%08X", scalar.value) : String(scalar)
            }.joined()
            project.write(".project/issues/open/\(IssueKey.pad(offset + 1, to: 4))-t.md", """
                ---
                id: \(offset + 1)
                title: "\(yaml)"
                labels: [bug, "ui 漢"]
                assignee: alice
                created: 2026-01-0\(offset % 9 + 1)T00:00:00Z
                ---
                Body.

                """)
        }
        let issues = try IssueStore(layout: #require(ProjectLayout.find(from: project.root))).load([.open]).issues.sorted { $0.key < $1.key }
        #expect(issues.count == titles.count)
        let expected = issues.map { issue in
            TerminalText.block([issue.key.plain, issue.state.rawValue, issue.priority.text, issue.title, issue.labels.joined(separator: ","), issue.assignee ?? "", issue.created ?? ""]
                .map(TerminalText.field).joined(separator: "\t")) + "\n"
        }.joined()
        let outcome = project.run("list")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout == expected)
    }

    @Test func tableOnATerminalCutsAWideTitleToTheWidth() {
        let project = TestProject()
        project.run("new", String(repeating: "漢字", count: 60), "-l", "bug")
        project.run("new", "Short")
        let now = project.now
        let outcome = Docket.run(Invocation(
            arguments: ["list"], environment: project.environment, currentDirectory: project.root,
            stdoutIsTerminal: true, terminalWidth: 60, now: { now }
        ))
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(lines[1].hasPrefix("#1  open   medium    漢字") && lines[1].contains("…  bug"))
        #expect(lines[2] == "#2  open   medium    Short")
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") && TerminalCells.width(String($0)) <= 60 })
    }
}

/// Collects output and counts the writes.
private final class CountingSink: TextSink, @unchecked Sendable {
    private(set) var text = ""
    private(set) var writes = 0

    func write(_ text: String) {
        self.text += text
        writes += 1
    }
}
