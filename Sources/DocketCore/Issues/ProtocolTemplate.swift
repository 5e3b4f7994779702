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
public enum ProtocolTemplate {
    /// The prefix the template's heading names (`ISSUE` for `# ISSUE-[XXX]: [Title]`), upper-cased.
    public static func headingPrefix(of template: String) -> String? {
        let document = ProtocolDocument(text: template, fileName: "")
        guard let title = document.title, document.headingLine != nil else { return nil }
        let letters = title.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, title.dropFirst(letters.count).first == "-" else { return nil }
        return letters.uppercased()
    }

    /// The filled template.
    public static func fill(_ template: String, with values: ProtocolTemplateValues) -> String {
        var editor = ProtocolEditor(template)
        fillHeading(&editor, values)
        fillFields(&editor, values)
        if let body = values.body {
            editor.writeSection("Description", text: body, place: .top)
        }
        fillFooter(&editor, values)
        return editor.text
    }

    private static func fillHeading(_ editor: inout ProtocolEditor, _ values: ProtocolTemplateValues) {
        let number = ProtocolID.padded(values.number)
        let title = ProtocolSyntax.singleLine(values.title)
        guard let headingLine = editor.document.headingLine,
              let text = ProtocolSyntax.heading(editor.lines.contents[headingLine - 1])?.title
        else {
            editor.setTitle(title, fallbackID: ProtocolID(prefix: values.prefix ?? "ISSUE", number: values.number))
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

    private static func fillFields(_ editor: inout ProtocolEditor, _ values: ProtocolTemplateValues) {
        var overrides: [String: String] = [:]
        for (key, value) in values.fields { overrides[ProtocolSyntax.normalizedKey(key)] = value }
        var seen: Set<String> = []
        for field in editor.document.fields {
            let key = ProtocolSyntax.normalizedKey(field.key)
            guard seen.insert(key).inserted else { continue }
            if let value = overrides[key] ?? filledValue(for: field, values) {
                editor.setField(field.key, to: value)
            }
        }
        for (key, value) in values.fields.sorted(by: { $0.key < $1.key })
        where !seen.contains(ProtocolSyntax.normalizedKey(key)) {
            editor.setField(ProtocolSyntax.trimmed(key), to: value)
        }
        let type = editor.document.typeLabel.map(ProtocolSyntax.choiceKey)
        let rest = values.labels.filter { ProtocolSyntax.choiceKey($0) != type }
        if !rest.isEmpty, overrides[ProtocolSyntax.normalizedKey(ProtocolKey.labels)] == nil {
            editor.setField(ProtocolKey.labels, to: rest.joined(separator: ", "))
        }
    }

    /// A field's value from what is known, or `nil` to leave it as the template wrote it.
    private static func filledValue(for field: ProtocolField, _ values: ProtocolTemplateValues) -> String? {
        let candidates: [String]
        let known: String?
        switch ProtocolSyntax.normalizedKey(field.key) {
        case ProtocolSyntax.normalizedKey(ProtocolKey.severity):
            candidates = values.priority.map { [$0] } ?? []
            known = values.priority.map { ProtocolKey.severities.contains($0.uppercased()) ? $0.uppercased() : $0 }
        case ProtocolSyntax.normalizedKey(ProtocolKey.type):
            candidates = values.labels
            known = nil
        case ProtocolSyntax.normalizedKey(ProtocolKey.status):
            candidates = []
            known = ProtocolStatus.open.text
        case ProtocolSyntax.normalizedKey(ProtocolKey.discoveredBy):
            candidates = values.author.map { [$0] } ?? []
            known = values.author
        case ProtocolSyntax.normalizedKey(ProtocolKey.assignedTo):
            known = values.assignee ?? ProtocolKey.unassigned
            candidates = known.map { [$0] } ?? []
        case ProtocolSyntax.normalizedKey(ProtocolKey.affectedFiles):
            candidates = []
            known = values.files.isEmpty ? nil : values.files.map { "`\($0)`" }.joined(separator: ", ")
        default:
            candidates = []
            known = nil
        }
        if let choices = ProtocolSyntax.choices(field.value) {
            let wanted = Set(candidates.map(ProtocolSyntax.choiceKey))
            let chosen = choices.first { wanted.contains(ProtocolSyntax.choiceKey($0)) }
            let isType = ProtocolSyntax.normalizedKey(field.key) == ProtocolSyntax.normalizedKey(ProtocolKey.type)
            return chosen ?? (isType ? nil : choices[0])
        }
        return ProtocolSyntax.isPlaceholder(field.value) ? known : nil
    }

    private static func fillFooter(_ editor: inout ProtocolEditor, _ values: ProtocolTemplateValues) {
        let document = editor.document
        if document.filed.map({ ProtocolSyntax.isDatePlaceholder($0.value) }) ?? true {
            editor.setFooter(.filed, to: values.date)
        }
        if let resolved = document.resolved, !resolved.value.isEmpty, ProtocolSyntax.isDatePlaceholder(resolved.value) {
            editor.setFooter(.resolved, to: "")
        }
    }
}
