/// What an option's or a positional argument's value is: how its text parses, which values it
/// takes, and its JSON Schema. The parser, `--help`, completions, the man page and the MCP
/// tools' `inputSchema` all read this one declaration.
public enum ValueType: Sendable, Equatable {
    /// Any text.
    case text
    /// A non-negative integer (`--limit`).
    case count
    /// One of a fixed set of words, matched case-insensitively (`--state`, `--sort`); a
    /// comma-separated list of them where the option takes several (`list -p high,low`).
    case choice([String])
    /// A priority level: critical, high, medium or low.
    case priority
    /// An issue ID: 12, #12, 0012 or SEC-002.
    case issueID
    /// Comma-separated issue IDs (`--blocked-by 2,3`).
    case issueIDs

    /// The values it accepts, when it accepts only some.
    public var choices: [String] {
        switch self {
        case .choice(let words): return words
        case .priority: return Priority.levels
        default: return []
        }
    }

    /// The typed values of `text`, the canonical text of a choice. `subject` names the option
    /// or argument in messages (`--priority`, `priority`); `noun` names the kind of value.
    func parse(_ text: String, subject: String?, noun: String) throws(DocketError) -> [ArgumentValue] {
        let lead = subject.map { "\($0): " } ?? ""
        switch self {
        case .text:
            return [.text(text)]
        case .count:
            guard let number = Int(text), number >= 0 else {
                throw .usage("\(subject ?? noun) needs a non-negative number, not '\(text)'")
            }
            return [.count(number)]
        case .choice(let words):
            return [.text(try Choices.canonical(text, in: words, caseSensitive: false) { part in
                "\(lead)unknown \(noun) '\(part)' (expected \(Choices.alternatives(words)))"
            })]
        case .priority:
            guard let priority = Priority(level: text) else {
                throw .usage("\(lead)unknown \(noun) '\(text)' (expected \(Choices.alternatives(Priority.levels)))")
            }
            return [.priority(priority)]
        case .issueID:
            guard let key = IssueKey(parsing: text) else {
                throw .usage("\(lead)'\(text)' is not an issue ID (expected 12, #12, 0012 or SEC-002)")
            }
            return [.issueKey(key)]
        case .issueIDs:
            var keys: [ArgumentValue] = []
            for part in text.split(separator: ",") { keys += try ValueType.issueID.parse(String(part), subject: subject, noun: noun) }
            return keys
        }
    }

    /// The JSON Schema of one value, as an MCP tool's `inputSchema` gives it.
    var schema: [(key: String, value: JSONValue)] {
        switch self {
        case .count: return [("type", .string("integer")), ("minimum", .int(0))]
        case .choice, .priority: return [("type", .string("string")), ("enum", .array(choices.map(JSONValue.string)))]
        case .text, .issueID, .issueIDs: return [("type", .string("string"))]
        }
    }
}

/// One parsed value of an option or argument.
public enum ArgumentValue: Sendable, Equatable {
    case text(String)
    case count(Int)
    case priority(Priority)
    case issueKey(IssueKey)
}
