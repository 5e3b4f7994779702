import Foundation
import Testing

@testable import DocketCore

/// A project in a fresh temporary directory.
private struct Project {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "docket-search-tests-" + UUID().uuidString
        for folder in ["open", "closed"] {
            try FileManager.default.createDirectory(atPath: root + "/.project/issues/" + folder, withIntermediateDirectories: true)
        }
    }

    func write(_ folder: String, _ id: Int, _ title: String, body: String, labels: [String] = []) throws {
        let text = "---\nid: \(id)\ntitle: \(title)\nlabels: [\(labels.joined(separator: ", "))]\n---\n\n\(body)\n"
        try text.write(toFile: root + "/.project/issues/\(folder)/\(String(format: "%04d", id))-x.md", atomically: false, encoding: .utf8)
    }

    func run(_ arguments: [String], terminal: Bool = false) -> Outcome {
        Docket.run(Invocation(arguments: arguments, currentDirectory: root, stdoutIsTerminal: terminal))
    }

    /// The keys of a search, best first (from the tab-separated output).
    func keys(_ arguments: String...) -> [String] {
        run(["search"] + arguments).stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

private func withProject(_ body: (Project) throws -> Void) throws {
    let project = try Project()
    defer { project.remove() }
    try project.write("open", 1, "Unrelated title", body: "The parser crashes on empty input.")
    try project.write("open", 2, "Crash when saving", body: "Saving a large file fails.")
    try project.write("closed", 3, "Menu at the café", body: "Accents in the menu.")
    try project.write("open", 4, "Slow startup", body: "Nothing to see.", labels: ["perf"])
    _ = project.run(["reindex"])
    try body(project)
}

@Test func titleMatchRanksAboveBodyMatch() throws {
    try withProject { project in
        try project.write("open", 5, "Other", body: "crash crash crash crash, many crash reports")
        #expect(project.keys("crash*").first == "2")
        #expect(Set(project.keys("crash*")) == ["1", "2", "5"])
    }
}

@Test(arguments: [("cafe", ["3"]), ("CAFÉ", ["3"]), ("caf*", ["3"]), ("accents menu", ["3"]), ("\"menu at\"", ["3"])])
func diacriticsAndCaseAreFolded(_ text: String, _ expected: [String]) throws {
    try withProject { project in
        #expect(project.keys(text) == expected)
    }
}

@Test func closedIssuesAreSearchedUnlessTheQuerySaysOpen() throws {
    try withProject { project in
        #expect(project.keys("menu") == ["3"])
        #expect(project.keys("menu", "is:open") == [])
        #expect(project.keys("is:closed") == ["3"])
    }
}

@Test func snippetIsPlainInAPipeAndBoldOnATerminal() throws {
    try withProject { project in
        let plain = project.run(["search", "parser"])
        #expect(plain.stdout == "1\topen\tUnrelated title\tThe parser crashes on empty input.\n")
        let colored = project.run(["search", "parser"], terminal: true)
        #expect(colored.stdout.contains("    The \u{1B}[1mparser\u{1B}[0m crashes on empty input."))
        #expect(colored.stdout.hasPrefix("\u{1B}[1m#1\u{1B}[0m  Unrelated title"))
    }
}

@Test func longBodiesGiveAShortSnippetAroundTheMatch() throws {
    try withProject { project in
        let words = (1...200).map { "word\($0)" }.joined(separator: " ")
        try project.write("open", 6, "Long", body: words + " needle " + words)
        let line = project.run(["search", "needle"]).stdout
        let snippet = try #require(line.split(separator: "\t").last)
        #expect(snippet.contains("needle"))
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…\n"))
        #expect(snippet.count < 200)
    }
}

@Test func jsonCarriesEachIssueWithItsSnippet() throws {
    try withProject { project in
        let outcome = project.run(["search", "saving", "--json"], terminal: true)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(array.first?["key"] as? String == "2")
        let snippet = try #require(array.first?["snippet"] as? String)
        #expect(snippet.lowercased().contains("saving") && !snippet.contains("\u{1B}"))
    }
}

@Test func limitKeepsTheBestResults() throws {
    try withProject { project in
        #expect(project.keys("crash*", "--limit", "1") == ["2"])
    }
}

@Test func qualifiersAloneListByKeyWithoutSnippet() throws {
    try withProject { project in
        #expect(project.run(["search", "label:perf"]).stdout == "4\topen\tSlow startup\t\n")
        #expect(project.keys("--", "is:all", "-label:perf") == ["1", "2", "3"])
        #expect(project.keys("crash*", "sort:id") == ["1", "2"])
        #expect(project.keys("crash* -parser") == ["2"])
    }
}

@Test(arguments: [("lable:bug", "did you mean 'label:'?"), ("\"open", "unterminated quote"), ("is:maybe", "invalid value 'maybe' for is:")])
func malformedQueryIsAUsageError(_ text: String, _ message: String) throws {
    try withProject { project in
        let outcome = project.run(["search", text])
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains(message))
    }
}

@Test func searchWorksWithoutTheIndex() throws {
    try withProject { project in
        try FileManager.default.removeItem(atPath: project.root + "/.project/.docket")
        try "not a folder".write(toFile: project.root + "/.project/.docket", atomically: false, encoding: .utf8)
        let outcome = project.run(["search", "cafe"])
        #expect(outcome.stderr == "")
        #expect(outcome.stdout == "3\tclosed\tMenu at the café\tMenu at the café\n")
        #expect(project.keys("crash*") == ["2", "1"])
    }
}
