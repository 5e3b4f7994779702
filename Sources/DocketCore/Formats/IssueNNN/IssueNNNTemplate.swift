/// Fills a dialect template that has no Mustache tags, by the template's own conventions.
///
/// - Heading `# ISSUE-[XXX]: [Title]`: the number slot (`[XXX]`, `XXX`, `[NNN]`, `NNN`) becomes
///   the zero-padded number, the prefix is kept unless `values.prefix` is given, and all that
///   follows the colon becomes the title. A heading without `PREFIX-` gets one (`ISSUE` when
///   no prefix is known); a template without heading gets `# PREFIX-NNN: Title` on top.
/// - A field listing choices (`CRITICAL | HIGH | MEDIUM | LOW`, brackets allowed) gets the
///   choice that matches, case-insensitively: Severity the priority, Type a label, Discovered
///   By the author, Assigned To the assignee (or `unassigned`); else its first choice (so
///   Status gets `Open`) — except Type, which stays unchosen for the author when no label is
///   one of its choices.
/// - Labels that no `Type` choice took go in a `**Labels**:` line (added when needed).
/// - A `[placeholder]` field gets what is known: Severity the priority (`HIGH` for `high`),
///   Status `Open`, Discovered By the author, Assigned To the assignee or `unassigned`,
///   Affected Files the files in backticks.
/// - `values.fields` set any field outright; keys the template lacks are added, sorted.
/// - The body replaces the first `[placeholder]` paragraph under `## Description`, else
///   follows what the section already says; the section is added after the metadata when missing.
/// - `*Filed:*` gets the date when it is `YYYY-MM-DD`, `[YYYY-MM-DD]`, `[date]` or empty
///   (and is added when missing); a placeholder `*Resolved:*` becomes `*Resolved: *`.
///
/// Everything else stays exactly as the template wrote it.
public enum IssueNNNTemplate {
    /// The prefix the template's heading names (`ISSUE` for `# ISSUE-[XXX]: [Title]`), upper-cased.
    public static func headingPrefix(of template: String) -> String? {
        let document = IssueNNNDocument(text: template, fileName: "")
        guard let title = document.title, document.headingLine != nil else { return nil }
        let letters = title.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, title.dropFirst(letters.count).first == "-" else { return nil }
        return letters.uppercased()
    }

    /// The filled template.
    public static func fill(_ template: String, with values: IssueNNNTemplateValues) -> String {
        var editor = IssueNNNEditor(template)
        fillHeading(&editor, values)
        fillFields(&editor, values)
        if let body = values.body {
            editor.writeSection("Description", text: body, place: .top)
        }
        fillFooter(&editor, values)
        return editor.text
    }

    private static func fillHeading(_ editor: inout IssueNNNEditor, _ values: IssueNNNTemplateValues) {
        let number = IssueKey.pad(values.number, to: 3)
        let title = IssueNNNSyntax.singleLine(values.title)
        guard let headingLine = editor.document.headingLine,
              let text = IssueNNNSyntax.heading(editor.lines.contents[headingLine - 1])?.title
        else {
            editor.setTitle(title, fallbackID: IssueKey(prefix: values.prefix ?? "ISSUE", number: values.number))
            return
        }
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        var prefix = values.prefix ?? "ISSUE"
        if !letters.isEmpty, text.dropFirst(letters.count).first == "-" {
            let slot = text.dropFirst(letters.count + 1).prefix { $0 != ":" && !$0.isWhitespace }
            if isNumberSlot(slot) { prefix = values.prefix ?? String(letters) }
        }
        editor.lines.replace(headingLine - 1, with: "# \(prefix)-\(number): \(title)")
    }

    /// `[XXX]`, `XXX`, `[NNN]`, `NNN` (any case, any length), `###`, or digits.
    private static func isNumberSlot(_ slot: Substring) -> Bool {
        var inner = slot
        if inner.hasPrefix("["), inner.hasSuffix("]"), inner.count >= 2 { inner = inner.dropFirst().dropLast() }
        guard let first = inner.first else { return false }
        if first.isASCII, first.isNumber { return inner.allSatisfy { $0.isASCII && $0.isNumber } }
        return inner.allSatisfy { $0 == first } && "XxNn#".contains(first)
    }

    private static func fillFields(_ editor: inout IssueNNNEditor, _ values: IssueNNNTemplateValues) {
        var overrides: [String: String] = [:]
        for (key, value) in values.fields { overrides[IssueNNNSyntax.normalizedKey(key)] = value }
        var seen: Set<String> = []
        for field in editor.document.fields {
            let key = IssueNNNSyntax.normalizedKey(field.key)
            guard seen.insert(key).inserted else { continue }
            if let value = overrides[key] ?? filledValue(for: field, values) {
                editor.setField(field.key, to: value)
            }
        }
        for (key, value) in values.fields.sorted(by: { $0.key < $1.key })
        where !seen.contains(IssueNNNSyntax.normalizedKey(key)) {
            editor.setField(IssueNNNSyntax.trimmed(key), to: value)
        }
        let type = editor.document.typeLabel.map(IssueNNNSyntax.choiceKey)
        let rest = values.labels.filter { IssueNNNSyntax.choiceKey($0) != type }
        if !rest.isEmpty, overrides[IssueNNNSyntax.normalizedKey(IssueNNNFieldName.labels)] == nil {
            editor.setField(IssueNNNFieldName.labels, to: rest.joined(separator: ", "))
        }
    }

    /// A field's value from what is known, or `nil` to leave it as the template wrote it.
    private static func filledValue(for field: IssueNNNField, _ values: IssueNNNTemplateValues) -> String? {
        let candidates: [String]
        let known: String?
        switch IssueNNNSyntax.normalizedKey(field.key) {
        case IssueNNNSyntax.normalizedKey(IssueNNNFieldName.severity):
            candidates = values.priority.map { [$0] } ?? []
            known = values.priority.map { IssueNNNFieldName.severities.contains($0.uppercased()) ? $0.uppercased() : $0 }
        case IssueNNNSyntax.normalizedKey(IssueNNNFieldName.type):
            candidates = values.labels
            known = nil
        case IssueNNNSyntax.normalizedKey(IssueNNNFieldName.status):
            candidates = []
            known = IssueStatus.open.text
        case IssueNNNSyntax.normalizedKey(IssueNNNFieldName.discoveredBy):
            candidates = values.author.map { [$0] } ?? []
            known = values.author
        case IssueNNNSyntax.normalizedKey(IssueNNNFieldName.assignedTo):
            known = values.assignee ?? IssueNNNFieldName.unassigned
            candidates = known.map { [$0] } ?? []
        case IssueNNNSyntax.normalizedKey(IssueNNNFieldName.affectedFiles):
            candidates = []
            known = values.files.isEmpty ? nil : values.files.map { "`\($0)`" }.joined(separator: ", ")
        default:
            candidates = []
            known = nil
        }
        if let choices = IssueNNNSyntax.choices(field.value) {
            let wanted = Set(candidates.map(IssueNNNSyntax.choiceKey))
            let chosen = choices.first { wanted.contains(IssueNNNSyntax.choiceKey($0)) }
            let isType = IssueNNNSyntax.normalizedKey(field.key) == IssueNNNSyntax.normalizedKey(IssueNNNFieldName.type)
            return chosen ?? (isType ? nil : choices[0])
        }
        return IssueNNNSyntax.isPlaceholder(field.value) ? known : nil
    }

    private static func fillFooter(_ editor: inout IssueNNNEditor, _ values: IssueNNNTemplateValues) {
        let document = editor.document
        if document.filed.map({ IssueNNNSyntax.isDatePlaceholder($0.value) }) ?? true {
            editor.setFooter(.filed, to: values.date)
        }
        if let resolved = document.resolved, !resolved.value.isEmpty, IssueNNNSyntax.isDatePlaceholder(resolved.value) {
            editor.setFooter(.resolved, to: "")
        }
    }
}
