/// Reading GitHub's JSON: the array `gh issue list --json ...` prints (labels `{name}`,
/// people `{login}`, `OPEN`/`CLOSED`, camelCase dates) or the REST API's issue objects
/// (`user`, `open`/`closed`, snake_case dates). Either shape may be mixed item by item.
extension GitHubIssue {
    /// What a file held: its issues, and how many pull requests (REST objects with
    /// `pull_request`) were passed over.
    struct Batch: Sendable {
        var issues: [GitHubIssue]
        var skippedPullRequests: [Int]
    }

    /// Every issue in `document`, or the first problem as `path: item N: message`. Nothing
    /// is half-read: one bad item rejects the file.
    static func batch(from document: JSONValue, path: String) throws(DocketError) -> Batch {
        guard let items = document.arrayValue else {
            throw .failure("\(path): expected a JSON array of issues (gh issue list --json ..., or the REST API's issues)")
        }
        var batch = Batch(issues: [], skippedPullRequests: [])
        var seen: Set<Int> = []
        for (index, item) in items.enumerated() {
            let location = "\(path): item \(index + 1)"
            guard case .object = item else { throw .failure("\(location): expected an object") }
            if let pull = item["pull_request"], pull != .null {
                batch.skippedPullRequests.append(item["number"]?.intValue ?? 0)
                continue
            }
            let issue = try GitHubIssue(reading: item, at: location)
            guard seen.insert(issue.number).inserted else { throw .failure("\(location): issue #\(issue.number) appears twice") }
            batch.issues.append(issue)
        }
        return batch
    }

    /// One issue object of either shape; errors start with `location` and the number.
    init(reading item: JSONValue, at location: String) throws(DocketError) {
        guard let number = item["number"]?.intValue, number > 0 else { throw .failure("\(location): 'number' must be a positive integer") }
        let fail = { (message: String) -> DocketError in .failure("\(location): #\(number): \(message)") }
        guard let title = item["title"]?.stringValue?.trimmingSpacesAndNewlines, !title.isEmpty else { throw fail("missing 'title'") }
        guard !title.unicodeScalars.contains(where: GitHubIssue.breaksALine) else { throw fail("the title must be one line of printable text") }
        guard let stateText = item["state"]?.stringValue, let state = IssueState(rawValue: stateText.lowercased()) else {
            throw fail("'state' must be OPEN or CLOSED")
        }
        let labels = try GitHubIssue.names(item["labels"], key: "name", field: "labels", fail)
        for label in labels where label.contains(",") || label.unicodeScalars.contains(where: GitHubIssue.breaksALine) {
            throw fail("the label '\(label)' has a comma or a control character, which a Docket label cannot hold")
        }
        var comments: [GitHubComment] = []
        // The REST issue object gives only a count under `comments`; gh gives the comments.
        if case .array(let entries)? = item["comments"] {
            for (index, entry) in entries.enumerated() {
                let fail = { (message: String) -> DocketError in fail("comment \(index + 1): \(message)") }
                guard let author = try GitHubIssue.login(entry["author"] ?? entry["user"], "author", fail) else { throw fail("missing 'author'") }
                guard let created = try GitHubIssue.date(entry["createdAt"] ?? entry["created_at"], "createdAt", fail) else { throw fail("missing 'createdAt'") }
                let text = try GitHubIssue.optionalString(entry["body"], "body", fail)?.trimmingSpacesAndNewlines ?? ""
                comments.append(GitHubComment(author: author, body: text, createdAt: created))
            }
        }
        self.init(
            number: number, title: title,
            body: try GitHubIssue.optionalString(item["body"], "body", fail)?.trimmingSpacesAndNewlines ?? "",
            labels: labels, state: state,
            assignees: try GitHubIssue.names(item["assignees"], key: "login", field: "assignees", fail),
            author: try GitHubIssue.login(item["author"] ?? item["user"], "author", fail),
            createdAt: try GitHubIssue.date(item["createdAt"] ?? item["created_at"], "createdAt", fail),
            updatedAt: try GitHubIssue.date(item["updatedAt"] ?? item["updated_at"], "updatedAt", fail),
            closedAt: try GitHubIssue.date(item["closedAt"] ?? item["closed_at"], "closedAt", fail),
            comments: comments
        )
    }

    /// Control characters and line separators, which a title or a label cannot hold.
    static func breaksALine(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private static func optionalString(_ value: JSONValue?, _ field: String, _ fail: (String) -> DocketError) throws(DocketError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw fail("'\(field)' must be a string")
        }
    }

    /// `[{"name": "bug"}]` (or plain strings) as `["bug"]`.
    private static func names(_ value: JSONValue?, key: String, field: String, _ fail: (String) -> DocketError) throws(DocketError) -> [String] {
        guard let value, value != .null else { return [] }
        guard let items = value.arrayValue else { throw fail("'\(field)' must be an array") }
        var names: [String] = []
        for item in items {
            guard let name = (item[key] ?? item).stringValue?.trimmingSpacesAndNewlines, !name.isEmpty else {
                throw fail("every entry of '\(field)' needs a '\(key)'")
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A `{"login": ...}` object; null (a deleted account) is nil.
    private static func login(_ value: JSONValue?, _ field: String, _ fail: (String) -> DocketError) throws(DocketError) -> String? {
        guard let value, value != .null else { return nil }
        guard let login = value["login"]?.stringValue, !login.isEmpty,
              !login.contains(where: { $0.isWhitespace }), !login.unicodeScalars.contains(where: breaksALine) else {
            throw fail("'\(field)' must be an object with a 'login'")
        }
        return login
    }

    /// An ISO 8601 time such as `2024-03-01T09:30:00Z`, kept as written.
    private static func date(_ value: JSONValue?, _ field: String, _ fail: (String) -> DocketError) throws(DocketError) -> String? {
        guard let text = try optionalString(value, field, fail) else { return nil }
        guard Timestamp.parse(text) != nil, !text.contains(where: { $0.isWhitespace }) else { throw fail("'\(field)' is not a date: '\(text)'") }
        return text
    }
}
