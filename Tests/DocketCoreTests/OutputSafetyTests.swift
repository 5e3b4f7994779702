import Foundation
import Testing
@testable import DocketCore

/// Control characters from files never reach a terminal or a tab-separated line raw, and
/// nothing is dropped: they show escaped (see `TerminalText`), and `--json` stays valid.
@Suite struct OutputSafetyTests {
    static let escapes: [(input: String, line: String, field: String, block: String)] = [
        ("plain text", "plain text", "plain text", "plain text"),
        ("a\u{1B}[31mred", "a\\x1b[31mred", "a\\x1b[31mred", "a\\x1b[31mred"),
        ("bell\u{07}", "bell\\x07", "bell\\x07", "bell\\x07"),
        ("del\u{7F}", "del\\x7f", "del\\x7f", "del\\x7f"),
        ("csi\u{9B}2J", "csi\\u009b2J", "csi\\u009b2J", "csi\\u009b2J"),
        ("abc\u{202E}fed", "abc\\u202efed", "abc\\u202efed", "abc\\u202efed"),
        ("x\u{2066}y\u{2069}\u{200F}\u{061C}", "x\\u2066y\\u2069\\u200f\\u061c", "x\\u2066y\\u2069\\u200f\\u061c", "x\\u2066y\\u2069\\u200f\\u061c"),
        ("\u{0627}\u{0644} Arabic and \u{05D0} Hebrew letters stay", "\u{0627}\u{0644} Arabic and \u{05D0} Hebrew letters stay", "\u{0627}\u{0644} Arabic and \u{05D0} Hebrew letters stay", "\u{0627}\u{0644} Arabic and \u{05D0} Hebrew letters stay"),
        ("a\tb", "a\\tb", "a\\tb", "a\tb"),
        ("one\ntwo", "one\\ntwo", "one\\ntwo", "one\ntwo"),
        ("crlf\r\nend", "crlf\\r\\nend", "crlf\\r\\nend", "crlf\r\nend"),
        ("over\rwrite", "over\\rwrite", "over\\rwrite", "over\\rwrite"),
        ("sep\u{2028}arator", "sep\\u2028arator", "sep\\u2028arator", "sep\u{2028}arator"),
        ("back\\slash", "back\\slash", "back\\\\slash", "back\\slash"),
        ("byte\u{10FFFF}", "byte\\xff", "byte\\xff", "byte\\xff"),
        ("byte\u{10FF80}", "byte\\x80", "byte\\x80", "byte\\x80"),
        ("naïve ✓", "naïve ✓", "naïve ✓", "naïve ✓"),
    ]

    @Test(arguments: escapes)
    func terminalTextEscapesEveryControlCharacterVisibly(_ example: (input: String, line: String, field: String, block: String)) {
        #expect(TerminalText.line(example.input) == example.line)
        #expect(TerminalText.field(example.input) == example.field)
        #expect(TerminalText.block(example.input) == example.block)
    }

    @Test func jsonEscapesC0DeleteC1AndLineSeparatorsAndReplacesRawBytes() {
        let text = JSONValue.string("\u{1B}\u{7F}\u{9B}\u{2028}\u{10FFFF}é").compactText
        #expect(text == "\"\\u001b\\u007f\\u009b\\u2028\u{FFFD}é\"")
    }

    /// Writes issue 1 with a hostile title, label, field and body, through YAML escapes.
    private func hostileProject() -> TestProject {
        let project = TestProject()
        project.write(".project/issues/open/0001-hostile.md", """
            ---
            id: 1
            title: "Evil \\e[2J\\a title\\x9b\\tend"
            labels:
              - "bad\\nlabel"
            status: open
            color: "\\e]0;owned\\a"
            ---
            Body line\twith tab
            \u{1B}[31m red\u{07}

            """)
        return project
    }

    @Test func listInAPipeEscapesEveryFieldAndKeepsTheColumns() {
        let outcome = hostileProject().run("list")
        #expect(outcome.exitCode == 0)
        let columns = outcome.stdout.dropLast().split(separator: "\t", omittingEmptySubsequences: false)
        #expect(columns.count == 7)
        #expect(columns[3] == "Evil \\x1b[2J\\x07 title\\u009b\\tend")
        #expect(columns[4] == "bad\\nlabel")
        #expect(outcome.stdout.filter { $0 == "\n" }.count == 1)
    }

    @Test func listOnATerminalSendsOnlyItsOwnColourSequences() {
        for environment in [["NO_COLOR": "1"], [:]] {
            let outcome = runOnTerminal(hostileProject(), ["list"], environment: environment)
            #expect(outcome.exitCode == 0)
            #expect(outcome.stdout.contains("Evil \\x1b[2J\\x07 title\\u009b\\tend"))
            #expect(outcome.stdout.contains("bad\\nlabel"))
            #expect(!hasRawControls(outcome.stdout))
        }
    }

    @Test func searchEscapesTitlesAndSnippetsInAPipeAndOnATerminal() {
        let project = hostileProject()
        let piped = project.run("search", "red")
        #expect(piped.exitCode == 0)
        let columns = piped.stdout.dropLast().split(separator: "\t", omittingEmptySubsequences: false)
        #expect(columns.count == 4)
        #expect(columns[2] == "Evil \\x1b[2J\\x07 title\\u009b\\tend")
        #expect(columns[3].contains("\\x1b[31m red\\x07"))
        for environment in [["NO_COLOR": "1"], [:]] {
            let outcome = runOnTerminal(project, ["search", "red"], environment: environment)
            #expect(outcome.stdout.contains("\\x1b[31m"))
            #expect(!hasRawControls(outcome.stdout))
        }
    }

    @Test func showEscapesTitleAndFieldsAndKeepsTheBodysLinesAndTabs() {
        let outcome = hostileProject().run("show", "1")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.hasPrefix("#1  Evil \\x1b[2J\\x07 title\\u009b\\tend\n"))
        #expect(outcome.stdout.contains("labels:     bad\\nlabel\n"))
        #expect(outcome.stdout.contains("color:      \\x1b]0;owned\\x07\n"))
        #expect(outcome.stdout.contains("Body line\twith tab\n\\x1b[31m red\\x07\n"))
        #expect(!outcome.stdout.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && $0.properties.generalCategory == .control })
    }

    @Test func formatOutputEscapesValuesFromTheFile() {
        let outcome = hostileProject().run("list", "--format", "{{title}}|{{#labels}}{{.}}{{/labels}}")
        #expect(outcome.stdout == "Evil \\x1b[2J\\x07 title\\u009b\\tend|bad\\nlabel\n")
    }

    @Test func jsonOutputStaysValidAndKeepsEveryCharacter() throws {
        let project = hostileProject()
        for arguments in [["list", "--json"], ["show", "1", "--json"], ["search", "red", "--json"]] {
            let outcome = project.run(arguments)
            #expect(!hasRawControls(outcome.stdout), "\(arguments)")
            let parsed = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
            let issue = try #require((parsed as? [[String: Any]])?.first ?? parsed as? [String: Any])
            #expect(issue["title"] as? String == "Evil \u{1B}[2J\u{07} title\u{9B}\tend", "\(arguments)")
        }
    }

    @Test func readyAndBlockedEscapeTitlesInTheirColumns() {
        let project = hostileProject()
        project.run("new", "Blocker")
        #expect(project.run("dep", "add", "1", "-b", "2").exitCode == 0)
        let blocked = project.run("blocked")
        #expect(blocked.stdout == "#1\tEvil \\x1b[2J\\x07 title\\u009b\\tend\tblocked by #2\n")
        project.run("close", "2")
        #expect(project.run("ready").stdout.contains("Evil \\x1b[2J\\x07 title\\u009b\\tend\t"))
    }

    @Test func errorsFromTheCommandLineShowControlCharactersEscaped() {
        let outcome = TestProject().run("show", "\u{1B}[2J")
        #expect(outcome.exitCode != 0)
        #expect(outcome.stderr.contains("\\x1b[2J"))
        #expect(!hasRawControls(outcome.stderr))
    }

    /// Runs with standard output on a (pretend) terminal.
    private func runOnTerminal(_ project: TestProject, _ arguments: [String], environment: [String: String]) -> Outcome {
        let now = project.now
        return Docket.run(Invocation(
            arguments: arguments, environment: environment.merging(["DOCKET_ACTOR": "tester"]) { $1 },
            currentDirectory: project.root, stdoutIsTerminal: true, now: { now }
        ))
    }

    /// Whether the text holds a control character other than a line feed, outside Docket's
    /// own SGR colour sequences (`ESC [ digits m`).
    private func hasRawControls(_ text: String) -> Bool {
        let withoutColour = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        return withoutColour.unicodeScalars.contains { $0 != "\n" && ($0.properties.generalCategory == .control) }
    }
}
