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

    /// Parses `2026-11-24T10:15:00Z` (or a plain date) back into a date.
    public static func parse(_ text: String) -> Date? {
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.map { Int($0.value) - 48 }
        guard digits.count >= 8 else { return nil }
        func number(_ range: Range<Int>) -> Int32 { Int32(range.reduce(0) { $0 * 10 + (digits.indices.contains($1) ? digits[$1] : 0) }) }
        var parts = tm()
        parts.tm_year = number(0..<4) - 1900
        parts.tm_mon = number(4..<6) - 1
        parts.tm_mday = number(6..<8)
        if digits.count >= 14 {
            parts.tm_hour = number(8..<10)
            parts.tm_min = number(10..<12)
            parts.tm_sec = number(12..<14)
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
