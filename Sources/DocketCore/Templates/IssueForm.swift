/// A GitHub issue form: a `.yml` or `.yaml` file in an `ISSUE_TEMPLATE` folder whose `body`
/// lists elements to fill, with the issue's defaults beside it (`title` as a prefix, `labels`,
/// `assignees` and `type`).
///
/// A file that is not a form as GitHub reads it is an error at `path:line`.
struct IssueForm: Sendable {
    var name: String?
    var description: String?
    var titlePrefix: String
    var labels: [String]
    var assignees: [String]
    /// The issue type (`type`), which Docket keeps as a `type` front matter field.
    var type: String?
    var elements: [IssueFormElement]
    var path: String

    /// Parses a form file's text; `path` is what errors print.
    init(text: String, path: String) throws(Diagnostic) {
        self.path = path
        let root = try YAMLDocument(parsing: text, path: path).root
        let reader = IssueFormReader(path: path)
        guard root.entries != nil else { throw reader.error("an issue form is a mapping with 'name', 'description' and 'body'", at: root) }
        name = try root["name"].map { node throws(Diagnostic) in try reader.text(node, "name") }
        description = try root["description"].map { node throws(Diagnostic) in try reader.text(node, "description") }
        titlePrefix = try root["title"].map { node throws(Diagnostic) in try reader.text(node, "title") } ?? ""
        labels = try root["labels"].map { node throws(Diagnostic) in try reader.list(node, "labels") } ?? []
        assignees = try root["assignees"].map { node throws(Diagnostic) in try reader.list(node, "assignees") } ?? []
        type = try root["type"].map { node throws(Diagnostic) in try reader.text(node, "type") }.flatMap(\.nonEmpty)
        guard let body = root["body"] else { throw reader.error("an issue form needs a 'body' list of elements", at: root) }
        guard let items = body.items, !items.isEmpty else { throw reader.error("'body' must be a list of elements", at: body) }
        elements = try items.map { item throws(Diagnostic) in try reader.element(item) }
        var ids: Set<String> = []
        for element in elements {
            if let id = element.id, !ids.insert(id).inserted {
                throw Diagnostic("two elements have the id '\(id)'", at: SourceLocation(path: path, line: element.line))
            }
        }
        if elements.allSatisfy({ $0.kind == .markdown }) {
            throw reader.error("an issue form needs an element besides markdown", at: body)
        }
    }
}
