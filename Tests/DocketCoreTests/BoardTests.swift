import Foundation
import Testing
@testable import DocketCore

/// `docket board`: which column each issue lands in, the terminal layout and the HTML page.
@Suite struct BoardTests {
    /// Ready #1, claimed #2, #3 blocked by #1, #4 closed now, #5 closed long ago, #6 with a long title.
    private func seeded() -> TestProject {
        let project = TestProject()
        project.run("new", "Ready work", "-l", "bug", "-p", "high", "-m", "Has **strong** text and <script>alert(1)</script>.")
        project.run("new", "Claimed work")
        project.run("claim", "2")
        project.run("new", "Waiting work")
        project.run("dep", "add", "3", "-b", "1")
        project.run("new", "Just closed")
        project.run("close", "4")
        project.write(".project/issues/closed/0005-long-ago.md", """
            ---
            id: 5
            title: Closed long ago
            status: closed
            closed: 2020-01-01T00:00:00Z
            ---

            """)
        project.run("new", "A very long title that will never fit into a narrow column of a terminal board", "-l", "docs")
        return project
    }

    private func run(_ project: TestProject, width: Int, _ arguments: String...) -> Outcome {
        let now = project.now
        return Docket.run(Invocation(arguments: arguments, environment: project.environment, currentDirectory: project.root, stdoutIsTerminal: true, terminalWidth: width, now: { now }))
    }

    @Test func eachIssueLandsInItsColumn() throws {
        let board = try JSONValue(parsing: Data(seeded().run("board", "--json").stdout.utf8))
        func ids(_ column: String) -> [Int] { board[column]?.arrayValue?.compactMap { $0["id"]?.intValue } ?? [] }
        #expect(ids("ready") == [1, 6])
        #expect(ids("in_progress") == [2])
        #expect(ids("blocked") == [3])
        #expect(ids("closed_recently") == [4])
    }

    @Test(arguments: [40, 80, 123, 200])
    func theTerminalBoardFitsTheWidth(width: Int) {
        let outcome = run(seeded(), width: width, "board")
        #expect(outcome.exitCode == 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        if width >= 80 {
            #expect(lines.first?.hasPrefix("Ready (2)") == true)
            #expect(lines.first?.contains("In progress (1)") == true)
        }
        for line in lines { #expect(DisplayWidth.of(line) <= width, "\(line)") }
    }

    @Test func aTitleTooLongForItsColumnIsCutWithAnEllipsis() {
        let outcome = run(seeded(), width: 80, "board")
        #expect(outcome.stdout.contains("#6 A very long t…"))
        #expect(!outcome.stdout.contains("terminal board"))
    }

    @Test(arguments: [
        ("short", 8, "short   "), ("exactly8", 8, "exactly8"), ("ninechars", 8, "ninecha…"),
        ("日本語テキスト", 6, "日本… "), ("ab🎉cd", 4, "ab… "),
    ])
    func fittingTextCountsWideCharactersAsTwoColumns(text: String, width: Int, fitted: String) {
        #expect(DisplayWidth.fit(text, to: width) == fitted)
    }

    @Test func theHTMLPageHasTheColumnsChipsAndRenderedBodies() throws {
        let project = seeded()
        let outcome = project.run("board", "--html", "board.html")
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let html = project.read("board.html")
        for column in ["ready", "in_progress", "blocked", "closed_recently"] {
            #expect(html.contains("<section class=\"column\" id=\"\(column)\">"))
        }
        #expect(html.contains("<li class=\"chip\" style=\"background-color: \(LabelColor.css(for: "bug"))\">bug</li>"))
        #expect(html.contains("<span class=\"priority priority-high\">high</span>"))
        #expect(html.contains("<strong>strong</strong>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
    }

    @Test(arguments: [("bug", 181), ("docs", 42), ("enhancement", 169), ("優先度高", 285)])
    func aLabelsColourComesFromItsNameAlone(label: String, hue: Int) {
        #expect(LabelColor.hue(for: label) == hue)
        #expect(LabelColor.css(for: label) == "hsl(\(hue), 60%, 38%)")
    }
}
