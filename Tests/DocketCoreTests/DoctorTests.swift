import Foundation
import Testing

@testable import DocketCore

/// A project in a fresh temporary directory, filled with hand-written files.
private struct Project {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "docket-doctor-tests-" + UUID().uuidString
        for folder in ["open", "closed"] {
            try FileManager.default.createDirectory(atPath: root + "/.project/issues/" + folder, withIntermediateDirectories: true)
        }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(toFile: root + "/.project/issues/" + path, atomically: false, encoding: .utf8)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOfFile: root + "/.project/issues/" + path, encoding: .utf8)
    }

    /// Every issue file, as `folder/name`.
    var files: [String] {
        ["open", "closed"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/.project/issues/" + folder)) ?? []).map { folder + "/" + $0 }
        }.sorted()
    }

    func run(_ arguments: String...) -> Outcome {
        Docket.run(Invocation(arguments: arguments, currentDirectory: root))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

private func issue(_ id: Int, _ title: String, _ extra: String = "") -> String {
    "---\nid: \(id)\ntitle: \(title)\n\(extra)---\n\nBody.\n"
}

private let prefix = ".project/issues/"

@Test func cleanProjectHasNoProblems() throws {
    let project = try Project([
        "open/0001-one.md": issue(1, "One", "status: open\nblocked_by: [2]\n"),
        "closed/0002-two.md": issue(2, "Two", "status: closed\n"),
        "open/SEC-001-leak.md": "# SEC-001: Leak\n\n**Status**: Open\n\n---\n\nText.\n",
    ])
    defer { project.remove() }
    let outcome = project.run("doctor")
    #expect(outcome.exitCode == 0)
    #expect(outcome.stdout == "No problems found.\n")
}

/// Files that hold one kind of problem, and the lines `doctor` must print for it.
private struct ProblemCase: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var expected: [String]
    var testDescription: String { name }
}

private let problemCases = [
    ProblemCase(name: "unreadable front matter", files: ["open/0001-a.md": "---\nid: 1\ntitle: [A\n---\n"],
                expected: [prefix + "open/0001-a.md:3: "]),
    ProblemCase(name: "missing id", files: ["open/notes.md": "---\ntitle: Notes\n---\n"],
                expected: [prefix + "open/notes.md:1: missing 'id'"]),
    ProblemCase(name: "duplicate id", files: ["open/0002-a.md": issue(2, "A"), "closed/0002-b.md": issue(2, "B", "status: closed\n")],
                expected: [prefix + "closed/0002-b.md:2: duplicate id #2 (also in \(prefix)open/0002-a.md)",
                           prefix + "open/0002-a.md:2: duplicate id #2 (also in \(prefix)closed/0002-b.md)"]),
    ProblemCase(name: "status disagrees with folder", files: ["open/0003-c.md": issue(3, "C", "status: closed\n")],
                expected: [prefix + "open/0003-c.md:4: status 'closed' but the file is in open/"]),
    ProblemCase(name: "file name disagrees with id", files: ["open/0009-four.md": issue(4, "Four")],
                expected: [prefix + "open/0009-four.md:2: the file name does not match id 4 (expected 0004-four.md)"]),
    ProblemCase(name: "dialect status disagrees with folder", files: ["closed/SEC-001-a.md": "# SEC-001: A\n\n**Status**: Open\n\n---\n"],
                expected: [prefix + "closed/SEC-001-a.md:3: status 'Open' but the file is in closed/"]),
    ProblemCase(name: "dialect heading missing", files: ["open/SEC-002-b.md": "Just text.\n"],
                expected: [prefix + "open/SEC-002-b.md:1: missing `# PREFIX-NNN: Title` heading"]),
    ProblemCase(name: "dialect duplicate key", files: ["open/SEC-003-a.md": "# SEC-003: A\n", "open/SEC-003-b.md": "# SEC-003: B\n"],
                expected: [prefix + "open/SEC-003-a.md:1: duplicate id SEC-003 (also in \(prefix)open/SEC-003-b.md)"]),
    ProblemCase(name: "dialect number disagrees with heading", files: ["open/SEC-004-x.md": "# SEC-005: X\n"],
                expected: [prefix + "open/SEC-004-x.md:1: the heading says SEC-005 but the file name says SEC-004"]),
    ProblemCase(name: "dangling blocker", files: ["open/0005-e.md": issue(5, "E", "blocked_by: [99]\n")],
                expected: [prefix + "open/0005-e.md:4: blocked_by names #99, which no issue has"]),
    ProblemCase(name: "dependency cycle", files: [
        "open/0006-f.md": issue(6, "F", "blocked_by: [7]\n"), "open/0007-g.md": issue(7, "G", "blocked_by: [8]\n"),
        "closed/0008-h.md": issue(8, "H", "blocked_by: [6]\n"), "open/0009-i.md": issue(9, "I", "blocked_by: [9]\n"),
    ], expected: [prefix + "open/0006-f.md:4: dependency cycle: #6 -> #7 -> #8 -> #6", prefix + "open/0009-i.md:4: dependency cycle: #9 -> #9"]),
]

@Test(arguments: problemCases)
private func doctorReportsEachKindOfProblem(_ problem: ProblemCase) throws {
    let project = try Project(problem.files)
    defer { project.remove() }
    let outcome = project.run("doctor")
    #expect(outcome.exitCode == 1)
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    for expected in problem.expected {
        #expect(lines.contains { $0.hasPrefix(expected) }, "\(expected) in \(lines)")
    }
}

@Test func jsonListsProblemsWithPathLineAndKind() throws {
    let project = try Project(["open/0005-e.md": issue(5, "E", "blocked_by: [99]\n")])
    defer { project.remove() }
    let outcome = project.run("doctor", "--json")
    #expect(outcome.exitCode == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    let problems = try #require(object["problems"] as? [[String: Any]])
    #expect(problems.count == 1)
    #expect(problems.first?["kind"] as? String == "dangling-blocker")
    #expect(problems.first?["line"] as? Int == 4)
    #expect((object["fixes"] as? [Any])?.isEmpty == true)
}

@Test func fixGivesAFileWithoutIDTheNextIDAndTheStandardName() throws {
    let project = try Project([
        "open/0001-one.md": issue(1, "One"), "closed/0005-five.md": issue(5, "Five", "status: closed\n"),
        "open/notes.md": "---\ntitle: Hand Written\nlabels: [bug]\n---\n\nMy notes.\n",
    ])
    defer { project.remove() }
    let outcome = project.run("doctor", "--fix")
    #expect(outcome.exitCode == 0)
    #expect(outcome.stdout == "gave \(prefix)open/notes.md the id #6: \(prefix)open/0006-hand-written.md\nNo problems left.\n")
    #expect(project.read("open/notes.md") == nil)
    #expect(project.read("open/0006-hand-written.md") == "---\ntitle: Hand Written\nlabels: [bug]\nid: 6\n---\n\nMy notes.\n")
    #expect(project.run("new", "Next").stdout.contains("#7"))
}

@Test func fixRenumbersTheLaterCreatedOfTwoDuplicates() throws {
    let project = try Project([
        "open/0002-first.md": issue(2, "First", "created: 2026-01-01T00:00:00Z\n"),
        "open/0002-second.md": issue(2, "Second", "created: 2026-02-01T00:00:00Z\n"),
        "open/0003-third.md": issue(3, "Third"),
    ])
    defer { project.remove() }
    let first = project.read("open/0002-first.md")
    let outcome = project.run("doctor", "--fix")
    #expect(outcome.exitCode == 0)
    #expect(outcome.stdout.hasPrefix("#2 -> #4: \(prefix)open/0004-second.md\n"))
    #expect(project.read("open/0002-first.md") == first)
    #expect(project.read("open/0004-second.md")?.contains("id: 4\n") == true)
    #expect(project.files == ["open/0002-first.md", "open/0003-third.md", "open/0004-second.md"])
}

@Test func fixRenumbersADialectDuplicateInItsHeadingAndName() throws {
    let project = try Project([
        "open/SEC-003-a.md": "# SEC-003: A\n\n**Status**: Open\n\n---\n\nText.\n*Filed: 2026-01-01*\n",
        "open/SEC-003-b.md": "# SEC-3: B\n\n**Status**: Open\n\n---\n\nText.\n*Filed: 2026-02-01*\n",
        "open/SEC-007-c.md": "# SEC-007: C\n",
    ])
    defer { project.remove() }
    let outcome = project.run("doctor", "--fix")
    #expect(outcome.exitCode == 0)
    #expect(outcome.stdout.hasPrefix("SEC-003 -> SEC-008: \(prefix)open/SEC-008-b.md\n"))
    #expect(project.read("open/SEC-008-b.md")?.hasPrefix("# SEC-008: B\n\n**Status**: Open\n") == true)
}

/// A file whose status names the other folder and says it is the later word, and where
/// `--fix` moves it (DoctorSettleTests has the files whose folder wins).
private struct MoveCase: CustomTestStringConvertible, Sendable {
    var name: String
    var path: String
    var text: String
    var endsIn: String
    var testDescription: String { name }
}

private let moveCases = [
    MoveCase(name: "edited after closing", path: "closed/0001-a.md",
             text: issue(1, "A", "status: open\nclosed: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\n"), endsIn: "open/0001-a.md"),
    MoveCase(name: "closed by hand", path: "open/0002-b.md",
             text: issue(2, "B", "status: closed\nupdated: 2026-01-01T00:00:00Z\nclosed: 2026-01-02T00:00:00Z\n"), endsIn: "closed/0002-b.md"),
    MoveCase(name: "dialect resolved in open", path: "open/SEC-001-x.md",
             text: "# SEC-001: X\n\n**Status**: Resolved\n\n---\n\nText.\n*Resolved: 2026-03-01*\n", endsIn: "closed/SEC-001-x.md"),
]

@Test(arguments: moveCases)
private func fixMovesAFileToItsStatusFolderWhenTheFileSaysSo(_ move: MoveCase) throws {
    let project = try Project([move.path: move.text])
    defer { project.remove() }
    let outcome = project.run("doctor", "--fix")
    #expect(project.files == [move.endsIn])
    #expect(project.read(move.endsIn) == move.text)
    #expect(outcome.exitCode == 0)
    #expect(outcome.stdout.contains("moved to "))
}

@Test func fixNeverDeletesOrOverwritesAFile() throws {
    let project = try Project([
        "open/0001-a.md": issue(1, "A"), "closed/0001-a.md": issue(1, "A", "status: open\nclosed: 2026-01-01T00:00:00Z\nupdated: 2026-01-02T00:00:00Z\n"),
        "open/x.md": "---\ntitle: A\n---\n", "open/0002-broken.md": "---\nid: [\n---\n",
    ])
    defer { project.remove() }
    let closed = project.read("closed/0001-a.md")
    let outcome = project.run("doctor", "--fix")
    #expect(outcome.stdout.split(separator: "\n").filter { $0.contains("->") || $0.hasPrefix("gave") || $0.hasPrefix("moved") }.count == 1)
    #expect(project.files == ["closed/0001-a.md", "open/0001-a.md", "open/0002-broken.md", "open/0003-a.md"])
    #expect(project.read("closed/0001-a.md") == closed)
    #expect(project.read("open/0002-broken.md") == "---\nid: [\n---\n")
}
