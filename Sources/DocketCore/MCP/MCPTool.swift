/// One tool the MCP server offers: its declaration for `tools/list`, how its arguments
/// become a `docket` command line, and how its `--json` output is summarised.
struct MCPTool: Sendable {
    let name: String
    /// A display name for client interfaces.
    let title: String
    let description: String
    /// Whether the tool only reads (a hint clients use to skip confirmation).
    let readOnly: Bool
    let parameters: [MCPParameter]
    /// The `docket` arguments, `--json` included, for arguments already checked against `parameters`.
    let commandLine: @Sendable (MCPArguments) throws(MCPToolError) -> [String]
    /// A one-line human summary of the command's parsed `--json` output.
    let summary: @Sendable (JSONValue) -> String

    /// The entry in a `tools/list` result.
    var definition: JSONValue {
        let required = parameters.filter(\.required).map { JSONValue.string($0.name) }
        let schema: JSONValue = .object([
            ("type", .string("object")),
            ("properties", .object(parameters.map { (key: $0.name, value: $0.schema) })),
            ("required", .array(required)),
            ("additionalProperties", .bool(false)),
        ])
        return .object([
            ("name", .string(name)),
            ("title", .string(title)),
            ("description", .string(description)),
            ("inputSchema", schema),
            ("annotations", .object([
                ("title", .string(title)),
                ("readOnlyHint", .bool(readOnly)),
                ("destructiveHint", .bool(false)),
                ("openWorldHint", .bool(false)),
            ])),
        ])
    }
}

/// A named argument of a tool.
struct MCPParameter: Sendable {
    /// What a value must look like.
    enum Kind: Sendable, Equatable {
        /// Any string.
        case string
        /// A non-negative integer.
        case count
        /// A JSON array of strings; a bare string is refused, as the schema says.
        case strings
        /// One of a fixed set of lower-case words.
        case choice([String])
        /// An issue ID: a string such as "12", "#12" or "SEC-002", or an integer.
        case id
        /// A JSON array of issue IDs (each a string or an integer, as for `id`).
        case ids
    }

    let name: String
    let kind: Kind
    let description: String
    let required: Bool

    init(_ name: String, _ kind: Kind, required: Bool = false, _ description: String) {
        self.name = name
        self.kind = kind
        self.description = description
        self.required = required
    }

    /// The JSON Schema of the parameter.
    var schema: JSONValue {
        let described: [(key: String, value: JSONValue)] = [("description", .string(description))]
        switch kind {
        case .string, .id:
            return .object([("type", .string("string"))] + described)
        case .count:
            return .object([("type", .string("integer")), ("minimum", .int(0))] + described)
        case .strings, .ids:
            return .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))] + described)
        case .choice(let words):
            return .object([("type", .string("string")), ("enum", .array(words.map(JSONValue.string)))] + described)
        }
    }
}

/// A tool call the server refuses before running anything; reported as an `isError` result
/// so the model can read the message and correct its call.
struct MCPToolError: Error, Sendable, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
