import Foundation
import Testing

@testable import DocketCore

/// A project whose files the tests change with plain POSIX calls, behind Docket's back.
private struct Project {
    let root: String
    var layout: ProjectLayout { ProjectLayout(root: root) }

    init() throws {
        root = NSTemporaryDirectory() + "docket-freshness-tests-" + UUID().uuidString
        for folder in ["open", "closed"] {
            try FileManager.default.createDirectory(atPath: root + "/.project/issues/" + folder, withIntermediateDirectories: true)
        }
    }

    func path(_ folder: String, _ name: String) -> String { root + "/.project/issues/" + folder + "/" + name }

    /// Rewrites the file in place (same inode): open with `O_TRUNC`, write, close.
    func overwrite(_ path: String, _ text: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// Replaces the file through a temporary file and `rename` (a new inode).
    func replace(_ path: String, _ text: String) {
        overwrite(path + ".tmp", text)
        rename(path + ".tmp", path)
    }

    /// Sets a file's mtime; whole seconds act as a file system that keeps no finer time.
    func setModified(_ path: String, seconds: Int, nanoseconds: Int = 0) {
        var times = [timespec(tv_sec: seconds, tv_nsec: nanoseconds), timespec(tv_sec: seconds, tv_nsec: nanoseconds)]
        utimensat(AT_FDCWD, path, &times, 0)
    }

    func run(_ arguments: String...) -> Outcome {
        Docket.run(Invocation(arguments: arguments, currentDirectory: root))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

private func issueText(_ id: Int, title: String, labels: [String] = [], blockedBy: [Int] = []) -> String {
    var lines = ["---", "id: \(id)", "title: \(title)", "labels: [\(labels.joined(separator: ", "))]"]
    if !blockedBy.isEmpty { lines.append("blocked_by: [\(blockedBy.map(String.init).joined(separator: ", "))]") }
    return (lines + ["---", "", "Body of \(title).", ""]).joined(separator: "\n")
}

private func titles(_ outcome: Outcome) throws -> [String] {
    let array = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
    return array.compactMap { $0["title"] as? String }
}

@Test func sameSizeEditInTheSameSecondIsNoticed() throws {
    let project = try Project()
    defer { project.remove() }
    let path = project.path("open", "0001-a.md")
    let second = Int(Date().timeIntervalSince1970)
    project.overwrite(path, issueText(1, title: "Version A"))
    project.setModified(path, seconds: second)
    #expect(try titles(project.run("list", "--json")) == ["Version A"])
    project.overwrite(path, issueText(1, title: "Version B"))
    project.setModified(path, seconds: second)
    #expect(try titles(project.run("list", "--json")) == ["Version B"])
}

@Test func sameSizeEditRightAfterAReadIsNoticed() throws {
    let project = try Project()
    defer { project.remove() }
    let path = project.path("open", "0001-a.md")
    for round in 0..<20 {
        let title = "Version \(round % 10)"
        project.overwrite(path, issueText(1, title: title))
        #expect(try titles(project.run("list", "--json")) == [title])
    }
}

@Test func atomicReplacementWithTheSameSizeAndMtimeIsNoticedByItsInode() throws {
    let project = try Project()
    defer { project.remove() }
    let path = project.path("open", "0001-a.md")
    project.overwrite(path, issueText(1, title: "Version A"))
    project.setModified(path, seconds: 1_700_000_000)
    #expect(try titles(project.run("list", "--json")) == ["Version A"])
    project.replace(path, issueText(1, title: "Version B"))
    project.setModified(path, seconds: 1_700_000_000)
    #expect(try titles(project.run("list", "--json")) == ["Version B"])
}

@Test func movesAndDeletionsBehindDocketsBackAreNoticed() throws {
    let project = try Project()
    defer { project.remove() }
    project.overwrite(project.path("open", "0001-a.md"), issueText(1, title: "One"))
    project.overwrite(project.path("open", "0002-b.md"), issueText(2, title: "Two"))
    #expect(try titles(project.run("list", "--json")) == ["One", "Two"])
    rename(project.path("open", "0001-a.md"), project.path("closed", "0001-a.md"))
    unlink(project.path("open", "0002-b.md"))
    #expect(try titles(project.run("list", "--json")) == [])
    #expect(try titles(project.run("list", "is:closed", "--json")) == ["One"])
}

@Test func docketsOwnWritesShowInTheNextRead() throws {
    let project = try Project()
    defer { project.remove() }
    project.overwrite(project.path("open", "0001-a.md"), issueText(1, title: "One"))
    #expect(try titles(project.run("list", "--json")) == ["One"])
    #expect(project.run("close", "1").exitCode == 0)
    #expect(try titles(project.run("list", "--json")) == [])
    #expect(project.run("reopen", "1").exitCode == 0)
    #expect(project.run("update", "1", "--title", "Uno").exitCode == 0)
    #expect(try titles(project.run("list", "--json")) == ["Uno"])
}

/// One random change made with plain file operations: create, edit in place (often the
/// same size), replace atomically, move to the other folder, delete, or break a file.
/// Returns the file written, if any.
@discardableResult
private func randomChange(_ project: Project, _ random: inout SplitMix64, nextID: inout Int) -> String? {
    let folders = ["open", "closed"]
    let existing = folders.flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(atPath: project.root + "/.project/issues/" + folder)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { (folder, $0) }
    }.sorted { $0 < $1 }
    let labels = ["bug", "ui", "Perf"]
    func text(_ id: Int) -> String {
        let chosen = labels.filter { _ in Bool.random(using: &random) }
        let blockers = Int.random(in: 0..<3, using: &random) == 0 ? [Int.random(in: 1...max(1, nextID), using: &random)] : []
        return issueText(id, title: "Title \(Int.random(in: 10...99, using: &random))", labels: chosen, blockedBy: blockers)
    }
    guard let (folder, name) = existing.randomElement(using: &random), Int.random(in: 0..<6, using: &random) != 0 else {
        nextID += 1
        let folder = folders.randomElement(using: &random) ?? "open"
        let path = project.path(folder, String(format: "%04d-new.md", nextID))
        project.overwrite(path, text(nextID))
        return path
    }
    let path = project.path(folder, name)
    let id = Slug.key(fromFileName: name)?.number ?? 1
    switch Int.random(in: 0..<6, using: &random) {
    case 0: project.overwrite(path, text(id))
    case 1: project.replace(path, text(id))
    case 2: rename(path, project.path(folder == "open" ? "closed" : "open", name))
        return nil
    case 3: unlink(path)
        return nil
    case 4: project.overwrite(path, "---\nid: \(id)\n---\n")
    default:
        // Same size, same inode: the first digit of the title changes.
        var edited = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        if let range = edited.range(of: "Title "), range.upperBound < edited.endIndex {
            edited.replaceSubrange(range.upperBound...range.upperBound, with: String(Int.random(in: 1...9, using: &random)))
        }
        project.overwrite(path, edited)
    }
    return path
}

@Test func listAlwaysEqualsAFromScratchParseUnderRandomChanges() throws {
    let project = try Project()
    defer { project.remove() }
    var random = SplitMix64(seed: 7)
    var nextID = 0
    let queries = ["is:all", "label:bug is:all", "is:ready", "is:blocked", "is:closed -label:ui"]
    var stamps = 0
    for round in 0..<300 {
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            // Half the files get a distinct mtime long past, so the index trusts their stamps
            // (and its folder signatures) instead of parsing them again as too recent.
            if let path = randomChange(project, &random, nextID: &nextID), Bool.random(using: &random) {
                stamps += 1
                project.setModified(path, seconds: 1_700_000_000, nanoseconds: stamps)
            }
        }
        let snapshot = try IssueStore(layout: project.layout).load()
        let open = Set(snapshot.issues.filter { $0.state == .open }.map(\.key))
        let text = queries[round % queries.count]
        let query = try Query(parsing: text)
        let expected = snapshot.issues.filter { query.matches($0, isOpen: open.contains) }.sorted { $0.key < $1.key }
        let outcome = project.run("list", text, "--json")
        #expect(outcome.stdout == JSONValue.array(expected.map { $0.json(includeBody: false) }).prettyText + "\n", "round \(round): \(text)")
        let broken = text == "is:ready" || text == "is:blocked"
            ? snapshot.problems.filter { $0.location.path.contains("/open/") }.count : snapshot.problems.count
        let tally = broken > UnreadableFiles.named ? "and \(broken - UnreadableFiles.named) more;" : "\(broken) issue file"
        #expect(outcome.stderr.contains(tally) == (broken > 0), "round \(round)")
    }
}

@Test func searchAlwaysEqualsAFromScratchParseUnderRandomChangesAndListsBetween() throws {
    let project = try Project()
    defer { project.remove() }
    var random = SplitMix64(seed: 11)
    var nextID = 0
    var stamps = 0
    for round in 0..<150 {
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            if let path = randomChange(project, &random, nextID: &nextID), Bool.random(using: &random) {
                stamps += 1
                project.setModified(path, seconds: 1_700_000_000, nanoseconds: stamps)
            }
        }
        // A list in between stores the changes without their text, for the search to add.
        if Bool.random(using: &random) { _ = project.run("list", "is:all") }
        let label = ["bug", "ui", "perf"][round % 3]
        let snapshot = try IssueStore(layout: project.layout).load()
        let expected = Set(snapshot.issues.filter { $0.labels.contains { $0.lowercased() == label } }.map(\.key.plain))
        let found = project.run("search", label, "-n", "0").stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        #expect(Set(found) == expected, "round \(round): \(label)")
        #expect(found.count == expected.count, "round \(round): \(label)")
    }
}
