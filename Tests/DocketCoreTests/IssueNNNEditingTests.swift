import Foundation
import Testing
@testable import DocketCore

private let issueFixtures = [
    "ISSUE-001-login-timeout.md", "SEC-002-token-in-logs.md", "QA-003-flaky-upload-test.md",
    "PRF-004-slow-search-index.md", "DBT-005-duplicate-date-helpers.md", "SEC-006-dependency-audit.md",
    "BUG-007-crash-on-empty-config.md", "ENH-008-dark-mode-toggle.md", "SYS-009-disk-space-alerts.md",
    "ISSUE-010-settings-labels.md", "ISSUE-1000-retry-budget.md", "PRF-012-cache-eviction.md",
]

private func fixture(_ name: String) throws -> String {
    try Fixtures.text("protocol/issues/" + name)
}

private func parse(_ text: String) -> IssueNNNDocument {
    IssueNNNDocument(text: text, fileName: "ISSUE-001-example.md")
}

/// Lines of a text without their endings.
private func lines(_ text: String) -> [String] {
    IssueNNNLines(text).contents
}

/// A minimal line diff (longest common subsequence): the lines only in `before` and only in `after`.
private func lineDiff(_ before: [String], _ after: [String]) -> (deleted: [String], inserted: [String]) {
    let rows = before.count, columns = after.count
    var table = Array(repeating: Array(repeating: 0, count: columns + 1), count: rows + 1)
    for row in stride(from: rows - 1, through: 0, by: -1) {
        for column in stride(from: columns - 1, through: 0, by: -1) {
            table[row][column] = before[row] == after[column]
                ? table[row + 1][column + 1] + 1
                : max(table[row + 1][column], table[row][column + 1])
        }
    }
    var deleted: [String] = [], inserted: [String] = []
    var row = 0, column = 0
    while row < rows || column < columns {
        if row < rows, column < columns, before[row] == after[column] {
            row += 1
            column += 1
        } else if column < columns, row == rows || table[row][column + 1] >= table[row + 1][column] {
            inserted.append(after[column])
            column += 1
        } else {
            deleted.append(before[row])
            row += 1
        }
    }
    return (deleted, inserted)
}

private enum RandomEdit {
    case setField(String, String)
    case removeField(String)
    case setTitle(String)
    case close(String, String, String?)
    case reopen

    static func make(for document: IssueNNNDocument, using generator: inout SplitMix64) -> RandomEdit {
        let keys = document.fields.map(\.key) + ["Component", "status", "Blocked By", "assigned to"]
        let key = keys.randomElement(using: &generator) ?? "Component"
        switch Int.random(in: 0..<6, using: &generator) {
        case 0, 1: return .setField(key, text(using: &generator, newlines: false))
        case 2: return .removeField(key)
        case 3: return .setTitle(text(using: &generator, newlines: false))
        case 4:
            let status = ["Resolved", "Won't Fix", "Closed"].randomElement(using: &generator) ?? "Resolved"
            let resolution = Bool.random(using: &generator) ? text(using: &generator, newlines: true) : nil
            return .close("2026-0\(Int.random(in: 1...9, using: &generator))-1\(Int.random(in: 0...9, using: &generator))", status, resolution)
        default: return .reopen
        }
    }

    static func text(using generator: inout SplitMix64, newlines: Bool) -> String {
        let pieces = ["fix", "cache", "é", "`a.swift`", "|", ":", "[x]", "*", "  ", "-", "2026-01-01", "Won't"]
            + (newlines ? ["\n", "\n\n"] : [])
        let count = Int.random(in: 1...6, using: &generator)
        let words = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "x" }
        let joined = words.joined(separator: " ")
        return IssueNNNSyntax.trimmed(joined).isEmpty ? "x" : joined
    }

    func apply(to text: String) -> String {
        switch self {
        case .setField(let key, let value): IssueNNNDocument.settingField(key, to: value, in: text)
        case .removeField(let key): IssueNNNDocument.removingField(key, in: text)
        case .setTitle(let title): IssueNNNDocument.settingTitle(title, in: text)
        case .close(let date, let status, let resolution):
            IssueNNNDocument.closing(text, date: date, status: status, resolution: resolution)
        case .reopen: IssueNNNDocument.reopening(text)
        }
    }

    /// Lines of `before` the edit may remove or rewrite.
    func removable(from before: IssueNNNDocument, lines: [String]) -> Set<String> {
        func fieldLines(_ key: String, all: Bool) -> [String] {
            let matching = before.fields.filter { $0.has(key: key) }
            return (all ? matching : Array(matching.prefix(1))).flatMap { lines[($0.line - 1)..<$0.lastLine] }
        }
        let resolvedLine = before.resolved.map { [lines[$0.line - 1]] } ?? []
        switch self {
        case .setField(let key, _): return Set(fieldLines(key, all: false))
        case .removeField(let key): return Set(fieldLines(key, all: true))
        case .setTitle: return Set(before.headingLine.map { [lines[$0 - 1]] } ?? [])
        case .close:
            let placeholders = lines.filter { IssueNNNSyntax.isPlaceholder($0) }
            return Set(fieldLines(IssueNNNFieldName.status, all: false) + resolvedLine + placeholders)
        case .reopen: return Set(fieldLines(IssueNNNFieldName.status, all: false) + resolvedLine)
        }
    }

    /// Lines the edit may add.
    func addable(to after: IssueNNNDocument, lines: [String]) -> Set<String> {
        let status = after.field(IssueNNNFieldName.status).map { [lines[$0.line - 1]] } ?? []
        let resolved = after.resolved.map { [lines[$0.line - 1]] } ?? []
        switch self {
        case .setField(let key, _): return Set(after.field(key).map { [lines[$0.line - 1], ""] } ?? [])
        case .removeField: return []
        case .setTitle: return Set(after.headingLine.map { [lines[$0 - 1], ""] } ?? [])
        case .close(_, _, let resolution):
            let written = resolution.map { IssueNNNLines.split($0) } ?? []
            return Set(status + resolved + written + ["## Resolution", ""])
        case .reopen: return Set(status + resolved)
        }
    }
}

@Test(arguments: issueFixtures)
private func randomEditsTouchOnlyTheirOwnLines(_ name: String) throws {
    var generator = SplitMix64(seed: UInt64(name.utf8.count) &* 7919)
    var text = try fixture(name)
    for _ in 0..<25 {
        let before = parse(text)
        let edit = RandomEdit.make(for: before, using: &generator)
        let edited = edit.apply(to: text)
        let beforeLines = lines(text), afterLines = lines(edited)
        let diff = lineDiff(beforeLines, afterLines)
        let removable = edit.removable(from: before, lines: beforeLines)
        let addable = edit.addable(to: parse(edited), lines: afterLines)
        #expect(diff.deleted.allSatisfy(removable.contains), "\(edit) removed \(diff.deleted)")
        #expect(diff.inserted.allSatisfy(addable.contains), "\(edit) added \(diff.inserted)")
        #expect(edited.hasSuffix("\n") == text.hasSuffix("\n") || text.isEmpty)
        #expect(edited.contains("\r\n") == text.contains("\r\n"))
        text = edited
    }
}

@Test(arguments: issueFixtures)
private func closingThenReopeningKeepsTheResolutionAndClearsTheDate(_ name: String) throws {
    let closed = IssueNNNDocument.closing(try fixture(name), date: "2026-04-01", resolution: "Fixed in 1a2b3c4.")
    let closedDocument = parse(closed)
    #expect(closedDocument.statusKind == .resolved)
    #expect(closedDocument.closed == "2026-04-01")
    #expect(closedDocument.body.contains("Fixed in 1a2b3c4."))
    let reopened = parse(IssueNNNDocument.reopening(closed))
    #expect(reopened.statusKind == .open)
    #expect(reopened.resolved?.value == "")
    #expect(reopened.closed == nil)
    #expect(reopened.body.contains("Fixed in 1a2b3c4."))
}

@Test(arguments: [
    ("SEC-002-token-in-logs.md", "**Severity:** LOW"),
    ("QA-003-flaky-upload-test.md", "- **Severity**: LOW"),
    ("ISSUE-001-login-timeout.md", "**Severity**: LOW"),
])
private func settingAFieldWritesTheVariantFound(_ name: String, _ line: String) throws {
    let before = try fixture(name)
    let after = IssueNNNDocument.settingField("severity", to: "LOW", in: before)
    let diff = lineDiff(lines(before), lines(after))
    #expect(diff.inserted == [line])
    #expect(diff.deleted.count == 1)
}

@Test func missingFieldIsAddedAfterTheLastFieldBeforeTheSeparator() {
    let text = "# ISSUE-001: T\n\n**Severity**: HIGH\n**Status**: Open\n\n---\n\nBody\n"
    let expected = "# ISSUE-001: T\n\n**Severity**: HIGH\n**Status**: Open\n**Component**: auth\n\n---\n\nBody\n"
    #expect(IssueNNNDocument.settingField("Component", to: "auth", in: text) == expected)
}

@Test func firstFieldIsAddedAsItsOwnParagraphUnderTheHeading() {
    let text = "# ISSUE-001: T\n---\nBody\n"
    #expect(IssueNNNDocument.settingField("Status", to: "Open", in: text) == "# ISSUE-001: T\n\n**Status**: Open\n\n---\nBody\n")
}

@Test func settingAFieldDropsItsContinuationLines() throws {
    let after = IssueNNNDocument.settingField("Affected Files", to: "`x.py`", in: try fixture("QA-003-flaky-upload-test.md"))
    #expect(!after.contains("tests/upload_test.py"))
    #expect(after.contains("- **Affected Files**: `x.py`\n- **Assigned To**: backend-engineer\n"))
}

@Test func fieldValueIsKeptOnOneLine() {
    let after = IssueNNNDocument.settingField("Status", to: "In\nProgress", in: "# ISSUE-001: T\n**Status**: Open\n---\n")
    #expect(after == "# ISSUE-001: T\n**Status**: In Progress\n---\n")
}

@Test func removingAFieldRemovesEveryOccurrence() throws {
    let after = IssueNNNDocument.removingField("status", in: try fixture("ISSUE-010-settings-labels.md"))
    #expect(parse(after).status == nil)
    #expect(lines(after).count == lines(try fixture("ISSUE-010-settings-labels.md")).count - 2)
}

@Test(arguments: [
    ("# ISSUE-001: Old\n", nil, "# ISSUE-001: New\n"),
    ("# issue-1 — Old\n", nil, "# issue-1: New\n"),
    ("# Old\n", nil, "# New\n"),
    ("# Old\n", IssueKey(prefix: "BUG", number: 4), "# BUG-004: New\n"),
    ("**Status**: Open\n", IssueKey(prefix: "BUG", number: 4), "# BUG-004: New\n\n**Status**: Open\n"),
    ("<!-- note -->\n**Status**: Open", nil, "<!-- note -->\n# New\n\n**Status**: Open"),
] as [(String, IssueKey?, String)])
private func titleIsSetInTheHeading(_ text: String, _ fallbackID: IssueKey?, _ expected: String) {
    #expect(IssueNNNDocument.settingTitle("New", in: text, fallbackID: fallbackID) == expected)
}

@Test func closingReplacesThePlaceholderParagraph() throws {
    let after = IssueNNNDocument.closing(try fixture("ISSUE-001-login-timeout.md"), date: "2026-04-01", resolution: "Removed the timer.\nSee 1a2b3c4.")
    #expect(after.contains("## Resolution\n\nRemoved the timer.\nSee 1a2b3c4.\n\n---\n\n*Filed: 2026-01-12*\n*Resolved: 2026-04-01*\n"))
    #expect(after.contains("**Status**: Resolved\n"))
}

@Test func closingAppendsToAResolutionAlreadyWritten() throws {
    let after = IssueNNNDocument.closing(try fixture("BUG-007-crash-on-empty-config.md"), date: "2026-04-01", resolution: "Backported to 1.2.")
    #expect(after.contains("with a regression test.\n\nBackported to 1.2.\n\n---\n"))
}

@Test func closingAddsAResolutionSectionBeforeTheFooterRule() throws {
    let after = IssueNNNDocument.closing(try fixture("SEC-006-dependency-audit.md"), date: "2026-04-01", resolution: "Both fixed.")
    #expect(after.contains("is set.\n\n## Resolution\n\nBoth fixed.\n\n---\n\n*Filed: 2026-03-01*\n"))
}

@Test func closingWithoutFooterAppendsResolutionAndDate() throws {
    let after = IssueNNNDocument.closing(try fixture("ENH-008-dark-mode-toggle.md"), date: "2026-04-01", status: "Won't Fix", resolution: "Out of scope.")
    #expect(after.hasSuffix("`theme/dark.css`.\n\n## Resolution\n\nOut of scope.\n\n*Resolved: 2026-04-01*\n"))
    #expect(parse(after).statusKind == .wontFix)
}

@Test func closingAddsTheResolvedItemAfterFiled() throws {
    let after = IssueNNNDocument.closing(try fixture("ISSUE-1000-retry-budget.md"), date: "2026-04-01")
    #expect(after.hasSuffix("*Filed: 2026-03-12*\n*Resolved: 2026-04-01*\n"))
}

@Test func closingFillsTheResolvedItemOnTheFiledLine() throws {
    let after = IssueNNNDocument.closing(try fixture("SEC-002-token-in-logs.md"), date: "2026-04-01")
    #expect(after.hasSuffix("*Filed: 2026-01-10* | *Resolved: 2026-04-01*\n"))
}

@Test(arguments: [
    ("", "2026-04-01"), ("pending", "2026-04-01"), ("TBD", "2026-04-01"), ("YYYY-MM-DD", "2026-04-01"),
    ("[date]", "2026-04-01"), ("2026-03-02", "2026-04-01"), ("2026-03-02 - fixed in abc", "2026-04-01 - fixed in abc"),
    ("2026-03-02 — see notes", "2026-04-01 — see notes"), ("after the rewrite", "2026-04-01 - after the rewrite"),
])
private func closingDatesTheResolvedValue(_ old: String, _ new: String) {
    #expect(IssueNNNDocument.resolvedValue(replacing: old, date: "2026-04-01") == new)
}

@Test func reopeningEmptiesTheResolvedValueAndKeepsTheRest() throws {
    let before = try fixture("DBT-005-duplicate-date-helpers.md")
    let after = IssueNNNDocument.reopening(before)
    let diff = lineDiff(lines(before), lines(after))
    #expect(diff.deleted == ["**Status**: Won't Fix", "*Resolved: 2026-03-02 - superseded by ENH-008*"])
    #expect(diff.inserted == ["**Status**: Open", "*Resolved: *"])
}

@Test func reopeningDoesNotAddAResolvedItem() throws {
    let before = try fixture("SYS-009-disk-space-alerts.md")
    #expect(IssueNNNDocument.reopening(before) == before)
}

@Test func crlfEndingsAndTrailingSpacesSurviveClosing() throws {
    let before = try fixture("PRF-004-slow-search-index.md")
    let after = IssueNNNDocument.closing(before, date: "2026-04-01", resolution: "Built once at start-up.\nCached since.")
    #expect(!after.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(after.contains("with 50 concurrent users.  \r\n"))
    #expect(after.contains("## Resolution\r\n\r\nBuilt once at start-up.\r\nCached since.\r\n\r\n---\r\n"))
}

@Test func missingFinalNewlineStaysMissing() throws {
    let before = try fixture("DBT-005-duplicate-date-helpers.md")
    let after = IssueNNNDocument.closing(before, date: "2026-04-01", resolution: "Also dropped `formatDay`.")
    #expect(after.hasSuffix("*Resolved: 2026-04-01 - superseded by ENH-008*"))
}

@Test func appendingAtTheEndOfAFileWithoutFinalNewlineKeepsItMissing() {
    let after = IssueNNNDocument.closing("# ISSUE-001: T\n**Status**: Open\n---\nBody", date: "2026-04-01")
    #expect(after == "# ISSUE-001: T\n**Status**: Resolved\n---\nBody\n\n*Resolved: 2026-04-01*")
}

@Test func editsOfArbitraryTextNeverCrash() {
    var generator = SplitMix64(seed: 42)
    let pieces = ["# ", "ISSUE-1:", "**", "Status", ":", "---", "\n", "\r\n", "*Filed:", "*Resolved:", "*", "```", "<!--", "-->", " ", "- ", "[x]", "## Resolution", "é"]
    for _ in 0..<300 {
        let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
        let closed = IssueNNNDocument.closing(text, date: "2026-04-01", resolution: "done")
        #expect(closed.contains("2026-04-01"))
        let edited = IssueNNNDocument.settingTitle("T", in: IssueNNNDocument.settingField("Status", to: "Open", in: closed))
        _ = IssueNNNDocument.reopening(IssueNNNDocument.removingField("status", in: edited))
    }
}

@Test func byteOrderMarkSurvivesRewritingTheHeading() {
    let after = IssueNNNDocument.settingTitle("New", in: "\u{FEFF}# ISSUE-001: Old\r\n**Status**: Open\r\n")
    #expect(Array(after.utf8) == Array("\u{FEFF}# ISSUE-001: New\r\n**Status**: Open\r\n".utf8))
}
