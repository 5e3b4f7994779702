/// The tools `docket mcp` offers: every command whose declaration has an `mcp` part, in the
/// order `docket --help` lists them.
enum MCPTools {
    static let all: [MCPTool] = CommandRegistry.all.compactMap { command in
        command.spec.mcp.map { MCPTool(spec: $0.arguments ?? command.spec, tool: $0) }
    }

    /// The tool with this name, if there is one.
    static func named(_ name: String) -> MCPTool? {
        all.first { $0.name == name }
    }
}

/// One tool: a command's declaration and its `mcp` part, and the `tools/list` entry made from them.
struct MCPTool: Sendable {
    let spec: CommandSpec
    let tool: ToolSpec

    var name: String { tool.name }

    /// The JSON Schema of the arguments, generated from the options' and arguments' value types.
    var inputSchema: JSONValue {
        let properties = tool.parameters.map { parameter in (key: parameter.name, value: schema(of: parameter)) }
        let required = tool.parameters.filter { ToolArguments.isRequired($0, spec: spec) }.map { JSONValue.string($0.name) }
        return .object([
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("required", .array(required)),
            ("additionalProperties", .bool(false)),
        ])
    }

    /// The JSON Schema of `structuredContent`.
    var outputSchema: JSONValue { tool.output.schema(fields: spec.baseJSONFields) }

    /// The entry in a `tools/list` result.
    var definition: JSONValue {
        var annotations: [(key: String, value: JSONValue)] = [
            ("title", .string(tool.title)),
            ("readOnlyHint", .bool(tool.readOnly)),
            ("destructiveHint", .bool(false)),
        ]
        if tool.idempotent { annotations.append(("idempotentHint", .bool(true))) }
        annotations.append(("openWorldHint", .bool(false)))
        return .object([
            ("name", .string(tool.name)),
            ("title", .string(tool.title)),
            ("description", .string(tool.description)),
            ("inputSchema", inputSchema),
            ("outputSchema", outputSchema),
            ("annotations", .object(annotations)),
        ])
    }

    /// One argument's schema: its value type's, an array of them for an option or argument
    /// that takes several, a boolean for a flag.
    private func schema(of parameter: ToolParameter) -> JSONValue {
        let described: [(key: String, value: JSONValue)] = [("description", .string(parameter.description))]
        var type = ValueType.text
        var many = false
        switch parameter.source {
        case .option(let long):
            guard let option = spec.option(long), option.valueName != nil else {
                return .object([("type", .string("boolean"))] + described)
            }
            type = option.type
            many = option.repeatable
        case .argument(let name):
            if let argument = spec.argument(name) {
                type = argument.type
                many = argument.isVariadic && !parameter.single
            }
        }
        guard many else { return .object(type.schema + described) }
        return .object([("type", .string("array")), ("items", .object(type.schema))] + described)
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
