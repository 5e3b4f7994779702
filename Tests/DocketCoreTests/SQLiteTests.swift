import Foundation
import Testing

@testable import DocketCore

/// A fresh directory for one test, removed by `remove()`.
private struct ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("docket-sqlite-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

private struct Boom: Error, Equatable {}

private func sqliteError(_ body: () throws -> Void) -> SQLiteError? {
    do {
        try body()
        return nil
    } catch let error as SQLiteError {
        return error
    } catch {
        return nil
    }
}

private func count(_ db: Database, _ sql: String) throws -> Int64 {
    let statement = try db.prepare(sql)
    guard try statement.step() else { return -1 }
    return statement.int64(0)
}

@Test func syntaxErrorCarriesCodeMessageAndSQL() throws {
    let db = try Database.inMemory()
    let error = try #require(sqliteError { _ = try db.prepare("SELEC 1") })
    #expect(error.extendedCode == 1)
    #expect(error.codeName == "SQLITE_ERROR")
    #expect(error.message == "near \"SELEC\": syntax error")
    #expect(error.sql == "SELEC 1")
    #expect(error.description == "SQLite error 1 (SQLITE_ERROR): near \"SELEC\": syntax error — in: SELEC 1")
}

@Test func uniqueViolationCarriesExtendedCode() throws {
    let db = try Database.inMemory()
    try db.execute("CREATE TABLE t (x TEXT UNIQUE)")
    try db.run("INSERT INTO t (x) VALUES (?)", [.text("a")])
    let error = try #require(sqliteError { try db.run("INSERT INTO t (x) VALUES (?)", [.text("a")]) })
    #expect(error.extendedCode == 2067)
    #expect(error.primaryCode == 19)
    #expect(!error.isCorrupt)
    #expect(
        error.description
            == "SQLite error 2067 (SQLITE_CONSTRAINT_UNIQUE): UNIQUE constraint failed: t.x — in: INSERT INTO t (x) VALUES (?)")
}

@Test func scriptFailureNamesTheFailingStatementAndKeepsEarlierOnes() throws {
    let db = try Database.inMemory()
    let error = try #require(
        sqliteError {
            try db.execute("CREATE TABLE a (x);\n  INSERT INTO a VALUES (1);\n  INSERT INTO missing VALUES (2);")
        })
    #expect(error.message == "no such table: missing")
    #expect(error.sql == "INSERT INTO missing VALUES (2);")
    #expect(try count(db, "SELECT count(*) FROM a") == 1)
}

@Test func garbageFileIsReportedAsCorruptOnFirstQuery() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("index.sqlite")
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    try garbage.write(to: URL(fileURLWithPath: path))
    let db = try Database(path: path)
    let error = try #require(sqliteError { try db.execute("SELECT * FROM sqlite_master") })
    #expect(error.isCorrupt)
    #expect(error.codeName == "SQLITE_NOTADB")
}

@Test func prepareRejectsEmptyTextAndSecondStatement() throws {
    let db = try Database.inMemory()
    let empty = try #require(sqliteError { _ = try db.prepare("  -- nothing\n") })
    #expect(empty.codeName == "SQLITE_MISUSE")
    let two = try #require(sqliteError { _ = try db.prepare("SELECT 1; SELECT 2") })
    #expect(two.message == "more than one statement; use execute(_:) for scripts")
    _ = try db.prepare("SELECT 1; -- trailing comment")
}

@Test func bindingTheWrongNumberOfValuesFails() throws {
    let db = try Database.inMemory()
    let statement = try db.prepare("SELECT ?, ?")
    let error = try #require(sqliteError { try statement.bind([.integer(1)]) })
    #expect(error.codeName == "SQLITE_RANGE")
    #expect(error.message == "expected 2 value(s) to bind, got 1")
}

private let roundTripValues: [SQLiteValue] = [
    .null, .integer(0), .integer(Int64.max), .integer(Int64.min), .real(3.25), .real(-1e-300),
    .text(""), .text("plain"), .text("héllo wörld — 日本語 🐛👩‍💻"), .text("nul\u{0}inside"),
    .blob([]), .blob([0, 1, 0, 255, 0]),
]

@Test(arguments: roundTripValues)
func boundValueReadsBackUnchanged(_ value: SQLiteValue) throws {
    let db = try Database.inMemory()
    try db.execute("CREATE TABLE t (v)")
    try db.run("INSERT INTO t (v) VALUES (?)", [value])
    let statement = try db.prepare("SELECT v FROM t")
    #expect(try statement.step())
    #expect(statement.value(0) == value)
}

@Test func namedParametersBindWithOrWithoutPrefix() throws {
    let db = try Database.inMemory()
    let statement = try db.prepare("SELECT :a, @b, $c, :unset")
    try statement.bind([":a": .integer(1), "b": .text("two"), "c": .real(3.5)])
    #expect(try statement.step())
    #expect(statement.int64(0) == 1)
    #expect(statement.text(1) == "two")
    #expect(statement.double(2) == 3.5)
    #expect(statement.isNull(3))
    #expect(sqliteError { try statement.bind(["nope": .null]) }?.message == "no parameter named 'nope'")
}

@Test func columnReadersConvertAndNameColumns() throws {
    let db = try Database.inMemory()
    let statement = try db.prepare("SELECT 42 AS answer, NULL AS absent, x'00ff' AS bytes")
    #expect(try statement.step())
    #expect(statement.columnCount == 3)
    #expect(statement.columnName(0) == "answer")
    #expect(statement.int(0) == 42)
    #expect(statement.text(0) == "42")
    #expect(statement.text(1) == "")
    #expect(statement.isNull(1))
    #expect(statement.blob(2) == [0, 255])
    #expect(try statement.step() == false)
}

@Test func forEachRowVisitsEveryRowAndCanRunAgain() throws {
    let db = try Database.inMemory()
    try db.execute("CREATE TABLE t (n); INSERT INTO t VALUES (1), (2), (3);")
    let statement = try db.prepare("SELECT n FROM t WHERE n >= ? ORDER BY n")
    try statement.bind([.integer(2)])
    var first: [Int64] = []
    try statement.forEachRow { first.append($0.int64(0)) }
    var second: [Int64] = []
    try statement.forEachRow { second.append($0.int64(0)) }
    #expect(first == [2, 3])
    #expect(second == [2, 3])
}

@Test func transactionCommitsAndReturnsTheBodysResult() throws {
    let db = try Database.inMemory()
    try db.execute("CREATE TABLE t (n)")
    let id = try db.transaction {
        try db.run("INSERT INTO t VALUES (?)", [.integer(7)])
        return db.lastInsertRowID
    }
    #expect(id == 1)
    #expect(db.changes == 1)
    #expect(!db.isInTransaction)
    #expect(try count(db, "SELECT count(*) FROM t") == 1)
}

@Test func transactionRollsBackAndRethrowsTheBodysError() throws {
    let db = try Database.inMemory()
    try db.execute("CREATE TABLE t (n)")
    #expect(throws: Boom()) {
        try db.transaction {
            try db.run("INSERT INTO t VALUES (1)")
            throw Boom()
        }
    }
    #expect(!db.isInTransaction)
    #expect(try count(db, "SELECT count(*) FROM t") == 0)
}

@Test func userVersionRoundTrips() throws {
    let db = try Database.inMemory()
    #expect(try db.userVersion() == 0)
    try db.setUserVersion(3)
    #expect(try db.userVersion() == 3)
    try db.setUserVersion(-12)
    #expect(try db.userVersion() == -12)
}

@Test func fileDatabaseUsesWALAndReopensReadOnly() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let path = scratch.path("index.sqlite")
    do {
        let db = try Database(path: path)
        #expect(try db.enableWAL())
        try db.execute("CREATE TABLE t (n); INSERT INTO t VALUES (1);")
    }
    let reader = try Database(path: path, readOnly: true)
    #expect(try count(reader, "SELECT count(*) FROM t") == 1)
    #expect(sqliteError { try reader.execute("INSERT INTO t VALUES (2)") }?.primaryCode == 8)
    #expect(try Database.inMemory().enableWAL() == false)
}

@Test func openingAMissingFileReadOnlyFails() throws {
    let scratch = try ScratchDirectory()
    defer { scratch.remove() }
    let missing = scratch.path("absent.sqlite")
    let error = try #require(sqliteError { _ = try Database(path: missing, readOnly: true) })
    #expect(error.codeName == "SQLITE_CANTOPEN")
    #expect(error.message.hasSuffix(missing))
}

@Test func fts5WithUnicode61RemovesDiacritics() throws {
    let db = try Database.inMemory()
    var options: [String] = []
    try db.prepare("PRAGMA compile_options").forEachRow { options.append($0.text(0)) }
    #expect(options.contains("ENABLE_FTS5"))
    try db.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
    try db.run("INSERT INTO fts (title, body) VALUES (?, ?)", [.text("Café crash"), .text("naïve résumé")])
    #expect(try count(db, "SELECT count(*) FROM fts WHERE fts MATCH 'cafe AND resume'") == 1)
}
