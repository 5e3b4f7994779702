import Foundation
import Testing
@testable import DocketCore

/// Queries on the dialect as hand-kept repositories write it, and the same queries on front
/// matter, through the index and in memory alike.
@Suite struct DialectQueryTests {
    private static let passwordReset = "Password reset link never expires"
    private static let loginForm = "Login form tells which usernames exist"
    private static let thumbnails = "Thumbnails stay stale after an upload"

    /// The titles `list --state all QUERY` prints, after checking that memory agrees with the index.
    private func titles(_ project: TestProject, _ query: String) throws -> Set<String> {
        let keys = project.keys(query)
        #expect(Set(keys) == Set(try project.keysInMemory(query)), "index and memory disagree on \(query)")
        return Set(project.listed(query, format: "{{title}}"))
    }

    @Test(arguments: IssueFormatKind.allCases, [
        ("is:open created:2026-02-24", [passwordReset]),
        ("is:open created:>=2026-02-24", [passwordReset, thumbnails]),
        ("is:open created:>2026-02-23", [passwordReset, thumbnails]),
        ("is:open created:<=2026-02-23", [loginForm]),
        ("is:open created:2026-02-23..2026-02-24", [passwordReset, loginForm]),
    ])
    func aDateWithoutATimeIsTheWholeDay(_ format: IssueFormatKind, _ row: (query: String, titles: [String])) throws {
        let project = try format.project()
        #expect(try titles(project, row.query) == Set(row.titles))
    }

    @Test func closedBeforeTodayFindsTheDialectsResolvedDates() throws {
        let project = try DialectRepository.project()
        #expect(Set(project.keys("closed:<2026-11-18")) == ["AUTH-001", "AUTH-004", "AUTH-005", "CACHE-001", "CACHE-003"])
        #expect(project.keys("closed:2026-01-20") == ["AUTH-001"])
        #expect(Set(try project.keysInMemory("closed:<2026-11-18")).count == 5)
    }

    @Test(arguments: IssueFormatKind.allCases, [
        ("status:blocked", [passwordReset]),
        ("status:\"in progress\"", [loginForm]),
        ("status:In-Progress,blocked", [passwordReset, loginForm]),
    ])
    func statusQualifierMatchesTheFilesOwnStatus(_ format: IssueFormatKind, _ row: (query: String, titles: [String])) throws {
        let project = try format.project()
        #expect(try titles(project, row.query) == Set(row.titles))
    }

    @Test(arguments: IssueFormatKind.allCases)
    func statusIsShownAndInJSON(_ format: IssueFormatKind) throws {
        let project = try format.project()
        let key = format == .dialect ? "AUTH-002" : "1"
        let json = try JSONValue(parsing: Data(project.run("show", key, "--json").stdout.utf8))
        #expect(json["status"] == .string(format == .dialect ? "Blocked" : "blocked"))
        #expect(project.run("show", key).stdout.contains("\nstatus:     \(format == .dialect ? "Blocked" : "blocked")\n"))
    }

    @Test(arguments: IssueFormatKind.allCases)
    func freeTextFindsWordsInFields(_ format: IssueFormatKind) throws {
        let project = try format.project()
        #expect(try titles(project, "thumbs") == [Self.thumbnails])
        #expect(project.run("search", "reset_token", "--json").stdout.contains(Self.passwordReset))
    }

    @Test(arguments: IssueFormatKind.allCases)
    func assigneeMatchesANameFollowedByANote(_ format: IssueFormatKind) throws {
        let project = try format.project()
        #expect(try titles(project, "assignee:dana") == [Self.passwordReset])
        #expect(try titles(project, "is:open -assignee:dana no:label").contains(Self.passwordReset) == false)
    }

    @Test(arguments: [
        ("Overall HIGH (3 findings)", "high"), ("HIGH", "high"), ("low", "low"), ("high impact, HIGH likelihood", "high"),
        ("findings range LOW to HIGH", "findings range LOW to HIGH"), ("P2", "P2"),
    ])
    func aSeverityNamingOneLevelIsThatLevel(_ severity: String, _ priority: String) {
        let document = IssueNNNDocument(text: "# SEC-001: T\n\n**Severity**: \(severity)\n\n---\n", fileName: "SEC-001-t.md")
        #expect(document.priority == priority)
    }

    @Test func freeTextSeveritiesInTheRepositoryFilterByTheirLevel() throws {
        let project = try DialectRepository.project()
        #expect(project.keys("is:open priority:high") == ["AUTH-002"])
        let json = try JSONValue(parsing: Data(project.run("show", "AUTH-003", "--json").stdout.utf8))
        #expect(json["priority"] == .string("findings range LOW to HIGH"))
    }
}
