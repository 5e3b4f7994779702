import Foundation
import Testing

@testable import DocketCore

/// The rows a refresh stores many to a statement (`IssueIndex.PendingRows`) are those it
/// would store one file at a time, whatever batch boundary the files end on; indexes built
/// after a bulk store hold what inserting would have put in them; the parser threads hand
/// every file back in order.
@Suite struct BatchedIndexRowsTests {
    /// The text of the `number`th file: labels that fold to one label, blockers, and every
    /// seventh file one that does not parse.
    static func text(_ number: Int) -> String {
        if number % 7 == 3 { return "---\ntitle: [no id and an unclosed list\n---\n" }
        var lines = ["---", "id: \(number)", "title: Issue \(number)", "labels: [Bug, bug, area-\(number % 5)]"]
        if number % 2 == 0 { lines.append("blocked_by: [\(number + 1), \(number + 2)]") }
        if number % 3 == 0 { lines.append("assignee: Dana (pairing)") }
        return (lines + ["---", "", "Body of \(number).", ""]).joined(separator: "\n")
    }

    static func entry(_ number: Int) -> DirectoryEntry {
        DirectoryEntry(name: String(format: "%04d-x.md", number), size: Int64(text(number).utf8.count), modified: 1_000 + Int64(number), inode: UInt64(50 + number), changed: 2_000 + Int64(number))
    }

    static func parsed(_ number: Int) -> ParsedFile {
        let path = ".project/issues/open/" + entry(number).name
        return ParsedFile(result: IssueFormat.parse(text(number), path: path, state: .open), couldNotRead: false)
    }

    /// An empty index holding one file already, so new ids go on from an existing one.
    static func index() throws -> IssueIndex {
        let database = try Database.inMemory()
        try database.transaction { try IndexSchema.recreate(in: database) }
        let index = IssueIndex(database: database, layout: ProjectLayout(root: "/nonexistent"))
        let rows = try index.pendingRows()
        _ = try index.insert(parsed(0), state: .open, entry: entry(0), text: true, rows: rows)
        try rows.finish()
        return index
    }

    /// Every row of the tables a refresh writes, in a fixed order.
    static func dump(_ index: IssueIndex) throws -> [[SQLiteValue]] {
        var rows: [[SQLiteValue]] = []
        for sql in [
            "SELECT * FROM files ORDER BY id", "SELECT * FROM labels ORDER BY label, file",
            "SELECT rowid, * FROM blockers ORDER BY rowid", "SELECT rowid, title, body, labels FROM fts ORDER BY rowid",
        ] {
            let select = try index.database.prepare(sql)
            try select.forEachRow { row in rows.append((0..<row.columnCount).map(row.value)) }
        }
        return rows
    }

    @Test(arguments: [0, 1, BatchedInsert.rows - 1, BatchedInsert.rows, BatchedInsert.rows + 1, 2 * BatchedInsert.rows + 1], [false, true])
    func rowsStoredInBatchesAreThoseStoredOneFileAtATime(count: Int, text: Bool) throws {
        let batched = try Self.index()
        let rows = try batched.pendingRows()
        var ids: [Int64] = []
        for number in 1..<count + 1 {
            ids.append(try batched.insert(Self.parsed(number), state: .open, entry: Self.entry(number), text: text, rows: rows))
        }
        try rows.finish()

        let single = try Self.index()
        var singleIDs: [Int64] = []
        for number in 1..<count + 1 {
            let rows = try single.pendingRows()
            singleIDs.append(try single.insert(Self.parsed(number), state: .open, entry: Self.entry(number), text: text, rows: rows))
            try rows.finish()
        }

        #expect(ids == singleIDs)
        #expect(ids == (0..<Int64(count)).map { $0 + 2 })
        #expect(try Self.dump(batched) == Self.dump(single))
        #expect(try Self.dump(batched).count > 2 * count)
    }

    /// A build from nothing of `count` files, with the indexes built afterwards or not.
    static func built(count: Int, bulk: Bool) throws -> IssueIndex {
        let database = try Database.inMemory()
        let index = IssueIndex(database: database, layout: ProjectLayout(root: "/nonexistent"))
        try database.transaction {
            try IndexSchema.recreate(in: database)
            try index.storing(bulk: bulk) {
                let rows = try index.pendingRows()
                for number in 1..<count + 1 {
                    _ = try index.insert(Self.parsed(number), state: .open, entry: Self.entry(number), text: true, rows: rows)
                }
                try rows.finish()
            }
        }
        return index
    }

    static func schema(_ index: IssueIndex) throws -> Set<[SQLiteValue]> {
        let select = try index.database.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master")
        var rows: Set<[SQLiteValue]> = []
        try select.forEachRow { row in rows.insert((0..<4).map(row.value)) }
        return rows
    }

    @Test func indexesBuiltAfterABulkStoreHoldWhatInsertingWouldHavePutInThem() throws {
        let bulk = try Self.built(count: 300, bulk: true)
        let plain = try Self.built(count: 300, bulk: false)
        #expect(try Self.dump(bulk) == Self.dump(plain))
        #expect(try Self.schema(bulk) == Self.schema(plain))
        let check = try bulk.database.prepare("PRAGMA integrity_check")
        var problems: [String] = []
        try check.forEachRow { problems.append($0.text(0)) }
        #expect(problems == ["ok"])
        let ready = try bulk.database.prepare("SELECT count(*) FROM files INDEXED BY files_ready WHERE folder = 0 AND problem IS NULL AND assignee IS NULL")
        #expect(try ready.step() && ready.int(0) > 100)
    }

    @Test func parserThreadsHandEveryFileBackInOrderWithItsRow() throws {
        let directory = NSTemporaryDirectory() + "docket-batched-rows-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let jobs = try (1...1_000).map { number in
            let name = Self.entry(number).name
            try Self.text(number).write(toFile: directory + "/" + name, atomically: false, encoding: .utf8)
            return ParsePipeline.Job(directory: directory, name: name, path: name, state: .open, size: -1, wholeText: false, storesRow: true)
        }
        let reader = IssueFileReader()
        var seen = 0
        try IssueIndex.parseEach(jobs) { offset, parsed in
            let expected = reader.parse(jobs[offset])
            #expect(offset == seen)
            #expect(String(describing: parsed.result) == String(describing: expected.result))
            #expect(parsed.row?.values == expected.row?.values)
            #expect(parsed.row?.labels == expected.row?.labels)
            seen += 1
        }
        #expect(seen == jobs.count)
    }

    @Test func aFailureWhileStoringIsRethrownAndEndsTheParse() throws {
        let jobs = (0..<1_000).map { number in
            ParsePipeline.Job(directory: "/nonexistent", name: "\(number).md", path: "\(number).md", state: .open, size: 0, storesRow: true)
        }
        struct Stop: Error {}
        var calls = 0
        #expect(throws: Stop.self) {
            try IssueIndex.parseEach(jobs) { offset, _ in
                calls += 1
                if offset == 300 { throw Stop() }
            }
        }
        #expect(calls == 301)
    }
}
