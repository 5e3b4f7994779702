extension Query.DateRange {
    /// Parses a date filter value into a half-open range of UTC timestamps:
    /// `2026-11-24` (that whole day), `>2026-11-24`, `>=…`, `<…`, `<=…`, and ranges
    /// `2026-11-01..2026-11-30` (both days included) with `*` (or nothing) for an open side.
    init(parsing value: String, qualifier: String) throws(QueryError) {
        func day(_ text: Substring) throws(QueryError) -> CalendarDay {
            guard let day = CalendarDay(text) else {
                throw .invalidDate(text.isEmpty ? value : String(text), qualifier: qualifier)
            }
            return day
        }
        func side(_ text: Substring) throws(QueryError) -> CalendarDay? {
            text.isEmpty || text == "*" ? nil : try day(text)
        }

        if value.hasPrefix(">=") {
            self.init(start: try day(value.dropFirst(2)).startTimestamp)
        } else if value.hasPrefix(">") {
            self.init(start: try day(value.dropFirst()).nextDayStartTimestamp)
        } else if value.hasPrefix("<=") {
            self.init(end: try day(value.dropFirst(2)).nextDayStartTimestamp)
        } else if value.hasPrefix("<") {
            self.init(end: try day(value.dropFirst()).startTimestamp)
        } else if let dots = value.range(of: "..") {
            let first = try side(value[..<dots.lowerBound])
            let last = try side(value[dots.upperBound...])
            if let first, let last, last < first {
                throw .reversedRange(value, qualifier: qualifier)
            }
            self.init(start: first?.startTimestamp, end: last?.nextDayStartTimestamp)
        } else {
            let only = try day(Substring(value))
            self.init(start: only.startTimestamp, end: only.nextDayStartTimestamp)
        }
    }
}

extension Query {
    /// A stored date as the ranges compare it: a bare `YYYY-MM-DD` (the dialect's `*Filed:*`,
    /// or a front matter date without a time) is the start of that day, so it falls inside the
    /// day's range; a timestamp is itself. `sqlComparable` is the same for a column.
    static func comparable(_ value: String) -> String {
        CalendarDay(Substring(value)) == nil ? value : value + "T00:00:00Z"
    }

    /// `comparable`, in SQL, for `column`.
    static func sqlComparable(_ column: String) -> String {
        "(CASE WHEN length(\(column)) = 10 THEN \(column) || 'T00:00:00Z' ELSE \(column) END)"
    }
}
