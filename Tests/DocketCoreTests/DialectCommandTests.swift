import Foundation
import Testing
@testable import DocketCore

/// `new`, `init`, issue keys and `claim` in repositories that keep `PREFIX-NNN` issues by hand.
@Suite struct DialectCommandTests {
    private let open = ".project/issues/open/"

    // MARK: update --body

    @Test func replacingTheBodyKeepsTheFieldsAndTheFooter() throws {
        let project = try DialectRepository.project(onlyPrefix: "AUTH")
        let name = try #require(project.files("open").first { $0.hasPrefix("AUTH-002") })
        let before = project.read(open + name)
        #expect(project.run("update", "AUTH-002", "--body", "## Description\n\nReset links now expire after an hour.\n").exitCode == 0)
        let after = project.read(open + name)
        #expect(after.contains("Reset links now expire after an hour.\n"))
        let footer = before[before.range(of: "\n---\n\n*Filed:")!.lowerBound...]
        #expect(after.hasSuffix(footer))
        let fields = before[..<before.range(of: "## Description")!.lowerBound]
        #expect(after.hasPrefix(fields))
    }

    // MARK: new -l and Type

    @Test func aLabelThatIsATypeChoiceSetsType() throws {
        let project = try DialectRepository.project(onlyPrefix: "AUTH")
        #expect(project.run("new", "Weak hashing", "-l", "security", "-q").stdout == "AUTH-006\n")
        let text = project.read(open + "AUTH-006-weak-hashing.md")
        #expect(text.contains("**Type**: Security\n"))
        #expect(!text.contains("**Labels**"))
    }

    @Test func aLabelThatIsNoTypeChoiceGoesInLabelsAndLeavesType() throws {
        let project = try DialectRepository.project(onlyPrefix: "AUTH")
        #expect(project.run("new", "Weak hashing", "-l", "needs-triage", "-q").exitCode == 0)
        let text = project.read(open + "AUTH-006-weak-hashing.md")
        #expect(text.contains("**Type**: Bug | Security | Performance | Technical Debt | Enhancement | Accessibility\n"))
        #expect(text.contains("**Labels**: needs-triage\n"))
        let json = try JSONValue(parsing: Data(project.run("show", "AUTH-006", "--json").stdout.utf8))
        #expect(json["labels"] == .array([.string("needs-triage")]))
    }

    @Test func noLabelLeavesTypeForTheAuthor() throws {
        let project = try DialectRepository.project(onlyPrefix: "AUTH")
        #expect(project.run("new", "Weak hashing", "-q").exitCode == 0)
        let text = project.read(open + "AUTH-006-weak-hashing.md")
        #expect(text.contains("**Type**: Bug | Security | Performance | Technical Debt | Enhancement | Accessibility\n"))
        #expect(!text.contains("**Labels**"))
    }

    // MARK: new and init follow the project's format

    @Test func newUsesTheOnlyPrefixEvenWithTheFrontMatterTemplate() throws {
        let project = try DialectRepository.project(onlyPrefix: "CACHE")
        project.write(".project/issues/ISSUE_TEMPLATE.md", DefaultTemplate.text)
        #expect(project.run("new", "Eviction ignores pinned entries", "-q").stdout == "CACHE-004\n")
        #expect(project.files("open").contains("CACHE-004-eviction-ignores-pinned-entries.md"))
        #expect(project.read(open + "CACHE-004-eviction-ignores-pinned-entries.md").hasPrefix("# CACHE-004: Eviction ignores pinned entries\n"))
        #expect(!project.files("open").contains { $0.hasPrefix("0") })
    }

    @Test func newWithSeveralPrefixesAsksForOne() throws {
        let project = try DialectRepository.project()
        let outcome = project.run("new", "Eviction ignores pinned entries")
        #expect(outcome.exitCode == 64)
        #expect(outcome.stderr.contains("several prefixes (AUTH, CACHE); choose one with --prefix"))
        #expect(project.run("new", "Eviction ignores pinned entries", "--prefix", "cache", "-q").stdout == "CACHE-004\n")
    }

    @Test func initInADialectProjectInstallsTheDialectTemplate() throws {
        let project = TestProject(initialized: false)
        project.write(open + "CACHE-002-stale-thumbnails.md", try Fixtures.text("dialect-repo/open/CACHE-002-stale-thumbnails.md"))
        #expect(project.run("init").exitCode == 0)
        #expect(project.read(".project/issues/ISSUE_TEMPLATE.md") == IssueNNNDefaultTemplate.text)
    }

    // MARK: bare numbers

    @Test(arguments: ["4", "#4", "0004"])
    func aBareNumberFindsTheOnlyPrefixedIssueWithIt(_ spelling: String) throws {
        let project = try DialectRepository.project()
        #expect(project.run("show", spelling, "--format", "{{key}}").stdout == "AUTH-004\n")
    }

    @Test func aBareNumberSharedByTwoPrefixesIsAnErrorNamingBoth() throws {
        let project = try DialectRepository.project()
        let outcome = project.run("show", "2")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("#2 is ambiguous: AUTH-002, CACHE-002"))
    }

    @Test func aBareNumberChangesThePrefixedFile() throws {
        let project = try DialectRepository.project(onlyPrefix: "AUTH")
        #expect(project.run("update", "3", "-p", "low").exitCode == 0)
        #expect(project.read(open + "AUTH-003-login-form-leaks-usernames.md").contains("**Severity**: LOW\n"))
    }

    // MARK: claim

    @Test(arguments: IssueFormatKind.allCases)
    func aClaimRefusedForAnAssigneeSaysSo(_ format: IssueFormatKind) throws {
        let project = try format.project()
        let key = format == .dialect ? "AUTH-002" : "#1"
        let refused = project.run("claim", key)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "docket: \(key) is assigned to dana (pairing with ops); use --force to claim it\n")
        #expect(project.run("claim", key, "--force").exitCode == 0)
        let json = try JSONValue(parsing: Data(project.run("show", key, "--json").stdout.utf8))
        #expect(json["assignee"] == .string("tester"))
    }
}
