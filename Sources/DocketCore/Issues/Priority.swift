/// How urgent an issue is: one of four levels, or free text from a hand-written file.
///
/// The one priority type: files, commands and the query language (`priority:high`) all use it.
public struct Priority: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let levels = ["critical", "high", "medium", "low"]
    public static let critical = Priority(text: "critical")
    public static let high = Priority(text: "high")
    public static let medium = Priority(text: "medium")
    public static let low = Priority(text: "low")
    /// The four levels, most urgent first.
    public static let allLevels = [critical, high, medium, low]

    /// The level in lower case, or the free text exactly as written.
    public let text: String

    private init(text: String) { self.text = text }

    /// A known level, case-insensitively; `nil` for anything else.
    public init?(level: String) {
        let lowered = level.lowercased()
        guard Priority.levels.contains(lowered) else { return nil }
        text = lowered
    }

    /// Reads what a file says: a known level, or free text kept as written.
    public init(reading value: String) {
        self = Priority(level: value) ?? Priority(text: value)
    }

    /// 0 for critical up to 3 for low; free text sorts last.
    public var rank: Int { Priority.levels.firstIndex(of: text) ?? Priority.levels.count }

    public var description: String { text }

    /// Most urgent first; free text after every level.
    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
