/// Rows of one table stored many to a statement: a refresh that parses thousands of files
/// would otherwise spend much of its time stepping one small `INSERT` per label and blocker.
/// Rows wait until `rows` of them fill one multi-row `INSERT` (prepared on first use);
/// `finish` stores the rest one at a time with the single-row statement.
final class BatchedInsert {
    /// How many rows one multi-row statement stores.
    static let rows = 64

    private let database: Database
    private let prefix: String
    private let columns: Int
    private let single: Statement
    private var batch: Statement?
    private var pending: [SQLiteValue] = []

    /// - Parameters:
    ///   - prefix: the statement before `VALUES`, such as `INSERT INTO t (a, b)`.
    ///   - single: the same insert of one row, `prefix VALUES (?, ?)`.
    init(_ database: Database, _ prefix: String, columns: Int, single: Statement) {
        self.database = database
        self.prefix = prefix
        self.columns = columns
        self.single = single
    }

    /// Adds one row's values, `head` then `tail`, storing a full batch.
    func add(_ head: [SQLiteValue], _ tail: [SQLiteValue] = []) throws {
        pending += head
        pending += tail
        guard pending.count == Self.rows * columns else { return }
        if batch == nil {
            let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
            batch = try database.prepare(prefix + " VALUES " + Array(repeating: row, count: Self.rows).joined(separator: ", "))
        }
        try batch?.bind(pending)
        try batch?.run()
        pending.removeAll(keepingCapacity: true)
    }

    /// Stores the rows still waiting.
    func finish() throws {
        for start in stride(from: 0, to: pending.count, by: columns) {
            try single.bind(Array(pending[start..<start + columns]))
            try single.run()
        }
        pending.removeAll()
    }
}
