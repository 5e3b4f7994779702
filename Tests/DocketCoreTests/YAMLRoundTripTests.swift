import Foundation
import Testing
@testable import DocketCore

/// Files Docket writes must mean the same to a real YAML parser (PyYAML) as to Docket.
@Suite struct YAMLRoundTripTests {
    private static let pieces = [
        "a", "Crash", ": ", "#", " #", "\"", "'", "[", "]", "{", "}", "{{", "}}", "---", "- ", "? ", "&", "*", "!",
        "%", "@", "`", "|", ">", ",", "yes", "No", "null", "~", "0x1F", "1e3", "12", " ", "\t", "\\", "é", "ü", "日本",
        "🎉", "👩‍💻", "\u{85}", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{7F}", "\u{1B}", "true", ".inf", "2026-11-24",
    ]

    private static func hostile(_ generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &generator) { text += pieces.randomElement(using: &generator)! }
        return text.trimmingSpacesAndNewlines.isEmpty ? "x" + text : text
    }

    @Test func thousandHostileIssuesParseIdenticallyWithPyYAML() throws {
        var generator = SplitMix64(seed: 42)
        var expected: [JSONValue] = []
        var documents: [String] = []
        for index in 1...1000 {
            let title = YAMLRoundTripTests.hostile(&generator).trimmingSpacesAndNewlines
            let labels = (0..<Int.random(in: 0...3, using: &generator)).map { _ in YAMLRoundTripTests.hostile(&generator) }
            let issue = Issue(key: IssueKey(number: index), title: title, state: .open, labels: labels, assignee: "al: ice", created: "2026-11-24T10:15:00Z", path: "")
            let text = IssueFile.render(issue)
            let reread = try IssueFile.parse(frontMatterText: text, path: "x.md", state: .open)
            #expect(reread.title == title && reread.labels == labels)
            documents.append(text.dropFirst(4).components(separatedBy: "\n---\n")[0])
            expected.append(.object([("id", .int(index)), ("title", .string(title)), ("labels", .array(labels.map(JSONValue.string))), ("assignee", .string("al: ice"))]))
        }
        let script = """
        import json, sys, yaml
        out = []
        for doc in json.load(sys.stdin):
            data = yaml.safe_load(doc)
            out.append({"id": data["id"], "title": data["title"], "labels": data["labels"], "assignee": data["assignee"]})
        json.dump(out, sys.stdout)
        """
        let parsed = try BuiltBinary.pyYAML(script, documents: documents)
        let normalized = parsed.arrayValue?.map { item -> JSONValue in
            .object([("id", item["id"] ?? .null), ("title", item["title"] ?? .null), ("labels", item["labels"] ?? .null), ("assignee", item["assignee"] ?? .null)])
        }
        #expect(normalized == expected)
    }
}
