import Foundation

/// What `new` files, before any format writes it: the command line's values with the
/// template's defaults merged in, and the template to fill. Each format renders it in its
/// own way (`IssueFileFormat.newIssueText`).
struct NewIssueRequest {
    var title: String
    var labels: [String]
    var priority: Priority
    var assignee: String?
    /// The body text the user gave (`-m`, `-F`), if any.
    var body: String?
    var author: String
    /// Fields the template gives every new issue (an issue form's `type`).
    var templateFields: [(key: String, value: String)]
    /// `--field KEY=VALUE`: field values a format with named fields writes outright.
    var fields: [String: String]
    /// `--files`: the affected files, for a format that records them.
    var files: [String]
    /// `--prefix`, upper-cased; `nil` leaves the choice to the format.
    var prefix: String?
    var now: Date
    var timestamp: String
    /// The branch and commit checked out, for templates that mention them.
    var branch: String?
    var commit: String?
    var template: IssueTemplate
    var parsedTemplate: Template
    var partials: PartialResolver

    /// The values the template's Mustache tags see, for the issue numbered `key`.
    func mustacheValues(for key: IssueKey) -> JSONValue {
        .object([
            ("id", .int(key.number)), ("key", .string(key.plain)), ("title", .string(title)),
            ("date", .string(Timestamp.day(now))), ("timestamp", .string(timestamp)),
            ("author", .string(author)), ("labels", .array(labels.map(JSONValue.string))),
            ("priority", .string(priority.text)), ("assignee", assignee.map(JSONValue.string) ?? .null),
            ("body", body.map { JSONValue.string($0.trimmingTrailingNewlines) } ?? .null),
            // Empty strings are truthy in Mustache; null keeps `{{#branch}}` sections out.
            ("branch", branch.nonEmpty.map(JSONValue.string) ?? .null), ("commit", commit.nonEmpty.map(JSONValue.string) ?? .null),
            ("docket_version", .string(Docket.version)),
        ])
    }

    /// The template's Mustache tags rendered for the issue numbered `key`.
    func renderedTemplate(for key: IssueKey) throws -> String {
        try parsedTemplate.render(mustacheValues(for: key), escaping: .none, partials: partials, maximumLength: IssueTemplate.maximumRenderedLength)
    }

    /// Whether the template has a `{{body}}` for the body text; without one, the body goes
    /// where the format puts it.
    func templatePlacesBody() throws -> Bool {
        try parsedTemplate.hasPlace(for: "body", partials: partials)
    }

    /// `body` after a rendered template that had no place for it, separated by a blank line.
    static func appending(_ body: String, to text: String) -> String {
        let addition = body.trimmingTrailingNewlines
        guard !addition.trimmingSpacesAndNewlines.isEmpty else { return text }
        let head = text.trimmingTrailingNewlines
        return head.isEmpty ? addition + "\n" : head + "\n\n" + addition + "\n"
    }
}
