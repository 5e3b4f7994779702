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

/// A real day of the proleptic Gregorian calendar, written `YYYY-MM-DD` (years 0001–9999).
struct CalendarDay: Comparable {
    let year: Int
    let month: Int
    let day: Int

    /// Parses exactly `YYYY-MM-DD` with ASCII digits; nil for anything else or a day that
    /// does not exist (`2026-02-30`, `2026-13-01`).
    init?(_ text: Substring) {
        let characters = Array(text)
        guard characters.count == 10, characters[4] == "-", characters[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            let digits = characters[range]
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(digits))
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            year >= 1, (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DDT00:00:00Z`.
    var startTimestamp: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2) + "T00:00:00Z"
    }

    /// Midnight of the following day; for 9999-12-31, ISO 8601's `9999-12-31T24:00:00Z`, which
    /// still sorts after every time of that day.
    var nextDayStartTimestamp: String {
        if day < Self.daysIn(month: month, year: year) {
            return CalendarDay(year: year, month: month, day: day + 1).startTimestamp
        }
        if month < 12 {
            return CalendarDay(year: year, month: month + 1, day: 1).startTimestamp
        }
        if year < 9999 {
            return CalendarDay(year: year + 1, month: 1, day: 1).startTimestamp
        }
        return "9999-12-31T24:00:00Z"
    }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return isLeap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
