/// The prompts `docket mcp` offers: `prime`, the guide `docket prime` prints.
enum MCPPrompts {
    static let prime: JSONValue = .object([
        ("name", .string("prime")),
        ("title", .string("Docket guide")),
        ("description", .string(PrimeCommand.spec.abstract)),
    ])

    /// `prompts/list`.
    static var list: JSONValue { .object([("prompts", .array([prime]))]) }

    /// `prompts/get`: the guide as one user message; an unknown name is invalid params.
    static func get(_ params: JSONValue) throws(JSONRPCError) -> JSONValue {
        guard let name = params["name"]?.stringValue else {
            throw JSONRPCError(.invalidParams, "prompts/get needs 'name' (a string)")
        }
        guard name == "prime" else { throw JSONRPCError(.invalidParams, "unknown prompt '\(name)'") }
        return .object([
            ("description", .string(PrimeCommand.spec.abstract)),
            ("messages", .array([.object([
                ("role", .string("user")),
                ("content", .object([("type", .string("text")), ("text", .string(PrimeCommand.guide))])),
            ])])),
        ])
    }
}
