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
            labels: document.typeLabel.map { [$0] } ?? [],
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

extension IssueChange {
    /// The same change, written in the dialect's own fields.
    func applyToProtocol(_ text: String) -> String {
        switch self {
        case .title(let title): return ProtocolDocument.settingTitle(title, in: text)
        case .priority(let priority): return ProtocolDocument.settingField("Severity", to: priority.text.uppercased(), in: text)
        case .labels(let labels):
            guard let type = labels.first else { return ProtocolDocument.removingField("Type", in: text) }
            return ProtocolDocument.settingField("Type", to: type.capitalized, in: text)
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
        case .appendToBody(let addition): return text + (text.hasSuffix("\n") || text.isEmpty ? "" : "\n") + addition
        }
    }
}
