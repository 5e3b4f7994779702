internal import CSQLite

/// One SQLite connection: opens (or creates) a database file, runs SQL, manages transactions.
///
/// Deliberately not `Sendable`: an SQLite connection and its statements must be used from one
/// thread at a time, and keeping the class non-`Sendable` lets the compiler enforce that.
/// Create it where it is used (a command, a task), or hand it over with `sending`.
/// The connection closes when the last reference (including those held by statements) goes away.
public final class Database {
    let handle: OpaquePointer
    /// The path given when opening (`:memory:` for an in-memory database).
    public let path: String

    /// Opens the database at `path`, creating the file when it is missing unless `readOnly`.
    ///
    /// Opening does not read the file: a corrupt file or one that is not a database is
    /// reported by the first statement (`SQLiteError.isCorrupt`).
    /// - Parameter busyTimeout: how long to wait for another connection's lock, in milliseconds.
    public init(path: String, readOnly: Bool = false, busyTimeout: Int32 = 5_000) throws {
        var connection: OpaquePointer?
        // One thread uses a connection at a time (see above), so SQLite's own mutex on every
        // call would guard nothing.
        // URIs let `ATTACH` open another index read-only (`IssueIndex.readOnlyURI`).
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = SQLiteError(code: code, connection: connection)
            sqlite3_close_v2(connection)
            throw SQLiteError(
                extendedCode: error.extendedCode, message: "\(error.message): \(path)", sql: nil)
        }
        sqlite3_extended_result_codes(connection, 1)
        sqlite3_busy_timeout(connection, busyTimeout)
        self.handle = connection
        self.path = path
    }

    /// A fresh private database that lives in memory (for tests and scratch work).
    public static func inMemory() throws -> Database {
        try Database(path: ":memory:")
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs a script of zero or more `;`-separated statements, discarding any rows.
    /// A failure names the statement that failed; statements before it stay applied.
    public func execute(_ sql: String) throws {
        try sql.withCString { start in
            var next: UnsafePointer<CChar>? = start
            while let current = next, current.pointee != 0 {
                var prepared: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(handle, current, -1, &prepared, &tail)
                guard code == SQLITE_OK else {
                    // The rest of the script, from the statement that failed to compile.
                    let rest = String(cString: current).drop(while: \.isWhitespace)
                    throw SQLiteError(code: code, connection: handle, sql: String(rest))
                }
                defer { sqlite3_finalize(prepared) }
                if let prepared {
                    try runToCompletion(prepared)
                }
                next = tail
            }
        }
    }

    /// Prepares one statement for repeated use. Throws for a syntax error, for empty SQL and
    /// for more than one statement.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Prepares, binds `bindings` to `?` parameters in order, and runs one statement to completion.
    public func run(_ sql: String, _ bindings: [SQLiteValue] = []) throws {
        let statement = try prepare(sql)
        try statement.bind(bindings)
        try statement.run()
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT` and returns its result.
    ///
    /// Any error thrown by `body` or by `COMMIT` rolls the transaction back and is rethrown
    /// as is (a failure of the rollback itself is not reported over it). Not reentrant:
    /// calling it inside another transaction fails with SQLite's "cannot start a transaction
    /// within a transaction".
    @discardableResult
    public func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK")
            }
            throw error
        }
    }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Reads `PRAGMA user_version` (0 in a new database): the schema version the caller stored.
    public func userVersion() throws -> Int32 {
        let statement = try prepare("PRAGMA user_version")
        guard try statement.step() else { return 0 }
        return Int32(truncatingIfNeeded: statement.int64(0))
    }

    /// Writes `PRAGMA user_version`.
    public func setUserVersion(_ version: Int32) throws {
        try execute("PRAGMA user_version = \(version)")
    }

    /// Switches the database to write-ahead logging (readers never block the writer).
    /// Returns `false` when SQLite kept another mode, as it does for in-memory databases.
    @discardableResult
    public func enableWAL() throws -> Bool {
        let statement = try prepare("PRAGMA journal_mode = WAL")
        guard try statement.step() else { return false }
        return statement.text(0).lowercased() == "wal"
    }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    private func runToCompletion(_ statement: OpaquePointer) throws {
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return }
            if code != SQLITE_ROW {
                let sql = sqlite3_sql(statement).map { String(cString: $0) }
                throw SQLiteError(code: code, connection: handle, sql: sql)
            }
        }
    }
}
