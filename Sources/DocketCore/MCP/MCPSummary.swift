/// One-line human summaries of `--json` output, the first text block of a tool result.
enum MCPSummary {
    /// "Created #3: Title" for a command that prints one issue.
    static func issue(_ verb: String) -> @Sendable (JSONValue) -> String {
        { value in
            let issue = value["issue"] ?? value.arrayValue?.first ?? value
            guard let name = name(of: issue) else { return "\(verb): done." }
            return "\(verb) \(name)"
        }
    }

    /// "Found 2 issues: #1, #4" for a command that prints a list of issues; `phrase` turns
    /// "2 issues" into the sentence.
    static func issues(_ phrase: @escaping @Sendable (String) -> String) -> @Sendable (JSONValue) -> String {
        { value in
            guard let items = value.arrayValue ?? value["issues"]?.arrayValue else {
                return name(of: value).map { phrase("1 issue") + ": " + $0 } ?? phrase("the issues")
            }
            let counted = phrase(items.count == 1 ? "1 issue" : "\(items.count) issues")
            let keys = items.compactMap(key(of:))
            return keys.isEmpty ? counted + "." : counted + ": " + keys.joined(separator: ", ")
        }
    }

    /// `#3: Title` or `SEC-002: Title`.
    private static func name(of issue: JSONValue) -> String? {
        guard let key = key(of: issue) else { return nil }
        guard let title = issue["title"]?.stringValue else { return key }
        return "\(key): \(title)"
    }

    /// `#3` for a plain issue, `SEC-002` for one with a prefix.
    private static func key(of issue: JSONValue) -> String? {
        guard let key = issue["key"]?.stringValue ?? issue["id"]?.intValue.map(String.init) else { return nil }
        return issue["prefix"]?.stringValue == nil ? "#" + key : key
    }
}
