import Foundation

/// Filing new issues in front matter: the template renders as the body under front matter
/// written from the request's values; numbers are bare.
extension FrontMatterFormat {
    var style: String { "frontmatter" }
    var defaultTemplate: String { DefaultTemplate.text }
    var keysHavePrefixes: Bool { false }
    var draftShape: String { "front matter that has a 'title'" }

    /// Any template another format does not claim.
    func writesIssues(from template: IssueTemplate) -> Bool { true }

    func newIssuePrefix(for request: NewIssueRequest, in store: IssueStore) throws -> String? { nil }

    /// The rendered template as the body, with the body text after it when the template has
    /// no `{{body}}`.
    func newIssueText(for request: NewIssueRequest, key: IssueKey) throws -> String {
        var body = try request.renderedTemplate(for: key)
        if let text = request.body, !(try request.templatePlacesBody()) { body = NewIssueRequest.appending(text, to: body) }
        let issue = Issue(
            key: key, title: request.title, state: .open, priority: request.priority, labels: request.labels,
            assignee: request.assignee, author: request.author, created: request.timestamp, updated: request.timestamp,
            fields: request.templateFields, body: body, path: ""
        )
        return IssueFile.render(issue)
    }

    /// Front matter with a `title`, read with `id: 1` when it names none. Front matter that
    /// does not parse but has a `title:` line is a draft with a mistake: its error, not body text.
    func draft(_ text: String, path: String) throws -> IssueReading? {
        guard FrontMatter.starts(text) else { return nil }
        let matter: FrontMatter
        do {
            matter = try FrontMatter(parsing: text, path: path)
        } catch {
            if FrontMatterFormat.fencedLines(of: text).contains(where: { $0.hasPrefix("title:") }) { throw error }
            return nil
        }
        guard matter.entry("title") != nil else { return nil }
        let numbered = matter.applying([.text("id", "1")])
        let reading = read(numbered, path: path, state: .open)
        _ = try reading.result.get()
        return reading
    }

    /// The lines between the opening `---` and the next `---` line (or the end).
    private static func fencedLines(of text: String) -> [Substring] {
        let lines = TextLines(text)
        var fenced: [Substring] = []
        for index in 1..<max(1, lines.count) {
            let line = lines.content(index)
            if line == "---" { break }
            fenced.append(line)
        }
        return fenced
    }
}
