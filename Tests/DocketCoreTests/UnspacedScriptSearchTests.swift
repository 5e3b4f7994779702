import Foundation
import Testing

@testable import DocketCore

/// A project in a fresh temporary directory, its issues written as files.
private struct Project {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "docket-unspaced-tests-" + UUID().uuidString
        for folder in ["open", "closed"] {
            try FileManager.default.createDirectory(atPath: root + "/.project/issues/" + folder, withIntermediateDirectories: true)
        }
    }

    func write(_ id: Int, _ title: String, body: String = "Nothing more.", labels: [String] = []) throws {
        let text = "---\nid: \(id)\ntitle: \(title)\nlabels: [\(labels.joined(separator: ", "))]\n---\n\n\(body)\n"
        try text.write(toFile: root + "/.project/issues/open/\(String(format: "%04d", id))-x.md", atomically: false, encoding: .utf8)
    }

    func run(_ arguments: [String]) -> Outcome {
        Docket.run(Invocation(arguments: arguments, currentDirectory: root))
    }

    /// The keys of a search, best first (from the tab-separated output).
    func keys(_ query: String) -> [String] {
        run(["search", "--", query]).stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    }

    /// Replaces the index's folder with a file, so that no index can be opened.
    func breakIndex() throws {
        try? FileManager.default.removeItem(atPath: root + "/.project/.docket")
        try "not a folder".write(toFile: root + "/.project/.docket", atomically: false, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

private func withProject(_ body: (Project) throws -> Void) throws {
    let project = try Project()
    defer { project.remove() }
    try project.write(1, "日本語のタイトル")
    try project.write(2, "Crash on start", body: "起動すると東京都の日本語入力で落ちる。", labels: ["bug"])
    try project.write(3, "한국어 지원", body: "Korean input.")
    try project.write(4, "Crash in the Docket清单", body: "Only ASCII here.", labels: ["bug"])
    try project.write(5, "進捗100%完了")
    try project.write(6, "進捗100x完了")
    try body(project)
}

/// Queries and the keys they find, best first; the index and the in-memory fallback agree.
private let searches: [(String, [String])] = [
    ("日本", ["1", "2"]),
    ("タイトル", ["1"]),
    ("東京都の日本語", ["2"]),
    ("한국", ["3"]),
    ("日本 label:bug", ["2"]),
    ("crash 日本", ["2"]),
    ("crash -日本", ["4"]),
    ("docket清单", ["4"]),
    ("中国", []),
    ("中国語のタイトル", []),
]

/// Words with `%` or `_`, which `LIKE` would read as wildcards, and the keys they find
/// (two characters go through `LIKE` alone, three or more through the trigram `MATCH` too).
private let wildcards: [(String, [String])] = [
    ("%完", ["5"]),
    ("0%完", ["5"]),
    ("_完", []),
    ("0_完了", []),
    ("進捗%", []),
]

@Test(arguments: searches)
func aWordOfAnUnspacedScriptMatchesAsASubstring(_ query: String, _ expected: [String]) throws {
    try withProject { project in
        #expect(project.keys(query) == expected)
    }
}

@Test(arguments: wildcards)
func percentAndUnderscoreInAWordAreLiteral(_ query: String, _ expected: [String]) throws {
    try withProject { project in
        #expect(project.keys(query) == expected)
    }
}

@Test func theInMemoryFallbackFindsWhatTheIndexFinds() throws {
    try withProject { project in
        let queries = (searches + wildcards).map(\.0)
        let indexed = queries.map(project.keys)
        try project.breakIndex()
        #expect(queries.map(project.keys) == indexed)
    }
}

@Test func listFiltersByASubstringWordToo() throws {
    try withProject { project in
        #expect(project.run(["list", "--format", "{{id}}", "日本"]).stdout == "1\n2\n")
    }
}

@Test func aRewrittenIssueIsFoundByItsNewTextOnly() throws {
    try withProject { project in
        #expect(project.keys("タイトル") == ["1"])
        try project.write(1, "中国語のタイトルです")
        #expect(project.keys("日本") == ["2"])
        #expect(project.keys("中国語") == ["1"])
        try FileManager.default.removeItem(atPath: project.root + "/.project/issues/open/0001-x.md")
        #expect(project.keys("タイトル") == [])
    }
}

@Test func theSnippetShowsTheBodyLineAroundTheWord() throws {
    try withProject { project in
        let outcome = project.run(["search", "日本語入力"])
        #expect(outcome.stdout == "2\topen\tCrash on start\t起動すると東京都の日本語入力で落ちる。\n")
    }
}

@Test(arguments: [
    ("起動すると東京都の日本語入力で落ちる。", "起動すると東京都の[日本]語入力で落ちる。"),
    ("ずっと前からの長い長い前置きのあとに日本が来る", "…い長い前置きのあとに[日本]が来る"),
    ("Docket日本 works", "Docket[日本] works"),
    ("first line\n日本\nlast line", "[日本]"),
    ("nothing here", nil),
])
func theSubstringSnippetMarksTheFirstMatchInItsLine(_ text: String, _ expected: String?) throws {
    let snippet = SubstringSnippet(try Query(parsing: "日本 crash"))
    #expect(snippet.snippet(of: text, highlight: ("[", "]")) == expected)
}
