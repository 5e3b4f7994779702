import Foundation
import Testing
@testable import DocketCore

/// Docket on a repository that keeps `PREFIX-NNN` issues by hand, exactly as it is.
@Suite struct IssueNNNProjectTests {
    private static let resolved: Set<String> = [
        "BUG-007-crash-on-empty-config.md", "DBT-005-duplicate-date-helpers.md", "SEC-006-dependency-audit.md",
    ]

    /// A project holding every dialect fixture, resolved ones in `closed/`.
    private func fixtureProject() throws -> TestProject {
        let project = TestProject(initialized: false)
        project.run("init", "--style", "protocol")
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("protocol/issues").path)
        for name in names {
            let folder = IssueNNNProjectTests.resolved.contains(name) ? "closed" : "open"
            project.write(".project/issues/\(folder)/\(name)", try Fixtures.text("protocol/issues/\(name)"))
        }
        return project
    }

    @Test func listsByTypeAsALabel() throws {
        let project = try fixtureProject()
        #expect(project.run("list", "-l", "security", "--format", "{{key}}").stdout == "SEC-002\n")
        #expect(project.run("list", "--state", "all", "-l", "Technical Debt", "--format", "{{key}}").stdout == "DBT-005\n")
    }

    @Test func acceptsEverySpellingOfAKey() throws {
        let project = try fixtureProject()
        for spelling in ["SEC-002", "sec-2", "SEC-2", "Sec-0002"] {
            #expect(project.run("show", spelling, "--format", "{{key}}: {{title}}").stdout == "SEC-002: Session token written to the request log\n")
        }
    }

    @Test func mapsTheDialectOntoDocketsFields() throws {
        let project = try fixtureProject()
        let json = try JSONValue(parsing: Data(project.run("show", "SEC-002", "--json").stdout.utf8))
        #expect(json["prefix"] == .string("SEC"))
        #expect(json["id"] == .int(2))
        #expect(json["priority"] == .string("critical"))
        #expect(json["assignee"] == .string("backend-engineer"))
        #expect(json["author"] == .string("security-engineer"))
        #expect(json["fields"]?["Discovered During"] == .string("ad-hoc review"))
    }

    @Test func closeWritesStatusDateAndResolutionAndNothingElse() throws {
        let project = try fixtureProject()
        let before = project.read(".project/issues/open/SEC-002-token-in-logs.md")
        #expect(project.run("close", "SEC-002", "-r", "Tokens are redacted before logging").exitCode == 0)
        let after = project.read(".project/issues/closed/SEC-002-token-in-logs.md")
        #expect(after.contains("**Status:** Resolved\n"))
        #expect(after.contains("*Resolved: 2026-11-18*"))
        #expect(after.contains("Tokens are redacted before logging"))
        let removed = Set(before.split(separator: "\n", omittingEmptySubsequences: false)).subtracting(after.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(removed.allSatisfy { $0.contains("Status") || $0.contains("Resolved") || $0.hasPrefix("[") || $0.isEmpty })
        #expect(project.run("reopen", "sec-2").exitCode == 0)
        #expect(project.read(".project/issues/open/SEC-002-token-in-logs.md").contains("**Status:** Open\n"))
    }

    @Test func newFillsTheBracketTemplateWithTheNextNumberOfItsPrefix() throws {
        let project = try fixtureProject()
        let outcome = project.run("new", "Password reset link never expires", "--prefix", "sec", "-p", "high", "-l", "security",
                                  "-m", "The link works after a week.", "--field", "Discovered During=Phase 2, Task 2.1", "--files", "auth/reset.go")
        #expect(outcome.stdout == "Created SEC-007 .project/issues/open/SEC-007-password-reset-link-never-expires.md\n")
        let text = project.read(".project/issues/open/SEC-007-password-reset-link-never-expires.md")
        for line in ["# SEC-007: Password reset link never expires", "**Severity**: HIGH", "**Type**: Security",
                     "**Discovered During**: Phase 2, Task 2.1", "**Affected Files**: `auth/reset.go`", "**Assigned To**: unassigned",
                     "**Status**: Open", "The link works after a week.", "*Filed: 2026-11-18*"] {
            #expect(text.contains(line + "\n"), "missing: \(line)")
        }
    }

    @Test func newWithoutPrefixTakesTheTemplateHeadingsPrefix() throws {
        let project = try fixtureProject()
        #expect(project.run("new", "Another", "-q").stdout == "ISSUE-1001\n")
    }

    @Test func initLeavesAnExistingIssueNNNRepositoryAlone() throws {
        let project = try fixtureProject()
        let template = project.read(".project/issues/ISSUE_TEMPLATE.md")
        let outcome = project.run("init")
        #expect(outcome.stdout.contains("nothing created") || !outcome.stdout.contains("ISSUE_TEMPLATE"))
        #expect(project.read(".project/issues/ISSUE_TEMPLATE.md") == template)
    }
}
