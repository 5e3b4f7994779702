import Foundation

/// Filing new issues in the dialect: Mustache tags (if any) render first, then the
/// template's own bracket conventions are filled (`IssueNNNTemplate`); keys carry the
/// project's prefix.
extension IssueNNNFormat {
    var style: String { "protocol" }
    var defaultTemplate: String { IssueNNNDefaultTemplate.text }
    var keysHavePrefixes: Bool { true }
    var draftShape: String { "a '# PREFIX-NNN: Title' heading" }

    /// A template whose heading reads `# PREFIX-NNN: Title` (with any placeholder for the number).
    func writesIssues(from template: IssueTemplate) -> Bool {
        IssueNNNTemplate.headingPrefix(of: template.source) != nil
    }

    /// `--prefix`, else the project's (see `IssueStore.newIssuePrefix`).
    func newIssuePrefix(for request: NewIssueRequest, in store: IssueStore) throws -> String? {
        if let prefix = request.prefix { return prefix }
        return try store.newIssuePrefix(headingPrefix: IssueNNNTemplate.headingPrefix(of: request.template.source) ?? "ISSUE")
    }

    /// The body goes under `## Description` (added when missing) unless the Mustache tags placed it.
    func newIssueText(for request: NewIssueRequest, key: IssueKey) throws -> String {
        let rendersTags = Template.containsTags(request.template.source)
        let source = rendersTags ? try request.renderedTemplate(for: key) : request.template.source
        let placed = rendersTags ? try request.templatePlacesBody() : false
        let values = IssueNNNTemplateValues(
            prefix: key.prefix, number: key.number, title: request.title, priority: request.priority.text, labels: request.labels,
            author: request.author, assignee: request.assignee, files: request.files, fields: request.fields,
            body: placed ? nil : request.body?.trimmingTrailingNewlines, date: Timestamp.day(request.now)
        )
        return IssueNNNTemplate.fill(source, with: values)
    }

    /// A `# PREFIX-NNN: Title` heading with a title, and no front matter; read as if the file
    /// were named after the heading (a draft's own name means nothing), so only the heading
    /// names the key.
    func draft(_ text: String, path: String) throws -> IssueReading? {
        guard !FrontMatter.starts(text) else { return nil }
        let heading = IssueNNNDocument(text: text, fileName: "", path: path)
        guard let id = heading.headingID, heading.headingLine != nil,
              let title = heading.title, !title.trimmingSpacesAndNewlines.isEmpty
        else { return nil }
        let reading = reading(of: IssueNNNDocument(text: text, fileName: "\(id).md", path: path), path: path, state: .open)
        _ = try reading.result.get()
        return reading
    }
}
