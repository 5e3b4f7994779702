import Foundation

/// The timestamp forms Docket writes: ISO 8601 UTC to the second, and plain dates.
public enum Timestamp {
    /// `2026-11-24T10:15:00Z`
    public static func iso(_ date: Date) -> String {
        let parts = utc(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second)
    }

    /// `2026-11-24`
    public static func day(_ date: Date) -> String {
        let parts = utc(date)
        return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
    }

    private static func utc(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Parses `2026-11-24T10:15:00Z` (or a plain date, as midnight UTC) back into a date; the
    /// day is read by `CalendarDay`, so a day that does not exist is nil, never a guess.
    public static func parse(_ text: String) -> Date? {
        guard let day = CalendarDay(Substring(text.prefix(10))) else { return nil }
        var parts = tm()
        parts.tm_year = Int32(day.year - 1900)
        parts.tm_mon = Int32(day.month - 1)
        parts.tm_mday = Int32(day.day)
        let time = Array(text.dropFirst(10).utf8)
        if time.count >= 9, time[0] == UInt8(ascii: "T"), time[3] == UInt8(ascii: ":"), time[6] == UInt8(ascii: ":") {
            func number(_ at: Int) -> Int32? {
                let digits = time[at..<at + 2]
                guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
                return Int32(digits.reduce(0) { $0 * 10 + Int($1) - 48 })
            }
            guard let hour = number(1), let minute = number(4), let second = number(7) else { return nil }
            (parts.tm_hour, parts.tm_min, parts.tm_sec) = (hour, minute, second)
        }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }

    /// A short age for tables: `5m`, `3h`, `2d`, `4w`, `7mo`, `2y`.
    public static func age(of text: String?, now: Date) -> String {
        guard let text, let date = parse(text) else { return "" }
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        switch seconds {
        case ..<3600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3600)h"
        case ..<(86_400 * 14): return "\(seconds / 86_400)d"
        case ..<(86_400 * 60): return "\(seconds / (86_400 * 7))w"
        case ..<(86_400 * 365): return "\(seconds / (86_400 * 30))mo"
        default: return "\(seconds / (86_400 * 365))y"
        }
    }
}
