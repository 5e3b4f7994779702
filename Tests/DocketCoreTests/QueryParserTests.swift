import Testing

@testable import DocketCore

private typealias Term = Query.TextTerm
private typealias Ref = Query.IssueRef
private typealias Span = Query.DateRange

private func day(_ date: String) -> String { date + "T00:00:00Z" }

/// Queries that parse, with what they mean.
private let validQueries: [(String, Query)] = [
    ("", Query()),
    ("   \t ", Query()),
    ("crash", Query(terms: [Term(.word, "crash")])),
    ("null pointer crash", Query(terms: [Term(.word, "null"), Term(.word, "pointer"), Term(.word, "crash")])),
    ("\"exact phrase\"", Query(terms: [Term(.phrase, "exact phrase")])),
    ("seg*", Query(terms: [Term(.prefix, "seg")])),
    ("-flaky", Query(terms: [Term(.word, "flaky", excluded: true)])),
    ("-\"known issue\" login", Query(terms: [Term(.phrase, "known issue", excluded: true), Term(.word, "login")])),
    ("foo-bar a.b:c", Query(terms: [Term(.word, "foo-bar"), Term(.word, "a.b:c")])),
    ("- alone", Query(terms: [Term(.word, "-"), Term(.word, "alone")])),
    ("\"a:b\" café", Query(terms: [Term(.phrase, "a:b"), Term(.word, "café")])),
    ("is:open", Query(state: .open)),
    ("IS:Closed", Query(state: .closed)),
    ("is:all is:all", Query(state: .all)),
    ("is:ready", Query(readiness: .ready)),
    ("is:open is:blocked", Query(state: .open, readiness: .blocked)),
    ("label:bug", Query(labels: [["bug"]])),
    ("label:bug label:ui", Query(labels: [["bug"], ["ui"]])),
    ("label:bug,ui", Query(labels: [["bug", "ui"]])),
    ("Label:\"needs review\",Bug", Query(labels: [["needs review", "Bug"]])),
    ("label:\"a,b\"", Query(labels: [["a,b"]])),
    ("-label:wontfix,duplicate", Query(excludedLabels: ["wontfix", "duplicate"])),
    ("no:label", Query(requiresNoLabel: true)),
    ("no:label,assignee", Query(requiresNoLabel: true, requiresNoAssignee: true)),
    ("assignee:alice -assignee:bob", Query(assignees: [["alice"]], excludedAssignees: ["bob"])),
    ("no:assignee", Query(requiresNoAssignee: true)),
    ("priority:high", Query(priorities: [[.high]])),
    ("priority:Critical,high -priority:low", Query(priorities: [[.critical, .high]], excludedPriorities: [.low])),
    ("id:12", Query(ids: [[Ref("12")]])),
    ("id:#12,SEC-002", Query(ids: [[Ref("#12"), Ref("SEC-002")]])),
    ("blocked-by:12 blocked-by:OPS-7", Query(blockedBy: [[Ref("12")], [Ref("OPS-7")]])),
    ("created:2026-11-24", Query(created: Span(start: day("2026-11-24"), end: day("2026-11-25")))),
    ("created:>=2026-01-01", Query(created: Span(start: day("2026-01-01")))),
    ("created:>2026-12-31", Query(created: Span(start: day("2027-01-01")))),
    ("updated:<2026-02-01", Query(updated: Span(end: day("2026-02-01")))),
    ("updated:<=2026-01-31", Query(updated: Span(end: day("2026-02-01")))),
    ("updated:<=2028-02-28", Query(updated: Span(end: day("2028-02-29")))),
    ("closed:2026-11-01..2026-11-30", Query(closed: Span(start: day("2026-11-01"), end: day("2026-12-01")))),
    ("closed:*..2026-11-30", Query(closed: Span(end: day("2026-12-01")))),
    ("closed:2026-11-01..*", Query(closed: Span(start: day("2026-11-01")))),
    (
        "created:>=2026-01-01 created:<2026-02-01",
        Query(created: Span(start: day("2026-01-01"), end: day("2026-02-01")))
    ),
    ("created:<=9999-12-31", Query(created: Span(end: "9999-12-31T24:00:00Z"))),
    ("sort:updated-desc", Query(sort: .updatedDescending)),
    ("SORT:Priority", Query(sort: .priority)),
    (
        "crash label:bug -label:wontfix is:open sort:created-asc -\"stack trace\" pars*",
        Query(
            terms: [Term(.word, "crash"), Term(.phrase, "stack trace", excluded: true), Term(.prefix, "pars")],
            state: .open, labels: [["bug"]], excludedLabels: ["wontfix"], sort: .createdAscending)
    ),
]

@Test(arguments: validQueries)
private func parsesValidQuery(_ text: String, _ expected: Query) throws {
    #expect(try Query(parsing: text) == expected)
}

/// Queries that do not parse, with the exact message.
private let malformedQueries: [(String, String)] = [
    ("\"abc", "unterminated quote in: \"abc"),
    ("crash -\"abc def", "unterminated quote in: -\"abc def"),
    ("label:\"needs review", "unterminated quote in: label:\"needs review"),
    ("lable:bug", "unknown qualifier 'lable:'; did you mean 'label:'?"),
    ("asignee:bob", "unknown qualifier 'asignee:'; did you mean 'assignee:'?"),
    ("prio:high", "unknown qualifier 'prio:'; did you mean 'priority:'?"),
    ("http://example.com", "unknown qualifier 'http:'; to search for the text, quote it: \"http://example.com\""),
    ("created:2026-13-01", "invalid date '2026-13-01' in created:"),
    ("updated:>=2026-02-30", "invalid date '2026-02-30' in updated:"),
    ("closed:2025-02-29..*", "invalid date '2025-02-29' in closed:"),
    ("created:yesterday", "invalid date 'yesterday' in created:"),
    ("created:>=", "invalid date '>=' in created:"),
    ("closed:2026-12-01..2026-11-01", "date range '2026-12-01..2026-11-01' in closed: ends before it starts"),
    ("is:pending", "invalid value 'pending' for is:; expected one of: open, closed, all, ready, blocked, in-progress"),
    ("no:milestone", "invalid value 'milestone' for no:; expected one of: label, assignee"),
    (
        "sort:newest",
        "invalid value 'newest' for sort:; expected one of: created-asc, created-desc, updated-asc, updated-desc, priority, id, relevance"
    ),
    ("priority:urgent", "invalid value 'urgent' for priority:; expected one of: critical, high, medium, low"),
    ("label:", "empty value for label:"),
    ("label:bug,", "empty value for label:"),
    ("assignee:\"\"", "empty value for assignee:"),
    ("id:abc", "invalid issue id 'abc' in id:; expected a number (12, #12) or a key like SEC-002"),
    ("blocked-by:SEC-", "invalid issue id 'SEC-' in blocked-by:; expected a number (12, #12) or a key like SEC-002"),
    ("is:open is:closed", "conflicting qualifiers 'is:open' and 'is:closed'"),
    ("is:ready is:blocked", "conflicting qualifiers 'is:ready' and 'is:blocked'"),
    ("sort:id sort:priority", "conflicting qualifiers 'sort:id' and 'sort:priority'"),
    ("is:open,closed", "is: takes one value, got 'open,closed'"),
    ("-is:open", "is: cannot be negated in: -is:open"),
]

@Test(arguments: malformedQueries)
private func rejectsMalformedQueryWithMessage(_ text: String, _ message: String) {
    let error = #expect(throws: QueryError.self) { try Query(parsing: text) }
    #expect(error?.description == message)
}

@Test func errorNamesTheOffendingToken() {
    #expect(throws: QueryError("invalid date '2026-13-01' in created:", token: "2026-13-01")) {
        try Query(parsing: "bug created:>2026-13-01")
    }
}

@Test func flagsMergeIntoAParsedQuery() throws {
    var query = try Query(parsing: "crash label:bug")
    try query.apply(qualifier: "is", value: "closed")
    try query.apply(qualifier: "label", value: "needs review,ui")
    try query.apply(qualifier: "assignee", value: "bob", negated: true)
    try query.apply(qualifier: "priority", value: "high")
    try query.apply(qualifier: "sort", value: "updated-desc")
    let expected = Query(
        terms: [Term(.word, "crash")], state: .closed, labels: [["bug"], ["needs review", "ui"]],
        excludedAssignees: ["bob"], priorities: [[.high]], sort: .updatedDescending)
    #expect(query == expected)
}

@Test func flagConflictingWithTheQueryIsAnError() throws {
    var query = try Query(parsing: "is:open")
    #expect(throws: QueryError("conflicting qualifiers 'is:open' and 'is:closed'", token: "is:closed")) {
        try query.apply(qualifier: "is", value: "closed")
    }
}

@Test func issueRefExposesKeyAndNumber() {
    #expect(Ref("#12").key == "12")
    #expect(Ref("#12").number == 12)
    #expect(Ref("SEC-002").key == "SEC-002")
    #expect(Ref("SEC-002").number == 2)
}

@Test func prioritiesSortMostUrgentFirst() {
    #expect(Priority.allLevels.shuffled().sorted() == [.critical, .high, .medium, .low])
}
