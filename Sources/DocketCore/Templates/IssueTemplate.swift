/// An issue template: defaults from its front matter and a Mustache body.
///
/// Docket's own keys (`labels`, `priority`, `assignee`, `title` as a prefix) and GitHub's
/// issue-template keys (`name`, `about`, `title`, `labels` as a list or comma-separated
/// string, `assignees`) are both understood, so `.github/ISSUE_TEMPLATE/*.md` works as is.
struct IssueTemplate: Sendable {
    /// The most a template may render (10 MB of UTF-8); `new` fails and writes nothing beyond it.
    static let maximumRenderedLength = 10 << 20

    var name: String?
    var about: String?
    var titlePrefix: String
    var labels: [String]
    var priority: Priority?
    var assignee: String?
    /// The body source, after the front matter.
    var source: String
    var path: String
    /// How many lines of the file precede the body, to report errors at file positions.
    var bodyLineOffset: Int
    /// The issue form this template was read from (a `.yml` or `.yaml` file), if it was one.
    var form: IssueForm?
    /// Front matter fields the new issue starts with (an issue form's `type`).
    var fields: [(key: String, value: String)] = []

    /// Parses a template file's text; `path` is what errors print.
    init(text: String, path: String) throws(Diagnostic) {
        self.path = path
        guard FrontMatter.starts(text) else {
            name = nil
            about = nil
            titlePrefix = ""
            labels = []
            priority = nil
            assignee = nil
            source = text
            bodyLineOffset = 0
            return
        }
        let matter = try FrontMatter(parsing: text, path: path)
        name = matter["name"]?.scalar
        about = matter["about"]?.scalar
        titlePrefix = matter["title"]?.scalar ?? ""
        labels = matter["labels"]?.items ?? []
        if let text = matter["priority"]?.scalar, !text.isEmpty {
            guard let level = Priority(level: text) else {
                let line = (matter.entry("priority")?.lines.lowerBound ?? 0) + 1
                throw Diagnostic("unknown priority '\(text)' (expected critical, high, medium or low)", at: SourceLocation(path: path, line: line))
            }
            priority = level
        } else {
            priority = nil
        }
        assignee = matter["assignee"]?.scalar.nonEmpty ?? matter["assignees"]?.items.first
        var body = matter.body
        bodyLineOffset = matter.closingLine + 1
        if body.hasPrefix("\r\n") || body.hasPrefix("\n") {
            body.removeFirst()
            bodyLineOffset += 1
        }
        source = body
    }

    /// The body template parsed, with positions counted in the whole file.
    func parsedBody() throws(Diagnostic) -> Template {
        do {
            return try Template(parsing: source, path: path)
        } catch {
            var shifted = error
            shifted.location.line += bodyLineOffset
            throw shifted
        }
    }
}
