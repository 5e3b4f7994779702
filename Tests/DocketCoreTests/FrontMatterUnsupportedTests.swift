import Testing
@testable import DocketCore

/// Tags, anchors and aliases are refused wherever a value starts, lists included: reading
/// `[!!str yes, &a bug, *a]` as three literal labels would keep labels YAML never meant.
@Suite struct FrontMatterUnsupportedTests {
    /// Front matter and the line of the refused item. PyYAML reads each of these as tags,
    /// anchors or aliases (`['yes', 'bug', 'bug']`, `['x']`, `['x', 'x']`), or fails.
    static let refused: [(String, Int)] = [
        ("labels: [!!str yes, &a bug, *a]", 3),
        ("labels: [bug, !local]", 3),
        ("labels: [&anchor bug]", 3),
        ("labels: [ *alias ]", 3),
        ("labels:\n  - !!str x", 4),
        ("labels:\n  - &a x\n  - *a", 4),
        ("labels:\n  - ok\n  - *a", 5),
    ]

    @Test(arguments: refused)
    func listItemsThatAreTagsAnchorsOrAliasesAreUnsupported(matter: String, line: Int) {
        let expected = Diagnostic("anchors, aliases and tags are not supported", at: SourceLocation(path: "x.md", line: line))
        #expect(throws: expected) {
            try FrontMatter(parsing: "---\nid: 1\n\(matter)\n---\n", path: "x.md")
        }
    }

    /// Plain scalars with `&`, `*` or `!` after their first character are plain text
    /// (PyYAML: `['a&b', 'wow!', 'x*y']`).
    static let plain: [(String, [String])] = [
        ("labels: [a&b, wow!, x*y]", ["a&b", "wow!", "x*y"]),
        ("labels:\n  - a&b\n  - wow!", ["a&b", "wow!"]),
    ]

    @Test(arguments: plain)
    func markCharactersInsideAPlainItemAreText(matter: String, labels: [String]) throws {
        let parsed = try FrontMatter(parsing: "---\nid: 1\n\(matter)\n---\n", path: "x.md")
        #expect(parsed["labels"] == .list(labels))
    }

    @Test func listShowsTheUnsupportedLabelAsAnUnreadableFile() {
        let project = TestProject()
        project.write(".project/issues/open/0001-tagged.md", "---\nid: 1\ntitle: Tagged\nlabels: [!!str yes]\n---\n")
        let outcome = project.run("list")
        #expect(outcome.stderr.contains(".project/issues/open/0001-tagged.md:4: anchors, aliases and tags are not supported"))
    }
}
