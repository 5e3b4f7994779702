/// UTC timestamps from seconds since 1970, formatted without `DateFormatter` (which is slow
/// enough to matter when generating 100,000 issues).
enum UTCTime {
    /// `2026-11-24T10:15:00Z`, the form Docket writes.
    static func iso(_ seconds: Int) -> String {
        let (year, month, day) = civil(daysSinceEpoch: seconds / 86_400)
        let time = seconds % 86_400
        return "\(year)-\(two(month))-\(two(day))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }

    /// `2026-11-24`.
    static func day(_ seconds: Int) -> String {
        let (year, month, day) = civil(daysSinceEpoch: seconds / 86_400)
        return "\(year)-\(two(month))-\(two(day))"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// Howard Hinnant's days-to-civil algorithm, for non-negative day counts.
    private static func civil(daysSinceEpoch days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
