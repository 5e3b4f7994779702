internal import CSQLite

/// One prepared SQL statement: bind values, step through rows, read columns.
///
/// Not `Sendable`: it belongs to its `Database` and is used on that database's thread.
/// It keeps the database open while it lives and is finalized when released.
public final class Statement {
    let handle: OpaquePointer
    /// Keeps the connection alive for as long as the statement needs it.
    let database: Database
    /// The SQL text, as given.
    public let sql: String

    /// Prepares exactly one statement; `Database.prepare(_:)` is the public way in.
    init(database: Database, sql: String) throws {
        var prepared: OpaquePointer?
        var extraStatement: OpaquePointer?
        var hasMoreText = false
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(database.handle, text, -1, &prepared, &tail)
            if code == SQLITE_OK, let tail, tail.pointee != 0 {
                // Anything but whitespace and comments after the first statement is a second one.
                let tailCode = sqlite3_prepare_v2(database.handle, tail, -1, &extraStatement, nil)
                hasMoreText = tailCode != SQLITE_OK || extraStatement != nil
            }
            return code
        }
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, connection: database.handle, sql: sql)
        }
        guard let prepared else {
            throw SQLiteError.misuse("no SQL statement in the text", sql: sql)
        }
        guard !hasMoreText else {
            sqlite3_finalize(extraStatement)
            sqlite3_finalize(prepared)
            throw SQLiteError.misuse("more than one statement; use execute(_:) for scripts", sql: sql)
        }
        self.handle = prepared
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// The number of parameters (`?`, `?NNN`, `:name`, `@name`, `$name`) the SQL declares.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Resets the statement, clears old bindings and binds `values` to parameters 1, 2, …
    /// The number of values must equal `parameterCount`.
    public func bind(_ values: [SQLiteValue]) throws {
        guard values.count == parameterCount else {
            throw SQLiteError.range(
                "expected \(parameterCount) value(s) to bind, got \(values.count)", sql: sql)
        }
        clearBindings()
        for (offset, value) in values.enumerated() {
            try check(value.bind(to: handle, at: Int32(offset + 1)))
        }
    }

    /// Resets the statement, clears old bindings and binds values by parameter name. A key may
    /// be written with its prefix (`":id"`) or without (`"id"`, tried as `:id`, `@id`, `$id`).
    /// Parameters not named stay NULL.
    public func bind(_ values: [String: SQLiteValue]) throws {
        clearBindings()
        for (name, value) in values {
            guard let index = parameterIndex(name) else {
                throw SQLiteError.range("no parameter named '\(name)'", sql: sql)
            }
            try check(value.bind(to: handle, at: index))
        }
    }

    /// Advances to the next row: `true` when a row is ready to read, `false` when done.
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(code: code, connection: database.handle, sql: sql)
        }
    }

    /// Rewinds to before the first row, keeping the bindings. Never fails: an error of the last
    /// step was already thrown by `step()`.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Runs the statement from the start with its current bindings until it is done, then resets it.
    public func run() throws {
        reset()
        defer { reset() }
        while try step() {}
    }

    /// Runs the statement from the start with its current bindings and calls `body` once per
    /// row with this statement positioned on that row (no per-row allocation), then resets it.
    /// Read columns inside `body` only; do not step or reset there.
    public func forEachRow(_ body: (Statement) throws -> Void) throws {
        reset()
        defer { reset() }
        while try step() {
            try body(self)
        }
    }

    // MARK: Columns of the current row (0-based indexes)

    /// The number of columns in each result row.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of result column `index` (its `AS` alias when it has one).
    public func columnName(_ index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// The column as a 64-bit integer (NULL reads as 0; SQLite converts other types).
    public func int64(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    /// The column as an `Int` (NULL reads as 0).
    public func int(_ index: Int) -> Int { Int(truncatingIfNeeded: int64(index)) }

    /// The column as a `Double` (NULL reads as 0).
    public func double(_ index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    /// The column as text (NULL reads as ""); NULs inside the text are kept.
    public func text(_ index: Int) -> String { SQLiteValue.text(column: Int32(index), of: handle) }

    /// Calls `body` with the column's text as UTF-8 bytes, valid only inside `body` (NULL
    /// reads as no bytes): for output written straight from a row, with no `String` made.
    public func withUTF8<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = sqlite3_column_text(handle, Int32(index))
        let count = start == nil ? 0 : Int(sqlite3_column_bytes(handle, Int32(index)))
        return try body(UnsafeBufferPointer(start: start, count: count))
    }

    /// The column's bytes (NULL and an empty blob read as []).
    public func blob(_ index: Int) -> [UInt8] { SQLiteValue.blob(column: Int32(index), of: handle) }

    /// Whether the column is NULL.
    public func isNull(_ index: Int) -> Bool { sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL }

    /// The column with its storage class.
    public func value(_ index: Int) -> SQLiteValue { SQLiteValue(column: Int32(index), of: handle) }

    // MARK: Private

    private func clearBindings() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private func parameterIndex(_ name: String) -> Int32? {
        let candidates = name.first.map { ":@$".contains($0) } == true ? [name] : [":", "@", "$"].map { $0 + name }
        for candidate in candidates {
            let index = sqlite3_bind_parameter_index(handle, candidate)
            if index > 0 { return index }
        }
        return nil
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, connection: database.handle, sql: sql)
        }
    }
}
