/// The shape of a tool's `structuredContent`, from which its `outputSchema` is generated.
/// MCP wants an object, so a command that prints a list has it wrapped (`{"issues": [...]}`).
enum ToolOutput: Sendable {
    /// One issue with the command's `--json` fields.
    case issue
    /// A list of issues with the command's `--json` fields; with `failures`, an entry may be
    /// the `{"key", "result": "failed", "error"}` of an ID that failed.
    case issues(failures: Bool)
    /// A list under `key`, each item an object with these properties (all of them present).
    case list(key: String, item: [(key: String, value: JSONValue)])
    /// An object with these properties (all of them present).
    case object([(key: String, value: JSONValue)])

    /// The `structuredContent` for a command's `--json` value.
    func structured(_ json: JSONValue) -> JSONValue {
        switch self {
        case .issues: return .object([("issues", json)])
        case .list(let key, _): return .object([(key, json)])
        case .issue, .object: return json
        }
    }

    /// The JSON Schema of `structuredContent`; `fields` are the command's `--json` keys.
    func schema(fields: [String]) -> JSONValue {
        switch self {
        case .issue:
            return ToolOutput.objectSchema(fields.map { ($0, OutputField.schema(of: $0)) })
        case .issues(let failures):
            let issue = ToolOutput.objectSchema(fields.map { ($0, OutputField.schema(of: $0)) })
            let item = failures ? JSONValue.object([("anyOf", .array([issue, OutputField.failure]))]) : issue
            return ToolOutput.objectSchema([("issues", ToolOutput.arraySchema(of: item))])
        case .list(let key, let item):
            return ToolOutput.objectSchema([(key, ToolOutput.arraySchema(of: ToolOutput.objectSchema(item)))])
        case .object(let properties):
            return ToolOutput.objectSchema(properties)
        }
    }

    /// An object schema whose properties are all required, in the given order.
    static func objectSchema(_ properties: [(key: String, value: JSONValue)]) -> JSONValue {
        .object([
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("required", .array(properties.map { .string($0.key) })),
        ])
    }

    static func arraySchema(of item: JSONValue) -> JSONValue {
        .object([("type", .string("array")), ("items", item)])
    }
}

/// The JSON Schema of each `--json` key the tools return.
enum OutputField {
    static let string: JSONValue = .object([("type", .string("string"))])
    static let optionalString: JSONValue = .object([("type", .array([.string("string"), .string("null")]))])
    static let integer: JSONValue = .object([("type", .string("integer"))])
    static let optionalInteger: JSONValue = .object([("type", .array([.string("integer"), .string("null")]))])
    static let strings = ToolOutput.arraySchema(of: string)

    static func schema(of field: String) -> JSONValue {
        switch field {
        case "id": return integer
        case "key", "title", "priority", "path", "body", "result": return string
        case "state": return .object([("type", .string("string")), ("enum", .array(IssueState.allCases.map { .string($0.rawValue) }))])
        case "labels", "blocked_by", "open_blockers": return strings
        case "in_progress": return .object([("type", .string("boolean"))])
        case "fields": return .object([("type", .string("object")), ("additionalProperties", string)])
        case "comments": return ToolOutput.arraySchema(of: ToolOutput.objectSchema([("author", string), ("date", string), ("body", string)]))
        case "commits": return ToolOutput.arraySchema(of: ToolOutput.objectSchema([("sha", string), ("date", string), ("subject", string)]))
        default: return optionalString
        }
    }

    /// An ID that failed in a command over several IDs.
    static let failure = ToolOutput.objectSchema([
        ("key", string),
        ("result", .object([("const", .string("failed"))])),
        ("error", ToolOutput.objectSchema([("code", string), ("message", string)])),
    ])
}
