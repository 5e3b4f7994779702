import Foundation
import Testing
@testable import DocketCore

/// Every place that reads a date reads it with `CalendarDay`, so all agree on what a day is.
@Suite struct DateReadingTests {
    static let days: [(text: String, isDay: Bool)] = [
        ("2026-11-24", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
        ("2026-1-24", false), ("२०२६-११-२४", false), ("2026/11/24", false),
    ]

    @Test(arguments: days)
    func theQueryTheDialectAndTheAgeColumnAgreeOnADay(_ text: String, _ isDay: Bool) {
        #expect((CalendarDay(Substring(text)) != nil) == isDay)
        #expect((IssueNNNSyntax.leadingDate(text + " - fixed") != nil) == isDay)
        #expect((Timestamp.parse(text) != nil) == isDay)
    }

    @Test func aTimestampReadsToTheSecond() {
        #expect(Timestamp.parse("2026-11-24T10:15:07Z") == Date(timeIntervalSince1970: 1_795_515_307))
        #expect(Timestamp.parse("2026-11-24T10:15Z") == Date(timeIntervalSince1970: 1_795_478_400))
    }
}
