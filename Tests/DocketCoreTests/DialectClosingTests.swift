import Foundation
import Testing
@testable import DocketCore

/// Closing a dialect issue the way the repository's own closed issues read, and reading back
/// what closing wrote.
@Suite struct DialectClosingTests {
    private let open = ".project/issues/open/"
    private let closed = ".project/issues/closed/"

    @Test func closingWritesTheStatusWordTheClosedIssuesUseMost() throws {
        let project = try DialectRepository.project()
        #expect(project.run("close", "CACHE-002").exitCode == 0)
        #expect(project.read(closed + "CACHE-002-stale-thumbnails.md").contains("**Status**: Fixed\n"))
    }

    @Test func closingWritesResolvedWhenNoIssueIsClosedYet() throws {
        let project = try DialectRepository.project()
        for name in project.files("closed") { try FileManager.default.removeItem(atPath: project.path(closed + name)) }
        #expect(project.run("close", "CACHE-002").exitCode == 0)
        #expect(project.read(closed + "CACHE-002-stale-thumbnails.md").contains("**Status**: Resolved\n"))
    }

    @Test func closingReplacesAPendingResolvedSentenceWithTheDate() throws {
        let project = try DialectRepository.project()
        #expect(project.run("close", "AUTH-002").exitCode == 0)
        let text = project.read(closed + "AUTH-002-password-reset-never-expires.md")
        #expect(text.hasSuffix("*Filed: 2026-02-24*\n*Resolved: 2026-11-18*\n"))
    }

    @Test(arguments: [
        ("pending Phase 5 remediation", "2026-04-01"), ("TBD after the audit", "2026-04-01"), ("[when fixed]", "2026-04-01"),
        ("after the rewrite", "2026-04-01 - after the rewrite"),
    ])
    func closingDatesAResolvedSentence(_ old: String, _ new: String) {
        #expect(IssueNNNDocument.resolvedValue(replacing: old, date: "2026-04-01") == new)
    }

    @Test func reasonAndCommitReadBackFromTheResolvedFooter() throws {
        let project = try DialectRepository.project()
        let json = try JSONValue(parsing: Data(project.run("show", "AUTH-001", "--json").stdout.utf8))
        #expect(json["closed_reason"] == .string("the cookie is Secure and HttpOnly"))
        #expect(json["closed_by"] == .string("4f2a9c1"))
        #expect(project.run("show", "AUTH-001").stdout.contains("commit:     4f2a9c1\n"))
        #expect(project.listed("id:AUTH-001", format: "{{closed_by}} {{closed_reason}}") == ["4f2a9c1 the cookie is Secure and HttpOnly"])
    }

    @Test func reasonAndCommitReadBackFromWhatClosingWrote() throws {
        let project = try DialectRepository.project()
        #expect(project.run("close", "CACHE-002", "-r", "Keys include the revision").exitCode == 0)
        var json = try JSONValue(parsing: Data(project.run("show", "CACHE-002", "--json").stdout.utf8))
        #expect(json["closed_reason"] == .string("Keys include the revision"))
        #expect(json["closed_by"] == .null)

        let store = IssueStore(layout: ProjectLayout(root: project.root))
        let issue = try store.issue(IssueKey(prefix: "AUTH", number: 3))
        let sha = "0123456789abcdef0123456789abcdef01234567"
        try store.move(issue, to: .closed, [.close(at: "2026-11-18T10:00:00Z", reason: "Same message for both", commit: sha)])
        json = try JSONValue(parsing: Data(project.run("show", "AUTH-003", "--json").stdout.utf8))
        #expect(json["closed_reason"] == .string("Same message for both"))
        #expect(json["closed_by"] == .string(sha))
    }

    @Test func anOpenIssueHasNoClosingReasonFromItsPlaceholder() throws {
        let project = try DialectRepository.project()
        let json = try JSONValue(parsing: Data(project.run("show", "AUTH-002", "--json").stdout.utf8))
        #expect(json["closed_reason"] == .null)
    }
}
