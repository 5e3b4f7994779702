import Testing
@testable import DocketCore

@Suite struct FrontMatterTests {
    static let values: [(String, YAMLValue)] = [
        ("title: plain words", .scalar("plain words")),
        ("title: \"double \\\"quoted\\\" \\u00e9\"", .scalar("double \"quoted\" é")),
        ("title: 'single ''quoted'''", .scalar("single 'quoted'")),
        ("title: text # a comment", .scalar("text")),
        ("title: a#b", .scalar("a#b")),
        ("labels: [bug, \"b c\", 'd']", .list(["bug", "b c", "d"])),
        ("labels: []", .list([])),
        ("labels:", .null),
        ("assignee: ~", .null),
        ("assignee: null", .null),
    ]

    @Test(arguments: values)
    func readsValue(line: String, expected: YAMLValue) throws {
        let matter = try FrontMatter(parsing: "---\n\(line)\n---\nbody\n", path: "x.md")
        #expect(matter.entries.first?.value == expected)
    }

    @Test func readsBlockListsWithTheirLines() throws {
        let matter = try FrontMatter(parsing: "---\nid: 1\nlabels:\n  - bug\n  - \"ui, x\"\ntitle: t\n---\n", path: "x.md")
        #expect(matter["labels"] == .list(["bug", "ui, x"]))
        #expect(matter.entry("labels")?.lines == 2..<5)
        #expect(matter["title"] == .scalar("t"))
    }

    static let errors: [(String, Int, String)] = [
        ("---\nid: 1\n", 1, "front matter is not closed by a '---' line"),
        ("no fence\n", 1, "expected front matter starting with '---'"),
        ("---\nid: 1\ntitle: \"open\n---\n", 3, "unterminated double-quoted string"),
        ("---\nid: 1\nid: 2\n---\n", 3, "duplicate key 'id'"),
        ("---\nlabels: [a, b\n---\n", 2, "unterminated flow list; expected ']'"),
        ("---\njust text\n---\n", 2, "expected 'key: value'"),
        ("---\nmeta: {a: 1}\n---\n", 2, "flow mappings ('{...}') are not supported"),
        ("---\nx: *alias\n---\n", 2, "anchors, aliases and tags are not supported"),
        ("---\n  indented: 1\n---\n", 2, "unexpected indented line; expected 'key: value'"),
        ("---\ntitle: \"a\" b\n---\n", 2, "unexpected text after the value"),
    ]

    @Test(arguments: errors)
    func reportsErrorsWithLine(text: String, line: Int, message: String) {
        #expect(throws: Diagnostic(message, at: SourceLocation(path: "x.md", line: line))) {
            try FrontMatter(parsing: text, path: "x.md")
        }
    }

    /// Hand-written files in odd but valid styles; each edit must change only its own line.
    static let oddFiles = [
        "---\n# leading comment\nid: 7   # the id\ntitle:    Spaced   out\nlabels:\n    - a\n    - b\ncustom_key: keep me\n---\nBody stays.\n",
        "---\r\nid: 3\r\ntitle: 'CRLF file'\r\nstatus: open\r\n---\r\n\r\nBody\r\n",
        "---\nid: 9\ntitle: \"no newline at end\"\nlabels: [x]\n---\nlast line",
        "\u{FEFF}---\nid: 4\nzeta: 1\ntitle: t\nalpha: 2\n---\n",
    ]

    @Test(arguments: oddFiles)
    func editingChangesOnlyTheEditedLine(text: String) throws {
        let matter = try FrontMatter(parsing: text, path: "x.md")
        let edited = matter.applying([.text("title", "New: title")])
        let before = TextLines(text).lines, after = TextLines(edited).lines
        #expect(before.count == after.count)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(changed == [matter.entry("title")!.lines.lowerBound])
        #expect(try FrontMatter(parsing: edited, path: "x.md")["title"] == .scalar("New: title"))
    }

    @Test func addingAKeyInsertsOneLineBeforeTheFence() throws {
        let text = "---\nid: 1\ntitle: t\n---\nbody\n"
        let edited = try FrontMatter(parsing: text, path: "x.md").applying([.text("assignee", "bob")])
        #expect(edited == "---\nid: 1\ntitle: t\nassignee: bob\n---\nbody\n")
    }

    @Test func removingAKeyRemovesItsLines() throws {
        let text = "---\nid: 1\nlabels:\n  - a\ntitle: t\n---\n"
        let edited = try FrontMatter(parsing: text, path: "x.md").applying([.set("labels", nil)])
        #expect(edited == "---\nid: 1\ntitle: t\n---\n")
    }

    @Test func blockListsStayBlockLists() throws {
        let text = "---\nlabels:\n  - a\n---\n"
        let edited = try FrontMatter(parsing: text, path: "x.md").applying([.set("labels", .list(["a", "b c"]))])
        #expect(edited == "---\nlabels:\n  - a\n  - b c\n---\n")
    }

    @Test func trailingCommentsSurviveAnEdit() throws {
        let edited = try FrontMatter(parsing: "---\npriority: low # triaged\n---\n", path: "x.md").applying([.text("priority", "high")])
        #expect(edited == "---\npriority: high # triaged\n---\n")
    }

    static let scalars: [(String, String)] = [
        ("plain title", "plain title"), ("Title: with colon", "\"Title: with colon\""), ("a # b", "\"a # b\""),
        ("[bracket", "\"[bracket\""), ("---", "\"---\""), ("{{x}}", "\"{{x}}\""), ("yes", "\"yes\""), ("No", "\"No\""),
        ("12", "\"12\""), ("1.5", "\"1.5\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("emoji 🎉", "\"emoji 🎉\""),
        ("trailing ", "\"trailing \""), ("tab\there", "\"tab\\there\""), ("line\u{2028}sep", "\"line\\u2028sep\""),
        ("", "\"\""), ("null", "\"null\""), ("~", "\"~\""), ("it's fine", "it's fine"),
    ]

    @Test(arguments: scalars)
    func quotesWhateverNeedsQuoting(text: String, written: String) {
        #expect(YAMLScalar.render(text) == written)
    }
}
