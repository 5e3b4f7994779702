import Testing
@testable import DocketCore

/// What one fixture in `Fixtures/protocol/issues/` parses to.
private struct ParsedFixture: Sendable, CustomTestStringConvertible {
    var file: String
    var headingID: String?
    var title: String?
    var priority: String?
    var typeLabel: String?
    var assignee: String?
    var author: String?
    var created: String?
    var closed: String?
    var resolvedNote: String?
    var status: IssueStatus?
    var fieldLines: [Int]
    var extraKeys: [String]
    var sections: [String]
    var separatorLine: Int?
    var filedLine: Int?
    var resolvedLine: Int?
    var diagnostics: [String]

    var testDescription: String { file }
}

private let parsedFixtures: [ParsedFixture] = [
    ParsedFixture(
        file: "ISSUE-001-login-timeout.md", headingID: "ISSUE-001", title: "Login form gives up after five seconds",
        priority: "high", typeLabel: "bug", assignee: nil, author: "qa-engineer", created: "2026-01-12",
        status: .open, fieldLines: [3, 4, 5, 6, 7, 8, 9], extraKeys: ["Discovered During", "Affected Files"],
        sections: ["Description", "Reproduction / Evidence", "Impact", "Suggested Fix", "Resolution"],
        separatorLine: 11, filedLine: 35, resolvedLine: 36, diagnostics: []
    ),
    ParsedFixture(
        file: "SEC-002-token-in-logs.md", headingID: "SEC-002", title: "Session token written to the request log",
        priority: "critical", typeLabel: "security", assignee: "backend-engineer", author: "security-engineer",
        created: "2026-01-10", status: .inProgress, fieldLines: [3, 4, 5, 6, 7, 8, 9],
        extraKeys: ["Discovered During", "Affected Files"], sections: ["Description", "Suggested Fix"],
        separatorLine: 11, filedLine: 23, resolvedLine: 23, diagnostics: []
    ),
    ParsedFixture(
        file: "QA-003-flaky-upload-test.md", headingID: "QA-003", title: "Upload test fails one run in ten",
        priority: "medium", typeLabel: "bug", assignee: "backend-engineer", author: "qa-engineer",
        created: "2026-02-03", status: .open, fieldLines: [3, 4, 5, 6, 7, 10, 11],
        extraKeys: ["Discovered During", "Affected Files"], sections: ["Description", "Impact"],
        separatorLine: 13, filedLine: 25, resolvedLine: 26, diagnostics: []
    ),
    ParsedFixture(
        file: "PRF-004-slow-search-index.md", headingID: "PRF-004", title: "Search index rebuilt on every request",
        priority: "medium", typeLabel: "performance", assignee: nil, author: "performance-engineer",
        created: "2026-02-11", status: .open, fieldLines: [3, 4, 5, 6, 7, 8, 9],
        extraKeys: ["Discovered During", "Affected Files"], sections: ["Description", "Impact", "Resolution"],
        separatorLine: 11, filedLine: 28, resolvedLine: 29, diagnostics: []
    ),
    ParsedFixture(
        file: "DBT-005-duplicate-date-helpers.md", headingID: "DBT-005", title: "Two date formatting helpers do the same thing",
        priority: "low", typeLabel: "technical debt", assignee: "frontend-engineer", author: "code-reviewer",
        created: "2026-02-20", closed: "2026-03-02", resolvedNote: "superseded by ENH-008", status: .wontFix,
        fieldLines: [3, 4, 5, 6, 7, 8, 9], extraKeys: ["Discovered During", "Affected Files"],
        sections: ["Description", "Resolution"], separatorLine: 11, filedLine: 23, resolvedLine: 24, diagnostics: []
    ),
    ParsedFixture(
        file: "SEC-006-dependency-audit.md", headingID: "SEC-006", title: "Dependency and configuration audit, first pass",
        priority: "Overall MEDIUM (findings range from LOW to HIGH)", typeLabel: "security",
        assignee: "backend-engineer (follow-up in Phase 5)", author: "security-engineer", created: "2026-03-01",
        closed: "2026-03-04", resolvedNote: "F-1 fixed in 9c41e2d, F-2 kept for local development", status: .resolved,
        fieldLines: [3, 4, 5, 6, 7, 8, 9], extraKeys: ["Discovered During", "Affected Files"],
        sections: [
            "Summary", "Findings", "F-1: TLS verification can be switched off by an environment variable (HIGH)",
            "F-2: Debug endpoint enabled by default (LOW)", "Follow-up",
        ],
        separatorLine: 11, filedLine: 46, resolvedLine: 47, diagnostics: []
    ),
    ParsedFixture(
        file: "BUG-007-crash-on-empty-config.md", headingID: "BUG-070", title: "Crash when the config file is empty",
        priority: "high", typeLabel: "bug", assignee: "backend-engineer", author: "devops-engineer",
        created: "2026-03-05", closed: "2026-03-06", status: .resolved, fieldLines: [3, 4, 5, 6, 7, 8, 9],
        extraKeys: ["Discovered During", "Affected Files"], sections: ["Description", "Resolution"],
        separatorLine: 11, filedLine: 23, resolvedLine: 24,
        diagnostics: ["BUG-007-crash-on-empty-config.md:1: heading says BUG-070 but the file name says BUG-007"]
    ),
    ParsedFixture(
        file: "ENH-008-dark-mode-toggle.md", headingID: nil, title: nil, priority: "low", typeLabel: "enhancement",
        assignee: nil, author: "ux-designer", status: .open, fieldLines: [1, 2, 3, 4, 5], extraKeys: [],
        sections: ["Description"], separatorLine: 7,
        diagnostics: ["ENH-008-dark-mode-toggle.md:1: missing `# PREFIX-NNN: Title` heading"]
    ),
    ParsedFixture(
        file: "SYS-009-disk-space-alerts.md", headingID: "SYS-009", title: "No alert when the build disk fills up",
        priority: "high", typeLabel: "bug", assignee: nil, author: "sre", created: "2026-03-09", status: .open,
        fieldLines: [6, 7, 9, 10, 11], extraKeys: [], sections: ["Description", "Suggested Fix"], filedLine: 24,
        diagnostics: ["SYS-009-disk-space-alerts.md:11: metadata block is not closed by a `---` line"]
    ),
    ParsedFixture(
        file: "ISSUE-010-settings-labels.md", headingID: "ISSUE-010",
        title: "Settings page fields have no labels for screen readers", priority: "low", typeLabel: "accessibility",
        assignee: "frontend-engineer", author: "accessibility-auditor", created: "2026-03-10", status: .open,
        fieldLines: [3, 4, 5, 7, 8, 9], extraKeys: [], sections: ["Description"], separatorLine: 11,
        filedLine: 17, resolvedLine: 17,
        diagnostics: [
            "ISSUE-010-settings-labels.md:6: not a `**Key**: value` field; ignored",
            "ISSUE-010-settings-labels.md:9: field `Status` appears again (first on line 8); the first one counts",
        ]
    ),
    ParsedFixture(
        file: "ISSUE-1000-retry-budget.md", headingID: "ISSUE-1000", title: "Retry budget ignores 429 responses",
        priority: "P2", typeLabel: "bug", assignee: nil, author: "backend-engineer", created: "2026-03-12",
        status: .other("Blocked on upstream"), fieldLines: [3, 4, 5, 6, 7], extraKeys: [], sections: ["Description"],
        separatorLine: 9, filedLine: 17,
        diagnostics: ["ISSUE-1000-retry-budget.md:1: heading should read `# ISSUE-1000: Title`"]
    ),
    ParsedFixture(
        file: "PRF-012-cache-eviction.md", headingID: nil, title: "Cache eviction skips stale keys", priority: "medium",
        typeLabel: "performance", assignee: nil, author: nil, status: .open, fieldLines: [3, 4, 5], extraKeys: [],
        sections: ["Description"], separatorLine: 7,
        diagnostics: ["PRF-012-cache-eviction.md:1: heading does not start with `PREFIX-NNN:`"]
    ),
]

private func parse(_ text: String, fileName: String = "ISSUE-001-example.md") -> IssueNNNDocument {
    IssueNNNDocument(text: text, fileName: fileName)
}

@Test(arguments: parsedFixtures)
private func fixtureParsesToItsExpectedFacts(_ expected: ParsedFixture) throws {
    let document = parse(try Fixtures.text("protocol/issues/" + expected.file), fileName: expected.file)
    let fileName = try #require(IssueNNNDocument.parseFileName(expected.file))
    #expect(document.fileID == IssueKey(prefix: fileName.prefix, number: fileName.number))
    #expect(document.headingID?.description == expected.headingID)
    #expect(document.title == expected.title)
    #expect(document.priority == expected.priority)
    #expect(document.typeLabel == expected.typeLabel)
    #expect(document.assignee == expected.assignee)
    #expect(document.author == expected.author)
    #expect(document.created == expected.created)
    #expect(document.closed == expected.closed)
    #expect(document.resolvedNote == expected.resolvedNote)
    #expect(document.statusKind == expected.status)
    #expect(document.fields.map(\.line) == expected.fieldLines)
    #expect(document.extraFields.map(\.key) == expected.extraKeys)
    #expect(document.sections.map(\.title) == expected.sections)
    #expect(document.separatorLine == expected.separatorLine)
    #expect(document.filed?.line == expected.filedLine)
    #expect(document.resolved?.line == expected.resolvedLine)
    #expect(document.diagnostics.map(\.headline) == expected.diagnostics)
}

@Test(arguments: [
    ("SEC-002-xss-in-search.md", "SEC", 2, "xss-in-search"),
    ("ISSUE-1000-retry-budget.md", "ISSUE", 1000, "retry-budget"),
    (".project/issues/open/QA-010-upload.md", "QA", 10, "upload"),
    ("BUG-007.md", "BUG", 7, ""),
])
private func fileNameSplitsIntoPrefixNumberAndSlug(_ name: String, _ prefix: String, _ number: Int, _ slug: String) throws {
    let parts = try #require(IssueNNNDocument.parseFileName(name))
    #expect(parts.prefix == prefix)
    #expect(parts.number == number)
    #expect(parts.slug == slug)
}

@Test(arguments: [
    "ISSUE_TEMPLATE.md", "sec-002-lower-case.md", "SEC-002-no-extension", "SEC-abc-slug.md",
    "SEC-000-zero.md", "SEC002-no-dash.md", "SEC-002x-glued.md", "-002-no-prefix.md", "",
])
private func fileNameOutsideTheConventionIsRejected(_ name: String) {
    #expect(IssueNNNDocument.parseFileName(name) == nil)
}

@Test func fileNameOutsideTheConventionIsAnError() {
    let document = parse("# ISSUE-001: Title\n\n**Status**: Open\n\n---\n", fileName: "notes.md")
    #expect(document.errors.map(\.headline) == ["notes.md:1: file name `notes.md` does not read `PREFIX-NNN-slug.md`"])
}

@Test(arguments: [
    ("**Severity**: HIGH", "Severity", "HIGH", IssueNNNFieldStyle(lead: "", colonInsideBold: false)),
    ("**Severity:** HIGH", "Severity", "HIGH", IssueNNNFieldStyle(lead: "", colonInsideBold: true)),
    ("- **Assigned To**: unassigned", "Assigned To", "unassigned", IssueNNNFieldStyle(lead: "- ", colonInsideBold: false)),
    ("  * **Type:** Bug", "Type", "Bug", IssueNNNFieldStyle(lead: "  * ", colonInsideBold: true)),
    ("**Affected Files**:", "Affected Files", "", IssueNNNFieldStyle(lead: "", colonInsideBold: false)),
    ("**Impact**: **HIGH** - data loss", "Impact", "**HIGH** - data loss", IssueNNNFieldStyle(lead: "", colonInsideBold: false)),
])
private func fieldVariantIsRead(_ line: String, _ key: String, _ value: String, _ style: IssueNNNFieldStyle) throws {
    let field = try #require(IssueNNNField.parse(line, number: 3))
    #expect(field.key == key)
    #expect(field.value == value)
    #expect(field.style == style)
    #expect(field.line == 3)
}

@Test(arguments: [
    "Severity: HIGH", "**Severity** HIGH", "**Note: read this first.** Then continue.", "** **: empty key",
    "*Severity*: HIGH", "-**Severity**: HIGH",
])
private func lineThatIsNotAFieldIsRejected(_ line: String) {
    #expect(IssueNNNField.parse(line, number: 1) == nil)
}

@Test(arguments: [
    ("*Filed: 2026-01-10*", "2026-01-10", nil),
    ("*Resolved: *", nil, ""),
    ("*Resolved:*", nil, ""),
    ("*Filed: 2026-01-10* | *Resolved: 2026-01-12*", "2026-01-10", "2026-01-12"),
    ("*Filed: 2026-01-10* · *Resolved: pending*", "2026-01-10", "pending"),
    ("*Resolved: 2026-03-02 - fixed in `*.swift` globs*", nil, "2026-03-02 - fixed in `*.swift` globs"),
    ("See *Filed: 2026-01-10* in the old report.", nil, nil),
    ("*Filed 2026-01-10*", nil, nil),
] as [(String, String?, String?)])
private func footerLineIsRead(_ line: String, _ filed: String?, _ resolved: String?) {
    let document = parse("# ISSUE-001: Title\n\n**Status**: Open\n\n---\n\n\(line)\n")
    #expect(document.filed?.value == filed)
    #expect(document.resolved?.value == resolved)
}

@Test(arguments: [
    ("CRITICAL", "critical"), ("High", "high"), ("medium", "medium"), ("LOW", "low"),
    ("P1 (blocks release)", "P1 (blocks release)"), ("", nil), ("[CRITICAL | HIGH | MEDIUM | LOW]", nil),
    ("CRITICAL | HIGH | MEDIUM | LOW", nil), ("[severity]", nil),
] as [(String, String?)])
private func severityMapsToPriority(_ severity: String, _ priority: String?) {
    #expect(parse("# ISSUE-001: T\n\n**Severity**: \(severity)\n\n---\n").priority == priority)
}

@Test(arguments: [
    ("Open", IssueStatus.open), ("in progress", .inProgress), ("In-Progress", .inProgress),
    ("Resolved", .resolved), ("Won't Fix", .wontFix), ("won\u{2019}t fix", .wontFix), ("CLOSED", .closed),
    ("Blocked", .other("Blocked")),
])
private func statusIsReadLoosely(_ value: String, _ status: IssueStatus) {
    #expect(IssueStatus(reading: value) == status)
}

@Test(arguments: [("unassigned", nil), ("Unassigned", nil), ("", nil), ("[agent-name]", nil), ("dev-1", "dev-1")] as [(String, String?)])
private func assignedToMapsToAssignee(_ value: String, _ assignee: String?) {
    #expect(parse("# ISSUE-001: T\n\n**Assigned To**: \(value)\n\n---\n").assignee == assignee)
}

@Test func typePlaceholderReadsAsNoLabel() {
    #expect(parse("# ISSUE-001: T\n\n**Type**: Bug | Security\n\n---\n").typeLabel == nil)
}

@Test func boldKeyLinesAfterTheSeparatorAreBody() throws {
    let document = parse(try Fixtures.text("protocol/issues/SEC-006-dependency-audit.md"))
    #expect(document.fields.count == 7)
    #expect(document.status == "Resolved")
    #expect(document.body.contains("**Weakness**: CWE-295"))
}

@Test func headingsAndFooterInsideCodeBlocksAreIgnored() throws {
    let document = parse(try Fixtures.text("protocol/issues/SEC-006-dependency-audit.md"))
    #expect(!document.sections.contains { $0.title == "Not a section either" })
    #expect(document.filed?.value == "2026-03-01")
}

@Test func bodyIsEverythingAfterTheSeparator() {
    let document = parse("# ISSUE-001: T\r\n**Status**: Open\r\n---\r\n\r\n## Description\r\n\r\nText")
    #expect(document.body == "\r\n## Description\r\n\r\nText")
    #expect(document.bodyStartLine == 4)
}

@Test func extraFieldsKeepOrderAndJoinContinuationLines() throws {
    let document = parse(try Fixtures.text("protocol/issues/QA-003-flaky-upload-test.md"))
    #expect(document.extraFields.map(\.value) == [
        "Phase 3, Task 3.2 (CI runs)", "- `tests/upload_test.py`\n- `app/storage/chunks.py`",
    ])
}

@Test func extraFieldsIncludeUnknownKeys() {
    let document = parse("# ISSUE-001: T\n\n**Component**: auth\n**Severity**: LOW\n**Blocked By**: ISSUE-002\n\n---\n")
    #expect(document.extraFields.map(\.key) == ["Component", "Blocked By"])
}

@Test func withoutSeparatorAProseParagraphEndsTheMetadata() {
    let text = "# ISSUE-001: T\n\n**Severity**: HIGH\n**Status**: Open\n\nThe cache is cold.\n\n**Owner**: ops\n\n---\n\n*Filed: 2026-01-01*\n"
    let document = parse(text)
    #expect(document.fields.map(\.key) == ["Severity", "Status"])
    #expect(document.separatorLine == nil)
    #expect(document.bodyStartLine == 6)
    #expect(document.filed?.value == "2026-01-01")
}

@Test func withoutSeparatorAFirstProseParagraphMeansNoMetadata() {
    let document = parse("# ISSUE-001: T\n\nJust prose.\n\n**Severity**: HIGH\n\n## Description\n")
    #expect(document.fields.isEmpty)
    #expect(document.bodyStartLine == 2)
    #expect(document.warnings.map(\.message) == ["no `**Key**: value` metadata"])
}

@Test func htmlCommentAndBlankLinesBeforeTheHeadingAreSkipped() {
    let document = parse("\n<!-- one -->\n<!--\ntwo\n-->\n\n# ISSUE-001: Title\n**Status**: Open\n---\n")
    #expect(document.headingLine == 7)
    #expect(document.title == "Title")
    #expect(document.errors.isEmpty)
}

@Test func emptyFileIsReportedNotFatal() {
    let document = parse("")
    #expect(document.errors.map(\.message) == ["file is empty"])
    #expect(document.fields.isEmpty)
    #expect(document.body.isEmpty)
}

@Test func unclosedCodeBlockIsReported() {
    let document = parse("# ISSUE-001: T\n**Status**: Open\n---\n```\ncode\n")
    #expect(document.warnings.map(\.headline) == ["ISSUE-001-example.md:4: code block opened here is never closed"])
}

@Test func diagnosticsNameTheGivenPathAndQuoteTheLine() throws {
    let document = IssueNNNDocument(text: "Not a heading\n", fileName: "ISSUE-001-x.md", path: ".project/issues/open/ISSUE-001-x.md")
    let diagnostic = try #require(document.errors.first)
    #expect(diagnostic.headline == ".project/issues/open/ISSUE-001-x.md:1: missing `# PREFIX-NNN: Title` heading")
    #expect(diagnostic.sourceLine == "Not a heading")
}

@Test func idPrefersTheFileNameOverTheHeading() throws {
    let document = parse(try Fixtures.text("protocol/issues/BUG-007-crash-on-empty-config.md"), fileName: "BUG-007-crash.md")
    #expect(document.id == IssueKey(prefix: "BUG", number: 7))
}

@Test(arguments: [(7, "ISSUE-007"), (42, "ISSUE-042"), (999, "ISSUE-999"), (1000, "ISSUE-1000")])
private func idPrintsZeroPadded(_ number: Int, _ text: String) {
    #expect(IssueKey(prefix: "issue", number: number).description == text)
}

@Test func byteOrderMarkBeforeTheHeadingIsSkipped() {
    let document = parse("\u{FEFF}# ISSUE-001: Title\n**Status**: Open\n---\n")
    #expect(document.title == "Title")
    #expect(document.errors.isEmpty)
}
