import Foundation
import Testing
@testable import DocketCore

/// `list` on a terminal: a header row, state and assignee columns, widths in terminal cells,
/// titles cut to the terminal's width; in a pipe, the tab-separated lines as they were.
@Suite struct TerminalTableTests {
    /// Runs docket in `project` as if standard output were a terminal `width` cells wide.
    static func onTerminal(_ project: TestProject, _ arguments: [String], width: Int = 80, height: Int = 24,
                           environment: [String: String] = ["DOCKET_PAGER": ""]) -> Outcome {
        let now = project.now
        return Docket.run(Invocation(
            arguments: arguments, environment: project.environment.merging(environment) { $1 }, currentDirectory: project.root,
            stdoutIsTerminal: true, terminalWidth: width, terminalHeight: height, now: { now }))
    }

    @Test(arguments: [
        ("abc", 3), ("", 0), ("漢字", 4), ("日本語のテキスト", 16), ("한국어", 6), ("ＡＢ", 4), ("ｱｲ", 2),
        ("🎉", 2), ("a🎉b", 4), ("👨‍👩‍👧", 2), ("🇫🇷", 2), ("❤️", 2), ("e\u{301}", 1), ("a\u{308}\u{323}", 1), ("\u{301}", 0),
    ])
    func cellWidths(text: String, cells: Int) {
        #expect(TerminalCells.width(text) == cells)
    }

    @Test(arguments: [
        ("abcdef", 4, "abc…"), ("abcd", 4, "abcd"), ("漢字漢字", 5, "漢字…"), ("漢字漢字", 4, "漢…"),
        ("🎉🎉🎉", 4, "🎉…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"), ("abc", 0, ""),
    ])
    func cuttingKeepsWhatFitsAndEndsWithAnEllipsis(text: String, cells: Int, cut: String) {
        #expect(TerminalCells.cut(text, cells) == cut)
        #expect(TerminalCells.width(TerminalCells.cut(text, cells)) <= cells)
    }

    @Test func paddingCountsCells() {
        #expect(TerminalCells.pad("漢", 4) == "漢  ")
        #expect(TerminalCells.pad("e\u{301}", 3) == "e\u{301}  ")
    }

    /// #1 "Crash" (bug, alice), #2 "Slow" (claimed by bob), #3 "Gone" (closed).
    private func project() -> TestProject {
        let project = TestProject()
        project.run("new", "Crash", "-l", "bug", "-a", "alice")
        project.run("new", "Slow")
        project.run("claim", "2", "--as", "bob")
        project.run("new", "Gone")
        project.run("close", "3")
        return project
    }

    @Test func theTableHasAHeaderRow() {
        let lines = Self.onTerminal(project(), ["list"]).stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID  STATE        PRIORITY  TITLE") == true)
        #expect(lines.first?.hasSuffix("LABELS  ASSIGNEE  AGE") == true)
    }

    @Test func theStateColumnSaysInProgressForAClaimedOpenIssue() throws {
        let lines = Self.onTerminal(project(), ["list", "--state", "all"]).stdout.split(separator: "\n").map(String.init)
        let column = try #require(lines[0].range(of: "STATE")).lowerBound.utf16Offset(in: lines[0])
        #expect(lines.dropFirst().map { $0.dropFirst(column).prefix(13) } == ["open         ", "in progress  ", "closed       "])
    }

    @Test func theAssigneeColumnShowsTheAssignee() throws {
        let lines = Self.onTerminal(project(), ["list"]).stdout.split(separator: "\n").map(String.init)
        let column = try #require(lines[0].range(of: "ASSIGNEE")).lowerBound.utf16Offset(in: lines[0])
        #expect(lines[1].dropFirst(column).hasPrefix("alice"))
        #expect(lines[2].dropFirst(column).hasPrefix("bob"))
    }

    @Test func columnsLineUpInCellsAfterWideTitles() throws {
        let project = TestProject()
        project.run("new", "漢字のタイトル 🎉", "-l", "bug")
        project.run("new", "Plain title", "-l", "bug")
        let lines = Self.onTerminal(project, ["list"]).stdout.split(separator: "\n").map(String.init)
        func cells(before marker: String, in line: String) throws -> Int {
            TerminalCells.width(String(line[..<(try #require(line.range(of: marker))).lowerBound]))
        }
        let labels = try cells(before: "LABELS", in: lines[0])
        #expect(try cells(before: "bug", in: lines[1]) == labels)
        #expect(try cells(before: "bug", in: lines[2]) == labels)
    }

    @Test(arguments: [40, 60, 100])
    func aLongTitleIsCutToTheTerminalsWidth(_ width: Int) {
        let project = TestProject()
        project.run("new", String(repeating: "長い題名 ", count: 30), "-l", "bug")
        let lines = Self.onTerminal(project, ["list"], width: width).stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("…"))
        for line in lines { #expect(TerminalCells.width(line) <= width, "\(line)") }
    }

    @Test(arguments: [(80, "AGE"), (65, "ASSIGNEE"), (60, "LABELS"), (50, "TITLE")])
    func aNarrowTerminalLeavesOutAgeThenAssigneeThenLabels(width: Int, lastHeader: String) throws {
        let header = try #require(Self.onTerminal(project(), ["list"], width: width).stdout.split(separator: "\n").first)
        #expect(header.hasSuffix("  " + lastHeader), "\(header)")
    }

    @Test func aPipeGetsTheTabSeparatedLinesAsBefore() {
        let project = project()
        let created = Timestamp.iso(project.now)
        #expect(project.run("list", "--state", "all").stdout == """
            1\topen\tmedium\tCrash\tbug\talice\t\(created)
            2\topen\tmedium\tSlow\t\tbob\t\(created)
            3\tclosed\tmedium\tGone\t\t\t\(created)

            """)
    }

    @Test(arguments: [["NO_COLOR": "1"], ["TERM": "dumb"]])
    func noColourWithNoColorOrADumbTerminal(_ environment: [String: String]) {
        let project = project()
        project.environment = ["USER": "tester", "DOCKET_ACTOR": "tester", "DOCKET_PAGER": ""]
        #expect(!Self.onTerminal(project, ["list"], environment: environment).stdout.contains("\u{1B}"))
        #expect(Self.onTerminal(project, ["list"], environment: [:]).stdout.contains("\u{1B}[1mID"))
    }

    @Test func noColourInAPipe() {
        let project = project()
        project.environment.removeValue(forKey: "NO_COLOR")
        #expect(!project.run("list").stdout.contains("\u{1B}"))
    }
}
