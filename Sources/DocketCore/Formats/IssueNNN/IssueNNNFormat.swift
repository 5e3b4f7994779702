import Foundation

/// The hand-kept dialect: a `# PREFIX-NNN: Title` heading, `**Key**: value` fields, a body,
/// and `*Filed:*`/`*Resolved:*` footer lines; the file is named `PREFIX-NNN-slug.md`.
struct IssueNNNFormat: IssueFileFormat {
    var name: String { "ISSUE-NNN" }

    /// Whatever is not front matter: the dialect's parser says why a file is neither.
    func claims(_ text: String) -> Bool { true }

    func read(_ text: String, path: String, state: IssueState) -> IssueReading {
        reading(of: IssueNNNDocument(text: text, fileName: (path as NSString).lastPathComponent, path: path), path: path, state: state)
    }

    /// What a parsed document reads as.
    func reading(of document: IssueNNNDocument, path: String, state: IssueState) -> IssueReading {
        var reading = IssueReading(IssueNNNFormat.issue(from: document, path: path, state: state))
        if document.fileID != nil || document.headingID != nil, !document.errors.isEmpty { reading.errors = document.errors }
        reading.warnings = IssueNNNFormat.warnings(of: document)
        reading.keyLine = document.headingLine ?? 1
        reading.namedKey = document.headingID.map { IssueKey(prefix: $0.prefix, number: $0.number) }
        reading.statusLine = document.field(IssueNNNFieldName.status)?.line
        reading.statusWord = document.statusKind
        reading.blockedByLine = document.field("Blocked By")?.line
        if let fileID = document.fileID, let headingID = document.headingID, fileID != headingID {
            reading.fileNameProblem = "the heading says \(headingID) but the file name says \(fileID)"
        }
        return reading
    }

    func apply(_ changes: [IssueChange], to text: String, path: String) throws(Diagnostic) -> String {
        changes.reduce(text) { $1.applyToIssueNNN($0) }
    }

    /// A fresh `PREFIX-NNN` in the file name (the slug kept) and in the heading.
    func renumbered(_ text: String, reading: IssueReading, fileName: String, to key: IssueKey) throws -> (name: String, text: String) {
        let document = IssueNNNDocument(text: text, fileName: fileName)
        let id = key
        let slug = document.slug.map { $0.isEmpty ? "" : "-" + $0 } ?? ""
        let renamed = document.headingID == nil ? nil : IssueNNNFormat.replacingHeadingID(in: text, line: reading.keyLine, with: id)
        return ("\(id)\(slug).md", renamed ?? text)
    }

    /// The irregularities the parser read past (a field given twice, a stray line in the
    /// metadata block, a code block never closed, a heading not in `# PREFIX-NNN: Title`
    /// form), less two: a heading whose ID disagrees with the file name (reported as the
    /// file-name problem) and a file without any field, which is a short issue rather than a
    /// wrong one.
    private static func warnings(of document: IssueNNNDocument) -> [Diagnostic] {
        document.warnings.filter { warning in
            if warning.message.hasPrefix("heading says "), document.fileID != document.headingID { return false }
            if document.fields.isEmpty, warning.message.hasPrefix("no `**Key**") { return false }
            return true
        }
    }

    /// The dialect's fields read as an issue.
    private static func issue(from document: IssueNNNDocument, path: String, state: IssueState) -> Result<Issue, Diagnostic> {
        if let error = document.errors.first {
            // A file that is neither format is most likely a Docket file missing its fence.
            guard document.fileID != nil || document.headingID != nil else {
                return .failure(Diagnostic("expected front matter starting with '---' or a '# PREFIX-NNN: Title' heading", at: SourceLocation(path: path, line: 1)))
            }
            return .failure(error)
        }
        guard let id = document.id else {
            return .failure(Diagnostic("no issue key in the file name or heading", at: SourceLocation(path: path, line: 1)))
        }
        let special: Set<String> = ["blocked by", "claimed"]
        let blockedBy = document.extraFields.first { $0.key.lowercased() == "blocked by" }.map { field in
            field.value.split(separator: ",").compactMap { IssueKey(parsing: $0.trimmingSpaces) }
        } ?? []
        let resolution = state == .closed ? document.resolution : (reason: nil, commit: nil)
        let issue = Issue(
            key: IssueKey(prefix: id.prefix, number: id.number),
            title: document.title ?? "",
            state: state,
            status: document.status,
            priority: document.priority.map(Priority.init(reading:)) ?? .medium,
            labels: document.labels,
            assignee: document.assignee,
            author: document.author,
            created: document.created,
            closed: document.closed,
            closedReason: resolution.reason,
            closedBy: resolution.commit,
            claimed: document.extraFields.first { $0.key.lowercased() == "claimed" }?.value,
            blockedBy: blockedBy,
            fields: document.extraFields.filter { !special.contains($0.key.lowercased()) },
            body: document.body,
            path: path
        )
        return .success(issue)
    }

    /// `text` with the heading on `line` naming `id` instead of its old key.
    static func replacingHeadingID(in text: String, line: Int, with id: IssueKey) -> String? {
        var lines = TextLines(text)
        guard line >= 1, line <= lines.count else { return nil }
        let original = lines.lines[line - 1]
        let start = original.firstIndex { $0 != "#" && $0 != " " && $0 != "\t" } ?? original.endIndex
        guard original.first == "#", let (_, rest) = IssueKey.leadingPrefixed(in: original[start...]) else { return nil }
        lines.lines[line - 1] = Substring(String(original[..<start]) + id.description + String(rest))
        return lines.text
    }
}

extension IssueNNNDocument {
    /// Writes `labels` into the dialect: a `Type` that is still among them stays as written,
    /// one that is not is removed, and every other label goes in a `Labels` line (added
    /// when needed, removed when empty).
    static func settingLabels(_ labels: [String], in text: String) -> String {
        let type = IssueNNNDocument(text: text, fileName: "", path: "").typeLabel
        var text = text
        var rest = labels
        if let type {
            if let index = rest.firstIndex(where: { $0.lowercased() == type }) {
                rest.remove(at: index)
            } else {
                text = removingField(IssueNNNFieldName.type, in: text)
            }
        }
        return rest.isEmpty ? removingField(IssueNNNFieldName.labels, in: text)
            : settingField(IssueNNNFieldName.labels, to: rest.joined(separator: ", "), in: text)
    }
}

extension IssueChange {
    /// The same change, written in the dialect's own fields.
    func applyToIssueNNN(_ text: String) -> String {
        switch self {
        case .title(let title): return IssueNNNDocument.settingTitle(title, in: text)
        case .priority(let priority): return IssueNNNDocument.settingField("Severity", to: priority.text.uppercased(), in: text)
        case .labels(let labels):
            return IssueNNNDocument.settingLabels(labels, in: text)
        case .assignee(let assignee): return IssueNNNDocument.settingField("Assigned To", to: assignee ?? "unassigned", in: text)
        case .claimed(let claimed):
            return claimed.map { IssueNNNDocument.settingField("Claimed", to: $0, in: text) } ?? IssueNNNDocument.removingField("Claimed", in: text)
        case .blockedBy(let keys):
            return keys.isEmpty ? IssueNNNDocument.removingField("Blocked By", in: text)
                : IssueNNNDocument.settingField("Blocked By", to: keys.map(\.plain).joined(separator: ", "), in: text)
        case .updated: return text
        case .author(let author): return IssueNNNDocument.settingField(IssueNNNFieldName.discoveredBy, to: author, in: text)
        case .created(let time):
            var editor = IssueNNNEditor(text)
            editor.setFooter(.filed, to: String(time.prefix(10)))
            return editor.text
        case .close(let time, let reason, let commit, let statusWord):
            var resolution = reason
            if let commit { resolution = "Resolved in \(commit)" + (reason.map { ": \($0)" } ?? "") }
            return IssueNNNDocument.closing(
                text, date: String(time.prefix(10)), status: statusWord ?? IssueStatus.resolved.text, resolution: resolution)
        case .reopen: return IssueNNNDocument.reopening(text)
        case .appendToBody(let addition): return TextLines.appending(addition, to: text)
        case .body(let body):
            let document = IssueNNNDocument(text: text, fileName: "", path: "")
            let lines = TextLines(text)
            let start = document.bodyStartLine - 1
            // The `*Filed:*`/`*Resolved:*` footer (with the `---` rule above it) is not body: it stays.
            let footer = document.footerStart(in: lines).flatMap { $0 > start ? $0 : nil } ?? lines.count
            let replaced = TextLines(lines.lines[..<footer].joined()).replacingLines(from: start, with: body)
            let tail = lines.lines[footer...].joined()
            guard !tail.isEmpty else { return replaced }
            return replaced + (replaced.hasSuffix("\n\n") || replaced.hasSuffix("\r\n\r\n") ? "" : lines.lineEnding) + tail
        }
    }
}
