internal import CSQLite

/// A failure reported by SQLite (or by this layer's misuse checks), with everything needed
/// to understand it: the extended result code, SQLite's message and the SQL that failed.
///
/// Prints as `SQLite error 2067 (SQLITE_CONSTRAINT_UNIQUE): UNIQUE constraint failed: t.x — in: INSERT …`.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code, e.g. 2067 for `SQLITE_CONSTRAINT_UNIQUE`.
    public let extendedCode: Int32
    /// SQLite's own explanation, e.g. `UNIQUE constraint failed: t.x`.
    public let message: String
    /// The statement that failed, when the failure came from one.
    public let sql: String?

    /// Builds an error from its parts; the code is an SQLite result code (primary or extended).
    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Reads the message of the last failure on `connection`; without a connection, SQLite's
    /// generic text for the code.
    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let text: String
        if let connection, let cMessage = sqlite3_errmsg(connection) {
            text = String(cString: cMessage)
        } else if let cText = sqlite3_errstr(code) {
            text = String(cString: cText)
        } else {
            text = "unknown error"
        }
        self.init(extendedCode: code, message: text, sql: sql)
    }

    /// A misuse of this layer caught before SQLite saw it (reported as `SQLITE_MISUSE`).
    static func misuse(_ message: String, sql: String?) -> SQLiteError {
        SQLiteError(extendedCode: SQLITE_MISUSE, message: message, sql: sql)
    }

    /// A binding that does not fit the statement's parameters (reported as `SQLITE_RANGE`).
    static func range(_ message: String, sql: String?) -> SQLiteError {
        SQLiteError(extendedCode: SQLITE_RANGE, message: message, sql: sql)
    }

    /// The primary result code (the low byte of the extended one), e.g. 19 for any constraint failure.
    public var primaryCode: Int32 { extendedCode & 0xFF }

    /// The symbolic name of the extended code, e.g. `SQLITE_CONSTRAINT_UNIQUE`.
    public var codeName: String {
        Self.codeNames[extendedCode] ?? Self.codeNames[primaryCode] ?? "SQLITE_UNKNOWN"
    }

    /// True when the file is damaged or is not an SQLite database at all (`SQLITE_CORRUPT`,
    /// `SQLITE_NOTADB`): a cache file in that state should be deleted and rebuilt.
    public var isCorrupt: Bool {
        primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB
    }

    public var description: String {
        var text = "SQLite error \(extendedCode) (\(codeName)): \(message)"
        if let sql {
            text += " — in: " + Self.abbreviated(sql)
        }
        return text
    }

    /// The SQL on one line (runs of whitespace become one space), cut to 200 characters.
    private static func abbreviated(_ sql: String) -> String {
        let oneLine = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard oneLine.count > 200 else { return oneLine }
        return oneLine.prefix(200) + "…"
    }
}
