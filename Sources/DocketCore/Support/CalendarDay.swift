/// A real day of the proleptic Gregorian calendar, written `YYYY-MM-DD` (years 0001–9999):
/// the one date reader. Query date filters, the dialect's `*Filed:*`/`*Resolved:*` dates and
/// the ages tables print all read days through it.
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
