/// Line-level edits of a dialect file. Each edit reads the current lines afresh, then
/// replaces, inserts or removes only the lines it must; every other line keeps its bytes.
struct IssueNNNEditor {
    var lines: IssueNNNLines

    init(_ text: String) {
        lines = IssueNNNLines(text)
    }

    var text: String { lines.text }

    var document: IssueNNNDocument {
        IssueNNNDocument(lines: lines, fileName: "", path: "")
    }

    /// Sets the first field named `key` (its continuation lines go), or adds it at the end
    /// of the metadata block in the style of the field above.
    mutating func setField(_ key: String, to value: String) {
        let document = self.document
        let value = IssueNNNSyntax.singleLine(value)
        if let field = document.field(key) {
            lines.replace(field.line - 1, with: field.style.line(key: field.key, value: value))
            lines.remove(field.line..<field.lastLine)
        } else if let last = document.fields.last {
            lines.insert([last.style.line(key: key, value: value)], at: last.lastLine)
        } else {
            let line = IssueNNNFieldStyle.plain.line(key: key, value: value)
            let index = document.headingLine ?? (document.contentStartLine - 1)
            lines.insertParagraph([line], at: min(index, lines.count), padBefore: document.headingLine != nil)
        }
    }

    /// Removes every field named `key`, continuation lines included.
    mutating func removeField(_ key: String) {
        for field in document.fields.reversed() where field.has(key: key) {
            lines.remove((field.line - 1)..<field.lastLine)
        }
    }

    /// Rewrites the heading as `# ID: title`, keeping the ID as written; adds a heading
    /// (with `fallbackID` when given) where there is none.
    mutating func setTitle(_ title: String, fallbackID: IssueKey?) {
        let document = self.document
        let title = IssueNNNSyntax.singleLine(title)
        guard let headingLine = document.headingLine else {
            let heading = "# " + (fallbackID.map { "\($0): " } ?? "") + title
            lines.insertParagraph([heading], at: min(document.contentStartLine - 1, lines.count), padBefore: false)
            return
        }
        let text = IssueNNNSyntax.heading(lines.contents[headingLine - 1])?.title ?? ""
        let idText: String?
        if let (_, rest) = IssueKey.leadingPrefixed(in: Substring(text)) {
            idText = String(text[..<rest.startIndex])
        } else {
            idText = fallbackID?.description
        }
        lines.replace(headingLine - 1, with: "# " + (idText.map { "\($0): " } ?? "") + title)
    }

    /// Sets a footer item's value, or adds the item: `*Resolved:*` right after the Filed
    /// line, `*Filed:*` right before the Resolved line, and with no footer at all after the
    /// last line of text.
    mutating func setFooter(_ kind: IssueNNNFooter.Kind, to value: String) {
        let document = self.document
        let existing = kind == .filed ? document.filed : document.resolved
        if let existing, let line = IssueNNNFooter.replacingValue(
            of: kind, in: lines.contents[existing.line - 1], with: value
        ) {
            lines.replace(existing.line - 1, with: line)
        } else if kind == .resolved, let filed = document.filed {
            lines.insert([IssueNNNFooter.line(kind, value: value)], at: filed.line)
        } else if kind == .filed, let resolved = document.resolved {
            lines.insert([IssueNNNFooter.line(kind, value: value)], at: resolved.line - 1)
        } else {
            let end = lines.endOfContent(from: 0, before: lines.count)
            lines.insertParagraph([IssueNNNFooter.line(kind, value: value)], at: end)
        }
    }

    /// Where `writeSection` adds a section the file does not have.
    enum NewSectionPlace {
        /// Right after the metadata block.
        case top
        /// Before the footer's `---` (or the footer, or at the end).
        case beforeFooter
    }

    /// Writes `text` into the section titled `title`: in place of its first `[placeholder]`
    /// paragraph, else after what it already says. A missing section is added at `place`.
    mutating func writeSection(_ title: String, text: String, place: NewSectionPlace) {
        let paragraph = IssueNNNLines.split(text)
        guard !paragraph.isEmpty else { return }
        let document = self.document
        guard let section = document.section(title) else {
            let anchor = place == .top ? min(document.bodyStartLine - 1, lines.count) : footerAnchor(document)
            lines.insertParagraph(["## \(title)", ""] + paragraph, at: anchor)
            return
        }
        let start = section.line
        let end = sectionEnd(section, in: document)
        if let placeholder = placeholderParagraph(in: start..<end) {
            lines.remove(placeholder)
            lines.insert(paragraph, at: placeholder.lowerBound)
            return
        }
        lines.insertParagraph(paragraph, at: lines.endOfContent(from: start, before: end))
    }

    /// The line index where a section ends: the next heading of the same or a higher level,
    /// a `---` line, or the footer, whichever comes first.
    private func sectionEnd(_ section: IssueNNNSection, in document: IssueNNNDocument) -> Int {
        var candidates = document.sections.filter { $0.line > section.line && $0.level <= section.level }.map(\.line)
        candidates += document.ruleLines.filter { $0 > section.line }
        candidates += [document.filed?.line, document.resolved?.line].compactMap { $0 }.filter { $0 > section.line }
        return (candidates.min() ?? lines.count + 1) - 1
    }

    /// The first paragraph in `range` that is a `[placeholder]` as a whole.
    private func placeholderParagraph(in range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        while index < range.upperBound {
            guard !lines.isBlank(index) else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, !lines.isBlank(end) { end += 1 }
            let joined = lines.contents[index..<end].map { IssueNNNSyntax.trimmed($0) }.joined(separator: " ")
            if IssueNNNSyntax.isPlaceholder(joined) { return index..<end }
            index = end
        }
        return nil
    }

    /// Where a new section goes: before the `---` that sets off the footer, else before the
    /// footer, else after the last line of text.
    private func footerAnchor(_ document: IssueNNNDocument) -> Int {
        let footerLines = [document.filed?.line, document.resolved?.line].compactMap { $0 }
        guard let footer = footerLines.min() else {
            return lines.endOfContent(from: document.bodyStartLine - 1, before: lines.count)
        }
        let before = lines.endOfContent(from: document.bodyStartLine - 1, before: footer - 1)
        if before > 0, before > document.bodyStartLine - 1, IssueNNNSyntax.isSeparator(lines.contents[before - 1]) {
            return before - 1
        }
        return footer - 1
    }
}
