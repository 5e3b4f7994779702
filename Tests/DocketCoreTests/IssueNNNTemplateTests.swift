import Foundation
import Testing
@testable import DocketCore

/// The template `docket init --style protocol` installs, from the package's `Templates/`.
private func installedTemplate() throws -> String {
    let packageRoot = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = packageRoot.appendingPathComponent("Templates/ISSUE_TEMPLATE.protocol.md")
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
}

private func template(_ name: String) throws -> String {
    try Fixtures.text("protocol/templates/" + name)
}

/// One template, the values it is filled with, and the file it must give.
private struct TemplateCase: Sendable, CustomTestStringConvertible {
    var template: String?
    var expected: String
    var values: IssueNNNTemplateValues

    var testDescription: String { expected }
}

private let templateCases = [
    TemplateCase(
        template: nil, expected: "docket-default.expected.md",
        values: IssueNNNTemplateValues(
            number: 7, title: "Search results drop the last page", priority: "high", labels: ["bug"],
            author: "qa-engineer", files: ["search/paginate.ts"], fields: ["discovered during": "Phase 2, Task 2.1"],
            body: "The paginator stops one page early when the total is a multiple of the page size.", date: "2026-04-01"
        )
    ),
    TemplateCase(
        template: "bracketed-list.template.md", expected: "bracketed-list.expected.md",
        values: IssueNNNTemplateValues(
            number: 42, title: "Crash when saving an empty draft", priority: "critical", labels: ["ui", "crash"],
            assignee: "editor-team", fields: ["reported by": "support desk"], date: "2026-04-01"
        )
    ),
    TemplateCase(
        template: "colon-inside-crlf.template.md", expected: "colon-inside-crlf.expected.md",
        values: IssueNNNTemplateValues(
            number: 1234, title: "Admin panel reachable without a session", priority: "urgent",
            files: ["admin/routes.go", "admin/session.go"],
            fields: ["Component": "admin", "discovered during": "Phase 1 audit"],
            body: "Line one.\nLine two.", date: "2026-04-01"
        )
    ),
]

@Test(arguments: templateCases)
private func templateFillsToTheExpectedFile(_ testCase: TemplateCase) throws {
    let text = try testCase.template.map(template) ?? installedTemplate()
    #expect(IssueNNNTemplate.fill(text, with: testCase.values) == (try template(testCase.expected)))
}

@Test func filledInstalledTemplateReadsBackAsTheValues() throws {
    let values = IssueNNNTemplateValues(
        prefix: "SEC", number: 3, title: "Tokens in logs", priority: "medium", labels: ["security"],
        author: "auditor", assignee: "dev-2", date: "2026-04-01"
    )
    let document = IssueNNNDocument(text: IssueNNNTemplate.fill(try installedTemplate(), with: values), fileName: "SEC-003-tokens.md")
    #expect(document.errors.isEmpty)
    #expect(document.warnings.isEmpty)
    #expect(document.headingID == IssueKey(prefix: "SEC", number: 3))
    #expect(document.title == "Tokens in logs")
    #expect(document.priority == "medium")
    #expect(document.typeLabel == "security")
    #expect(document.author == "auditor")
    #expect(document.assignee == "dev-2")
    #expect(document.statusKind == .open)
    #expect(document.created == "2026-04-01")
    #expect(document.resolved?.value == "")
}

@Test func installedTemplateNamesTheIssuePrefix() throws {
    #expect(IssueNNNTemplate.headingPrefix(of: try installedTemplate()) == "ISSUE")
}

@Test(arguments: [
    ("# ISSUE-[XXX]: [Title]\n", "ISSUE"), ("<!-- c -->\n\n# BUG-NNN: [t]\n", "BUG"), ("# sec-[nnn]: x\n", "SEC"),
    ("# [Title]\n", nil), ("**Status**: Open\n", nil), ("## QA-XXX: not level one\n", nil),
] as [(String, String?)])
private func headingPrefixIsReadFromTheHeading(_ text: String, _ prefix: String?) {
    #expect(IssueNNNTemplate.headingPrefix(of: text) == prefix)
}

@Test(arguments: [
    ("# ISSUE-[XXX]: [Title]", nil, 5, "# ISSUE-005: New"),
    ("# ISSUE-XXX: [Title]", nil, 5, "# ISSUE-005: New"),
    ("# BUG-NNN: <title>", nil, 12, "# BUG-012: New"),
    ("# BUG-[NNN] - [title]", nil, 1000, "# BUG-1000: New"),
    ("# QA-###: Title", nil, 5, "# QA-005: New"),
    ("# ISSUE-[XXX]: [Title]", "SEC", 5, "# SEC-005: New"),
    ("# [Title]", nil, 5, "# ISSUE-005: New"),
    ("# [Title]", "PRF", 5, "# PRF-005: New"),
] as [(String, String?, Int, String)])
private func headingGetsTheNumberAndTitle(_ heading: String, _ prefix: String?, _ number: Int, _ expected: String) {
    let values = IssueNNNTemplateValues(prefix: prefix, number: number, title: "New", date: "2026-04-01")
    let filled = IssueNNNTemplate.fill(heading + "\n\n*Filed: YYYY-MM-DD*\n", with: values)
    #expect(filled.hasPrefix(expected + "\n"))
}

@Test func templateWithoutHeadingGetsOne() {
    let values = IssueNNNTemplateValues(prefix: "ENH", number: 9, title: "Dark mode", date: "2026-04-01")
    #expect(IssueNNNTemplate.fill("**Status**: Open\n", with: values) == "# ENH-009: Dark mode\n\n**Status**: Open\n\n*Filed: 2026-04-01*\n")
}

@Test(arguments: [
    ("Severity", "CRITICAL | HIGH | MEDIUM | LOW", "high", [], "HIGH"),
    ("Severity", "[critical | high]", "HIGH", [], "high"),
    ("Severity", "CRITICAL | HIGH", "someday", [], "CRITICAL"),
    ("Severity", "CRITICAL | HIGH", nil, [], "CRITICAL"),
    ("Severity", "[level]", "low", [], "LOW"),
    ("Type", "Bug | Security | Technical Debt", nil, ["ui", "technical debt"], "Technical Debt"),
    ("Type", "`bug` | `perf`", nil, ["perf"], "`perf`"),
    ("Type", "Bug | Security", nil, ["ui"], "Bug | Security"),
    ("Type", "Bug | Security", nil, [], "Bug | Security"),
    ("Status", "Open | In Progress | Resolved", nil, [], "Open"),
    ("Status", "[status]", nil, [], "Open"),
    ("Component", "api | web", nil, [], "api"),
] as [(String, String, String?, [String], String)])
private func fieldChoiceIsPicked(_ key: String, _ value: String, _ priority: String?, _ labels: [String], _ chosen: String) {
    let values = IssueNNNTemplateValues(number: 1, title: "T", priority: priority, labels: labels, date: "2026-04-01")
    let filled = IssueNNNTemplate.fill("# ISSUE-XXX: [T]\n\n**\(key)**: \(value)\n\n---\n", with: values)
    #expect(IssueNNNDocument(text: filled, fileName: "ISSUE-001-t.md").field(key)?.value == chosen)
}

@Test func placeholdersWithoutAValueStayAsWritten() {
    let text = "# ISSUE-XXX: [T]\n\n**Discovered By**: [who]\n**Affected Files**: [paths]\n**Type**: [kind]\n**Notes**: [free]\n\n---\n"
    let filled = IssueNNNTemplate.fill(text, with: IssueNNNTemplateValues(number: 1, title: "T", labels: ["bug"], date: "2026-04-01"))
    #expect(filled.contains("**Discovered By**: [who]\n**Affected Files**: [paths]\n**Type**: [kind]\n**Notes**: [free]\n"))
}

@Test func explicitFieldsWinAndMissingOnesAreAddedInKeyOrder() {
    let values = IssueNNNTemplateValues(
        number: 1, title: "T", priority: "high", fields: ["SEVERITY": "LOW", "Zone": "eu", "Area": "billing"], date: "2026-04-01"
    )
    let filled = IssueNNNTemplate.fill("# ISSUE-XXX: [T]\n\n**Severity**: CRITICAL | HIGH | LOW\n\n---\n", with: values)
    #expect(filled.contains("**Severity**: LOW\n**Area**: billing\n**Zone**: eu\n\n---\n"))
}

@Test(arguments: ["*Filed: YYYY-MM-DD*", "*Filed: [YYYY-MM-DD]*", "*Filed: [date]*", "*Filed: *", "*Filed:*"])
private func filedPlaceholderGetsTheDate(_ footer: String) {
    let filled = IssueNNNTemplate.fill("# ISSUE-XXX: [T]\n\n\(footer)\n", with: IssueNNNTemplateValues(number: 1, title: "T", date: "2026-04-01"))
    #expect(filled.hasSuffix("\n*Filed: 2026-04-01*\n"))
}

@Test func writtenFiledDateAndPendingResolvedStay() {
    let text = "# ISSUE-XXX: [T]\n\n*Filed: 2025-12-31*\n*Resolved: pending*\n"
    let filled = IssueNNNTemplate.fill(text, with: IssueNNNTemplateValues(number: 1, title: "T", date: "2026-04-01"))
    #expect(filled.hasSuffix("*Filed: 2025-12-31*\n*Resolved: pending*\n"))
}

@Test func bodyFillsAnEmptyDescriptionOrAddsOne() {
    let values = IssueNNNTemplateValues(number: 1, title: "T", body: "It breaks.", date: "2026-04-01")
    let empty = IssueNNNTemplate.fill("# ISSUE-XXX: [T]\n**Status**: Open\n---\n## Description\n\n## Impact\n", with: values)
    #expect(empty.contains("## Description\n\nIt breaks.\n\n## Impact\n"))
    let missing = IssueNNNTemplate.fill("# ISSUE-XXX: [T]\n**Status**: Open\n\n---\n\n## Impact\n", with: values)
    #expect(missing.contains("---\n\n## Description\n\nIt breaks.\n\n## Impact\n"))
}

@Test func bodyFollowsADescriptionTheTemplateAlreadyWrote() {
    let text = "# ISSUE-XXX: [T]\n**Status**: Open\n---\n## Description\n\nFixed wording.\n"
    let filled = IssueNNNTemplate.fill(text, with: IssueNNNTemplateValues(number: 1, title: "T", body: "New.", date: "2026-04-01"))
    #expect(filled.contains("## Description\n\nFixed wording.\n\nNew.\n"))
}
