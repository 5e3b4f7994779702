import Foundation
import Testing

@testable import DocketCore

/// A project in a fresh temporary directory, with files written behind Docket's back.
private struct Project {
    let root: String
    var layout: ProjectLayout { ProjectLayout(root: root) }
    var indexPath: String { layout.indexPath }

    init() throws {
        root = NSTemporaryDirectory() + "docket-index-tests-" + UUID().uuidString
        for folder in ["open", "closed"] {
            try FileManager.default.createDirectory(atPath: root + "/.project/issues/" + folder, withIntermediateDirectories: true)
        }
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: root + "/" + relative, atomically: false, encoding: .utf8)
    }

    func run(_ arguments: String...) -> Outcome {
        Docket.run(Invocation(arguments: arguments, currentDirectory: root))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

private func issueFile(_ id: Int, _ title: String, labels: [String] = [], extra: [String] = [], body: String = "Body.\n") -> String {
    (["---", "id: \(id)", "title: \(title)", "labels: [\(labels.joined(separator: ", "))]"] + extra + ["---", "", body]).joined(separator: "\n")
}

/// Keys in the order `list` prints them, from `--json` output.
private func keys(_ outcome: Outcome) throws -> [String] {
    let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
    return array.compactMap { $0["key"] as? String }
}

/// Runs `body` on the project's index after bringing both folders, full text and all, up to date.
private func withIndex<T>(_ project: Project, _ body: (IssueIndex) throws -> T) throws -> T {
    try #require(try IssueIndex.withIndex(project.layout, warn: { _ in }) { index in
        try index.refresh(IssueState.allCases, text: true)
        return try body(index)
    })
}

@Test func firstListBuildsTheIndexQuietlyInAPipeAndLaterListsUseIt() throws {
    let project = try Project()
    defer { project.remove() }
    try project.write(".project/issues/open/0001-a.md", issueFile(1, "First"))
    let first = project.run("list", "--json")
    #expect(first.exitCode == 0)
    #expect(first.stderr == "")
    #expect(FileManager.default.fileExists(atPath: project.indexPath))
    #expect(try String(contentsOfFile: project.layout.cacheDirectory + "/.gitignore", encoding: .utf8) == "*\n")
    let second = project.run("list", "--json")
    #expect(second.stderr == "")
    #expect(try keys(second) == ["1"])
}

/// How an index file can be spoiled, and what the one line on stderr says about it.
private enum Damage: String, CaseIterable {
    case garbage, truncated, zeroLength, oldVersion

    func apply(to path: String) throws {
        switch self {
        case .garbage:
            try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: path))
        case .truncated:
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        case .zeroLength:
            try Data().write(to: URL(fileURLWithPath: path))
        case .oldVersion:
            let database = try Database(path: path)
            try database.setUserVersion(IndexSchema.version - 1)
        }
    }

    var expectedLine: String {
        switch self {
        case .garbage, .truncated: return "is damaged"
        case .zeroLength: return "was empty"
        case .oldVersion: return "has schema version \(IndexSchema.version - 1)"
        }
    }
}

@Test(arguments: Damage.allCases)
private func damagedIndexIsRebuiltWithOneLineAndTheCommandSucceeds(_ damage: Damage) throws {
    let project = try Project()
    defer { project.remove() }
    for id in 1...40 {
        try project.write(".project/issues/open/\(String(format: "%04d", id))-x.md", issueFile(id, "Issue \(id)", body: String(repeating: "words ", count: 200)))
    }
    #expect(project.run("reindex").exitCode == 0)
    try damage.apply(to: project.indexPath)
    let outcome = project.run("list", "--json")
    #expect(outcome.exitCode == 0)
    #expect(try keys(outcome) == (1...40).map(String.init))
    let lines = outcome.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains(damage.expectedLine) == true)
    #expect(project.run("list").stderr == "")
}

@Test func unusableIndexFallsBackToTheFilesSilently() throws {
    let project = try Project()
    defer { project.remove() }
    try project.write(".project/issues/open/0001-a.md", issueFile(1, "First", labels: ["bug"]))
    try project.write(".project/issues/open/0002-b.md", issueFile(2, "Second"))
    // A file where the cache folder should be: nothing can be created below it.
    try project.write(".project/.docket", "not a folder")
    let outcome = project.run("list", "-l", "bug", "--json")
    #expect(outcome.exitCode == 0)
    #expect(outcome.stderr == "")
    #expect(try keys(outcome) == ["1"])
    #expect(project.run("search", "second").stdout.hasPrefix("2\topen\tSecond"))
    #expect(project.run("reindex").exitCode == 1)
}

@Test func brokenFilesAreNamedInOneBlockAndTheRestIsListed() throws {
    let project = try Project()
    defer { project.remove() }
    try project.write(".project/issues/open/0001-a.md", issueFile(1, "Fine"))
    try project.write(".project/issues/open/0002-b.md", "---\ntitle: No id\n---\n")
    try project.write(".project/issues/open/0003-c.md", "---\nid: [3\n---\n")
    _ = project.run("list")
    let outcome = project.run("list", "--json")
    #expect(outcome.exitCode == 0)
    #expect(outcome.stderr == """
        .project/issues/open/0002-b.md:1: missing 'id'
        .project/issues/open/0003-c.md:2: unterminated flow list; expected ']'
        2 issue files could not be read; run 'docket doctor'

        """)
    #expect(try keys(outcome) == ["1"])
}

@Test func reindexRebuildsFromScratchAndCountsTheIssues() throws {
    let project = try Project()
    defer { project.remove() }
    try project.write(".project/issues/open/0001-a.md", issueFile(1, "One"))
    try project.write(".project/issues/closed/0002-b.md", issueFile(2, "Two"))
    try project.write(".project/issues/open/0003-c.md", "---\nid: 3\n---\n")
    let outcome = project.run("reindex")
    #expect(outcome.exitCode == 0)
    #expect(outcome.stdout == "Indexed 2 issues.\n")
    #expect(outcome.stderr == ".project/issues/open/0003-c.md:2: missing 'title'\n1 issue file could not be read; run 'docket doctor'\n")
}

@Test func anIssueComesBackFromTheIndexFieldForFieldButItsBody() throws {
    let project = try Project()
    defer { project.remove() }
    let text = issueFile(7, "Every field", labels: ["Bug", "\"a, b\"", "ui"], extra: [
        "status: open", "priority: Urgent-ish", "assignee: Alice", "author: bob", "created: 2026-01-02T03:04:05Z",
        "updated: 2026-02-03T04:05:06Z", "claimed: carol", "blocked_by: [3, SEC-002]", "team: core", "note: \"x: y\"",
    ], body: "Line one\n\nLine 3 with café\n")
    try project.write(".project/issues/open/0007-every-field.md", text)
    try project.write(".project/issues/closed/SEC-002-dialect.md", "# SEC-002: Dialect issue\n\n**Severity**: HIGH\n**Type**: Bug\n**Status**: Resolved\n**Affected Files**: a.swift\n\n---\n\nText\n*Resolved: 2026-03-01*\n")
    // The index keeps no bodies: every other field comes back as parsed.
    let expected = try IssueStore(layout: project.layout).load().issues.sorted { $0.key < $1.key }.map { issue in
        var issue = issue
        issue.body = ""
        return issue
    }
    let indexed = try withIndex(project) { try $0.issues(matching: Query(), defaultState: .all) }
    #expect(indexed.map { $0.json(includeBody: true) } == expected.map { $0.json(includeBody: true) })
    #expect(indexed.map(\.status) == expected.map(\.status))
}

@Test(arguments: [[], ["bug"], [""], ["3:x", "", "a:b:", "ümlaut", "new\nline"]])
func packedStringsRoundTrip(_ items: [String]) {
    #expect(PackedStrings.unpack(PackedStrings.pack(items)) == items)
}

@Test func malformedPackedTextKeepsTheItemsBeforeTheDamage() {
    #expect(PackedStrings.unpack("3:bug9:ui") == ["bug"])
    #expect(PackedStrings.unpack("x") == [])
}

/// Sixty issues that exercise every filter: mixed-case labels and assignees, free-text
/// priorities, missing dates, blockers open, closed and missing, dialect keys, broken files.
private func writeCorpus(_ project: Project) throws {
    var random = SplitMix64(seed: 42)
    let labels = ["bug", "Bug", "UI", "perf", "docs", "needs review"]
    let words = ["crash", "null pointer", "cache", "login", "café", "timeout", "search"]
    for id in 1...60 {
        let closed = Int.random(in: 0..<4, using: &random) == 0
        var extra = ["priority: \(["low", "medium", "high", "critical", "Urgent"].randomElement(using: &random) ?? "low")"]
        if let who = ["Alice", "alice", "bob", nil].randomElement(using: &random) ?? nil { extra.append("assignee: \(who)") }
        if Bool.random(using: &random) { extra.append("created: 2026-\(String(format: "%02d", Int.random(in: 1...12, using: &random)))-15T10:00:00Z") }
        if Bool.random(using: &random) { extra.append("updated: 2026-\(String(format: "%02d", Int.random(in: 1...12, using: &random)))-20T10:00:00Z") }
        if closed { extra.append("closed: 2026-0\(Int.random(in: 1...9, using: &random))-01T00:00:00Z") }
        if Int.random(in: 0..<3, using: &random) == 0 {
            extra.append("blocked_by: [\((0..<Int.random(in: 1...2, using: &random)).map { _ in String(Int.random(in: 1...70, using: &random)) }.joined(separator: ", "))]")
        }
        if id % 5 == 0 { extra.append("author: \(id % 10 == 0 ? "Alice (pairing)" : "bob")") }
        if id % 7 == 0 { extra.append("claimed: 2026-05-01T00:00:00Z") }
        let chosen = labels.filter { _ in Int.random(in: 0..<4, using: &random) == 0 }.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
        let text = words.filter { _ in Bool.random(using: &random) }.joined(separator: " and ")
        let folder = closed ? "closed" : "open"
        try project.write(".project/issues/\(folder)/\(String(format: "%04d", id))-x.md", issueFile(id, "Issue \(id) \(text)", labels: chosen, extra: extra, body: "About \(text).\n"))
    }
    try project.write(".project/issues/open/SEC-001-leak.md", "# SEC-001: Token leak\n\n**Severity**: HIGH\n**Type**: Bug\n**Status**: Open\n\n---\n\nA crash.\n")
    try project.write(".project/issues/closed/SEC-002-old.md", "# SEC-002: Old leak\n\n**Severity**: LOW\n**Status**: Resolved\n\n---\n\nOld.\n*Resolved: 2026-02-02*\n")
    try project.write(".project/issues/open/SEC-003-started.md", "# SEC-003: Started\n\n**Severity**: LOW\n**Status**: In Progress\n\n---\n\nWork.\n")
    try project.write(".project/issues/open/0099-broken.md", "---\nid: 99\nblocked_by: [1]\n---\n")
}

private let equivalenceQueries = [
    "", "is:all", "is:closed", "label:bug", "label:BUG,ui", "label:bug label:ui", "-label:bug is:all", "no:label",
    "label:\"needs review\"", "assignee:alice", "assignee:ALICE,bob is:all", "-assignee:alice", "no:assignee",
    "priority:high", "priority:high,low is:all", "-priority:medium", "id:3", "id:#3,SEC-001,SEC-002 is:all", "id:0",
    "blocked-by:2", "blocked-by:2,5 is:all", "blocked-by:SEC-001", "is:ready", "is:blocked", "is:ready is:all",
    "is:ready is:closed", "is:ready -label:bug no:assignee",
    "is:blocked is:closed", "created:2026-03-15", "created:>=2026-06-01", "created:<2026-06-01 is:all",
    "updated:2026-01-01..2026-06-30", "closed:>2026-03-01 is:all", "closed:*..2026-05-01 is:closed",
    "crash", "-crash is:all", "\"null pointer\"", "cach*", "cafe", "login -timeout label:bug is:all",
    "author:bob", "author:ALICE,bob is:all", "is:in-progress", "is:in-progress is:all", "is:in-progress is:blocked",
]

@Test(arguments: equivalenceQueries)
func indexSelectsWhatTheInMemoryMeaningSelects(_ text: String) throws {
    let project = try Project()
    defer { project.remove() }
    try writeCorpus(project)
    let query = try Query(parsing: text)
    let snapshot = try IssueStore(layout: project.layout).load()
    let open = Set(snapshot.issues.filter { $0.state == .open }.map(\.key))
    let expected = snapshot.issues.filter { query.matches($0, isOpen: open.contains) }.map(\.key).sorted()
    let indexed = try withIndex(project) { try $0.issues(matching: query, defaultState: .open).map(\.key) }
    #expect(indexed == expected)
}

@Test func concurrentCommandsDoNotFailEachOther() async throws {
    let project = try Project()
    defer { project.remove() }
    try writeCorpus(project)
    let root = project.root
    let outcomes = await withTaskGroup(of: Outcome.self) { group in
        for round in 0..<8 {
            group.addTask {
                let arguments = round % 2 == 0 ? ["list", "is:all", "--json"] : ["search", "crash"]
                return Docket.run(Invocation(arguments: arguments, currentDirectory: root))
            }
        }
        return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(outcomes.allSatisfy { $0.exitCode == 0 })
    #expect(outcomes.allSatisfy { !$0.stderr.contains("database") })
}
