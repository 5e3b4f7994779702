/// Surgical edits of a dialect file: pure functions from text to text that change only the
/// lines they must. Every other line keeps its bytes, including `\r\n` endings, trailing
/// spaces and a missing final newline; added lines take the file's own line ending. Keys
/// and section titles are matched case-insensitively; values are written on one line.
extension IssueNNNDocument {
    /// Sets a field on its own line (`**Severity**: HIGH` → `**Severity**: LOW`), in the variant
    /// the file uses. A missing field is added after the last field of the metadata block
    /// (so before its `---`); continuation lines of the old value are removed.
    public static func settingField(_ key: String, to value: String, in text: String) -> String {
        var editor = IssueNNNEditor(text)
        editor.setField(key, to: value)
        return editor.text
    }

    /// Removes every line of a field (all occurrences, continuation lines included).
    public static func removingField(_ key: String, in text: String) -> String {
        var editor = IssueNNNEditor(text)
        editor.removeField(key)
        return editor.text
    }

    /// Sets the title in the heading, keeping its `PREFIX-NNN` as written; the heading is
    /// rewritten as `# PREFIX-NNN: title`. A file without a heading gets one before its
    /// first line of text, named with `fallbackID` when given.
    public static func settingTitle(_ title: String, in text: String, fallbackID: IssueKey? = nil) -> String {
        var editor = IssueNNNEditor(text)
        editor.setTitle(title, fallbackID: fallbackID)
        return editor.text
    }

    /// Closes an issue the way the dialect's teams do:
    ///
    /// - `Status` becomes `status` (`Resolved`, or e.g. `Won't Fix`), added when missing.
    /// - `resolution`, when given, goes under `## Resolution`: in place of a `[placeholder]`
    ///   paragraph there, else after the text already written; a missing section is added
    ///   before the footer's `---` (or the footer, or at the end).
    /// - `*Resolved:*` gets `date`: an empty, `pending` or placeholder value is replaced, the
    ///   date of a `date - note` value is replaced with the note kept, other text is kept
    ///   after the date (`date - text`). A missing item is added after `*Filed:*`, or at the end.
    ///
    /// Moving the file to `closed/` is the caller's business.
    public static func closing(_ text: String, date: String, status: String = "Resolved", resolution: String? = nil) -> String {
        var editor = IssueNNNEditor(text)
        editor.setField(IssueNNNFieldName.status, to: status)
        if let resolution {
            editor.writeSection("Resolution", text: resolution, place: .beforeFooter)
        }
        let old = editor.document.resolved?.value ?? ""
        editor.setFooter(.resolved, to: resolvedValue(replacing: old, date: date))
        return editor.text
    }

    /// Reopens an issue: `Status` becomes `Open` and the `*Resolved:*` value is emptied
    /// (`*Resolved: *`; a missing item is not added). The Resolution text stays as history.
    public static func reopening(_ text: String) -> String {
        var editor = IssueNNNEditor(text)
        editor.setField(IssueNNNFieldName.status, to: IssueStatus.open.text)
        if editor.document.resolved != nil {
            editor.setFooter(.resolved, to: "")
        }
        return editor.text
    }

    /// Values of `*Resolved:*` that say "not yet" and are replaced by the date outright.
    static let unresolvedWords: Set<String> = ["", "pending", "tbd", "n/a", "na", "none", "-", "–", "—", "open", "unresolved", "not yet"]

    /// First words of a `*Resolved:*` placeholder sentence: `pending Phase 5 remediation`, `TBD after review`.
    static let unresolvedLeadingWords: Set<String> = ["pending", "tbd", "unresolved", "awaiting"]

    /// The `*Resolved:*` value after closing on `date`.
    static func resolvedValue(replacing old: String, date: String) -> String {
        let value = IssueNNNSyntax.trimmed(old)
        let firstWord = value.prefix { $0.isLetter }.lowercased()
        if unresolvedWords.contains(value.lowercased()) || IssueNNNSyntax.isDatePlaceholder(value)
            || IssueNNNSyntax.isPlaceholder(value) || unresolvedLeadingWords.contains(firstWord) {
            return date
        }
        if IssueNNNSyntax.leadingDate(value) != nil {
            return date + value.dropFirst(10)
        }
        return "\(date) - \(value)"
    }
}
