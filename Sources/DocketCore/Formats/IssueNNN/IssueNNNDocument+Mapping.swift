/// The dialect's fields read as Docket's issue properties. A field counts by its first
/// occurrence; values that are unset in practice (empty, a `[placeholder]`, an unchosen
/// `A | B | C` list) read as `nil`.
extension IssueNNNDocument {
    /// The `Status` value as written (continuation lines included); `nil` when there is no such field.
    public var status: String? {
        field(IssueNNNFieldName.status)?.fullValue
    }

    /// The `Status` value read as one of the dialect's states; `nil` when missing or unset.
    public var statusKind: IssueStatus? {
        setValue(IssueNNNFieldName.status).map(IssueStatus.init(reading:))
    }

    /// `Severity`: `CRITICAL`/`HIGH`/`MEDIUM`/`LOW` (any case) become `critical`...`low`, as
    /// does free text naming exactly one of them (`Overall HIGH (3 findings)` is `high`);
    /// free text naming several (`Overall HIGH (findings range LOW to HIGH)`) is kept as written.
    public var priority: String? {
        guard let value = setValue(IssueNNNFieldName.severity) else { return nil }
        let levels = Set(value.uppercased().split { !$0.isLetter }.map(String.init).filter(IssueNNNFieldName.severities.contains))
        guard levels.count == 1, let level = levels.first else { return value }
        return level.lowercased()
    }

    /// `Type` in lower case: `Technical Debt` → `technical debt`.
    public var typeLabel: String? {
        setValue(IssueNNNFieldName.type)?.lowercased()
    }

    /// The issue's labels: the `Type` (lower case) first, then the `Labels` values, without
    /// case-insensitive repeats.
    public var labels: [String] {
        var seen: Set<String> = []
        let listed = setValue(IssueNNNFieldName.labels).map { $0.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty } } ?? []
        return ((typeLabel.map { [$0] } ?? []) + listed).filter { seen.insert($0.lowercased()).inserted }
    }

    /// `Assigned To`; `nil` for `unassigned` (any case) as well.
    public var assignee: String? {
        guard let value = setValue(IssueNNNFieldName.assignedTo),
              value.lowercased() != IssueNNNFieldName.unassigned
        else { return nil }
        return value
    }

    /// `Discovered By`.
    public var author: String? {
        setValue(IssueNNNFieldName.discoveredBy)
    }

    /// The `*Filed:*` date, when the value starts with a `YYYY-MM-DD` date.
    public var created: String? {
        filed.flatMap { IssueNNNSyntax.leadingDate($0.value) }
    }

    /// The `*Resolved:*` date, when the value starts with a `YYYY-MM-DD` date (not for
    /// an empty value or `pending`).
    public var closed: String? {
        resolved.flatMap { IssueNNNSyntax.leadingDate($0.value) }
    }

    /// What follows the date in `*Resolved: 2026-03-02 - fixed in abc*`: `fixed in abc`.
    public var resolvedNote: String? {
        resolved.flatMap { IssueNNNSyntax.noteAfterDate($0.value) }
    }

    /// Every field not mapped above (`Discovered During`, `Affected Files`, any other key), in
    /// file order, first occurrences only; values as written, continuation lines joined by `\n`.
    public var extraFields: [(key: String, value: String)] {
        var seen: Set<String> = Set(IssueNNNFieldName.mapped.map(IssueNNNSyntax.normalizedKey))
        var result: [(key: String, value: String)] = []
        for field in fields where seen.insert(IssueNNNSyntax.normalizedKey(field.key)).inserted {
            result.append((field.key, field.fullValue))
        }
        return result
    }

    /// A field's full value unless it is unset in practice.
    private func setValue(_ key: String) -> String? {
        guard let value = field(key)?.fullValue, !IssueNNNSyntax.isUnset(value) else { return nil }
        return value
    }
}

extension IssueNNNDocument {
    /// The 0-based line where the footer block starts: the first `*Filed:*`/`*Resolved:*`
    /// item, or the `---` rule that sets it off (blank lines between them included); `nil`
    /// without a footer.
    func footerStart(in lines: TextLines) -> Int? {
        guard var start = [filed?.line, resolved?.line].compactMap({ $0 }).min().map({ $0 - 1 }) else { return nil }
        var above = start - 1
        while above >= 0, lines.content(above).allSatisfy(\.isWhitespace) { above -= 1 }
        if above >= 0, ruleLines.contains(above + 1) { start = above }
        return start
    }
}
