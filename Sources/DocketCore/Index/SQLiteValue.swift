internal import CSQLite

/// One value as SQLite stores it: the five storage classes.
///
/// No literal conformances on purpose: `ExpressibleByStringLiteral` here would make every
/// `String + String` in the module ambiguous and slow to type-check.
public enum SQLiteValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    /// UTF-8 text; may contain any character, NUL included.
    case text(String)
    case blob([UInt8])

    /// `.integer`, widened from a Swift `Int`.
    public init(_ value: Int) { self = .integer(Int64(value)) }

    /// `.integer`, or `.null` when there is no number.
    public init(_ value: Int64?) { self = value.map { .integer($0) } ?? .null }

    /// `.text`, or `.null` when there is no text.
    public init(_ value: String?) { self = value.map { .text($0) } ?? .null }

    /// `.integer(1)` or `.integer(0)`, as SQLite stores booleans.
    public init(_ value: Bool) { self = .integer(value ? 1 : 0) }
}

extension SQLiteValue {
    /// SQLite's `SQLITE_TRANSIENT`: SQLite copies the bytes before the bind call returns.
    /// (The C macro is a cast of -1 to a function pointer, which Swift does not import.)
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }

    /// Binds this value to parameter `index` (1-based) of `statement`; returns SQLite's result code.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .integer(let value):
            return sqlite3_bind_int64(statement, index, value)
        case .real(let value):
            return sqlite3_bind_double(statement, index, value)
        case .text(let value):
            guard !value.isEmpty else {
                // A nil pointer would bind NULL; a C "" binds empty text.
                return sqlite3_bind_text64(statement, index, "", 0, Self.transient, UInt8(SQLITE_UTF8))
            }
            var text = value
            return text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    sqlite3_bind_text64(
                        statement, index, chars.baseAddress, UInt64(chars.count), Self.transient,
                        UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            guard !bytes.isEmpty else {
                // `sqlite3_bind_blob` with a nil pointer would bind NULL instead of an empty blob.
                return sqlite3_bind_zeroblob(statement, index, 0)
            }
            return bytes.withUnsafeBytes { raw in
                sqlite3_bind_blob64(statement, index, raw.baseAddress, UInt64(raw.count), Self.transient)
            }
        }
    }

    /// Reads column `index` (0-based) of the current row of `statement`.
    init(column index: Int32, of statement: OpaquePointer) {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER:
            self = .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT:
            self = .real(sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            self = .text(Self.text(column: index, of: statement))
        case SQLITE_BLOB:
            self = .blob(Self.blob(column: index, of: statement))
        default:
            self = .null
        }
    }

    /// The text of a column, decoded as UTF-8 with its exact byte length (so NULs survive);
    /// "" for NULL.
    static func text(column index: Int32, of statement: OpaquePointer) -> String {
        guard let start = sqlite3_column_text(statement, index) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// The bytes of a column; empty for NULL and for an empty blob.
    static func blob(column index: Int32, of statement: OpaquePointer) -> [UInt8] {
        guard let start = sqlite3_column_blob(statement, index) else { return [] }
        let count = Int(sqlite3_column_bytes(statement, index))
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }
}
