/// Reading an issue out of a file's text, in either format Docket speaks.
enum IssueFile {
    /// Keys Docket gives meaning to; any other key is kept as an extra field.
    static let knownKeys: Set<String> = [
        "id", "title", "status", "priority", "labels", "assignee", "author", "created", "updated",
        "closed", "closed_reason", "closed_by", "claimed", "blocked_by",
    ]

    /// Parses a YAML-front-matter issue. `path` is relative to the project root.
    static func parse(frontMatterText text: String, path: String, state: IssueState) throws(Diagnostic) -> Issue {
        try issue(from: FrontMatter(parsing: text, path: path), path: path, state: state)
    }

    /// The issue a parsed front matter describes.
    static func issue(from matter: FrontMatter, path: String, state: IssueState) throws(Diagnostic) -> Issue {
        let failure = { (message: String, key: String) -> Diagnostic in
            Diagnostic(message, at: SourceLocation(path: path, line: (matter.entry(key)?.lines.lowerBound ?? 0) + 1))
        }
        guard let idValue = matter["id"] else { throw failure("missing 'id'", "id") }
        guard let idText = idValue.scalar, let number = IssueKey.number(from: idText) else {
            throw failure("'id' must be a positive integer", "id")
        }
        guard let title = matter["title"]?.scalar?.trimmingSpacesAndNewlines, !title.isEmpty else {
            throw failure("missing 'title'", matter.entry("title") == nil ? "id" : "title")
        }
        var blockedBy: [IssueKey] = []
        for item in matter["blocked_by"]?.items ?? [] {
            guard let key = IssueKey(parsing: item) else {
                throw failure("'blocked_by' has '\(item)', which is not an issue ID", "blocked_by")
            }
            blockedBy.append(key)
        }
        let fields = matter.entries.filter { !knownKeys.contains($0.key) }.map { entry in
            (key: entry.key, value: entry.value.items.joined(separator: ", "))
        }
        return Issue(
            key: IssueKey(number: number),
            title: title,
            state: state,
            status: matter["status"]?.scalar,
            priority: matter["priority"]?.scalar.map(Priority.init(reading:)) ?? .medium,
            labels: matter["labels"]?.items ?? [],
            assignee: matter["assignee"]?.scalar.nonEmpty,
            author: matter["author"]?.scalar.nonEmpty,
            created: matter["created"]?.scalar.nonEmpty,
            updated: matter["updated"]?.scalar.nonEmpty,
            closed: matter["closed"]?.scalar.nonEmpty,
            closedReason: matter["closed_reason"]?.scalar.nonEmpty,
            closedBy: matter["closed_by"]?.scalar.nonEmpty,
            claimed: matter["claimed"]?.scalar.nonEmpty,
            blockedBy: blockedBy,
            fields: fields,
            body: matter.body,
            path: path
        )
    }

    /// The text of a new front-matter issue file.
    static func render(_ issue: Issue) -> String {
        var lines: [String] = ["---"]
        func add(_ key: String, _ value: YAMLValue) {
            lines += FrontMatter.lines(key: key, value: value, comment: "", blockIndent: nil, ending: "")
        }
        add("id", .scalar(String(issue.key.number)))
        add("title", .scalar(issue.title))
        add("status", .scalar(issue.state.rawValue))
        add("priority", .scalar(issue.priority.text))
        add("labels", .list(issue.labels))
        if let assignee = issue.assignee { add("assignee", .scalar(assignee)) }
        if let author = issue.author { add("author", .scalar(author)) }
        if let created = issue.created { add("created", .scalar(created)) }
        if let updated = issue.updated { add("updated", .scalar(updated)) }
        if let closed = issue.closed { add("closed", .scalar(closed)) }
        if !issue.blockedBy.isEmpty { add("blocked_by", .list(issue.blockedBy.map(\.plain))) }
        for field in issue.fields { add(field.key, .scalar(field.value)) }
        lines.append("---")
        var body = issue.body
        if !body.hasPrefix("\n") { body = "\n" + body }
        if !body.hasSuffix("\n") { body += "\n" }
        return lines.joined(separator: "\n") + "\n" + body
    }
}

extension Optional where Wrapped == String {
    /// The string, unless it is missing or empty.
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}

extension String {
    /// The string, unless it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }

    var trimmingSpacesAndNewlines: String {
        // Text that starts and ends with a printable ASCII byte has nothing to trim (no
        // whitespace Character starts or ends with one), which is nearly every title.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
