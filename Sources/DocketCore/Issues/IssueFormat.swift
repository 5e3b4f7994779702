import Foundation

/// Dispatches between the two file formats: YAML front matter (Docket's own) and the
/// `# PREFIX-NNN: Title` dialect with `**Key**: value` fields.
enum IssueFormat {
    static func parse(_ text: String, path: String, state: IssueState) -> Result<Issue, Diagnostic> {
        if FrontMatter.starts(text) {
            do {
                return .success(try IssueFile.parse(frontMatterText: text, path: path, state: state))
            } catch {
                return .failure(error)
            }
        }
        let name = (path as NSString).lastPathComponent
        let document = ProtocolDocument(text: text, fileName: name, path: path)
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
            claimed: document.extraFields.first { $0.key.lowercased() == "claimed" }?.value,
            blockedBy: blockedBy,
            fields: document.extraFields.filter { !special.contains($0.key.lowercased()) },
            body: document.body,
            path: path
        )
        return .success(issue)
    }

    static func apply(_ changes: [IssueChange], to text: String, path: String) throws(Diagnostic) -> String {
        guard !FrontMatter.starts(text) else {
            return try IssueChange.apply(changes, toFrontMatter: text, path: path)
        }
        return changes.reduce(text) { $1.applyToProtocol($0) }
    }
}

extension ProtocolDocument {
    /// Writes `labels` into the dialect: a `Type` that is still among them stays as written,
    /// one that is not is removed, and every other label goes in a `Labels` line (added
    /// when needed, removed when empty).
    static func settingLabels(_ labels: [String], in text: String) -> String {
        let type = ProtocolDocument(text: text, fileName: "", path: "").typeLabel
        var text = text
        var rest = labels
        if let type {
            if let index = rest.firstIndex(where: { $0.lowercased() == type }) {
                rest.remove(at: index)
            } else {
                text = removingField(ProtocolKey.type, in: text)
            }
        }
        return rest.isEmpty ? removingField(ProtocolKey.labels, in: text)
            : settingField(ProtocolKey.labels, to: rest.joined(separator: ", "), in: text)
    }
}

extension IssueChange {
    /// The same change, written in the dialect's own fields.
    func applyToProtocol(_ text: String) -> String {
        switch self {
        case .title(let title): return ProtocolDocument.settingTitle(title, in: text)
        case .priority(let priority): return ProtocolDocument.settingField("Severity", to: priority.text.uppercased(), in: text)
        case .labels(let labels):
            return ProtocolDocument.settingLabels(labels, in: text)
        case .assignee(let assignee): return ProtocolDocument.settingField("Assigned To", to: assignee ?? "unassigned", in: text)
        case .claimed(let claimed):
            return claimed.map { ProtocolDocument.settingField("Claimed", to: $0, in: text) } ?? ProtocolDocument.removingField("Claimed", in: text)
        case .blockedBy(let keys):
            return keys.isEmpty ? ProtocolDocument.removingField("Blocked By", in: text)
                : ProtocolDocument.settingField("Blocked By", to: keys.map(\.plain).joined(separator: ", "), in: text)
        case .updated: return text
        case .close(let time, let reason, let commit):
            var resolution = reason
            if let commit { resolution = "Resolved in \(commit)" + (reason.map { ": \($0)" } ?? "") }
            return ProtocolDocument.closing(text, date: String(time.prefix(10)), resolution: resolution)
        case .reopen: return ProtocolDocument.reopening(text)
        case .appendToBody(let addition): return TextLines.appending(addition, to: text)
        case .body(let body):
            let start = ProtocolDocument(text: text, fileName: "", path: "").bodyStartLine
            return TextLines(text).replacingLines(from: start - 1, with: body)
        }
    }
}
