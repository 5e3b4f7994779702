import Foundation
@testable import DocketCore

/// A made-up GitHub project, generated the same way on every run: the array
/// `gh issue list --state all --json ...` would print for it, keys in gh's order.
enum GitHubFixture {
    static let titles = [
        "Crash when the path has ümlauts", "日本語のタイトルが途中で切れる", "Emoji 🎉 in labels breaks sorting",
        "Ñandú: accents are lost in search", "Ελληνικά: the export drops accents", "Quotes \"like this\" and 'this' in titles",
        "- a title that starts with a dash", "Zero-width joiner 👩‍💻 in a name", "# not a heading, a title", "Plain old bug",
    ]
    static let labels = ["bug", "enhancement", "good first issue", "docs", "área: búsqueda", "優先度高", "needs triage"]
    static let people = ["octocat", "hubot", "mona-lisa", "ümit", "li-wei"]
    static let bodies = [
        "", "It fails.", "Steps:\n\n1. Open the app\n2. Type `ünïcödé`\n3. Watch it crash\n\nExpected: no crash.",
        "```swift\nlet x = \"<b>\" // not HTML\n```\n\nSee [the docs](https://example.com/docs?a=1&b=2).",
        "## Context\n\n- one\n- two *emphasis* and **strong**\n\n---\n\nA line after a rule: 中文 and العربية.",
    ]
    static let commentTexts = ["+1", "I see this too on Linux 🐧.", "Fixed in main, thanks!\n\nSecond paragraph with `code`.", "Ça marche ✔︎"]

    static func date(_ offset: Int) -> String {
        Timestamp.iso(Date(timeIntervalSince1970: 1_704_067_200 + Double(offset) * 3_600))
    }

    /// `count` issues numbered 1...count; about a third closed, most with comments.
    static func ghIssues(count: Int, seed: UInt64 = 7) -> JSONValue {
        var random = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func login(_ name: String) -> JSONValue { .object([("login", .string(name))]) }
        var issues: [JSONValue] = []
        for number in 1...count {
            let created = number * 24
            let closed = random.next() % 3 == 0
            let assigneeCount = Int(random.next() % 3)
            var assignees: [String] = []
            while assignees.count < assigneeCount {
                let person = pick(people)
                if !assignees.contains(person) { assignees.append(person) }
            }
            var labelNames: [String] = []
            for _ in 0..<Int(random.next() % 4) {
                let label = pick(labels)
                if !labelNames.contains(label) { labelNames.append(label) }
            }
            let comments: [JSONValue] = (0..<Int(random.next() % 4)).map { index in
                .object([("author", login(pick(people))), ("body", .string(pick(commentTexts))), ("createdAt", .string(date(created + 1 + index)))])
            }
            let updated = created + 10
            issues.append(.object([
                ("assignees", .array(assignees.map(login))),
                ("author", number % 17 == 0 ? .null : login(pick(people))),
                ("body", .string(pick(bodies))),
                ("closedAt", closed ? .string(date(created + 9)) : .null),
                ("comments", .array(comments)),
                ("createdAt", .string(date(created))),
                ("labels", .array(labelNames.map { .object([("name", .string($0))]) })),
                ("number", .int(number)),
                ("state", .string(closed ? "CLOSED" : "OPEN")),
                ("title", .string("\(pick(titles)) (\(number))")),
                ("updatedAt", .string(date(updated))),
            ]))
        }
        return .array(issues)
    }
}
