/// The MCP tool a command also is: its name and description, which of the command's options
/// and arguments it takes under which argument names, its hints, the shape of its result and
/// the function that does the command's work. `inputSchema` and `outputSchema` are generated
/// from this and the command's `CommandSpec` (see `MCPToolDefinition`).
public struct ToolSpec: Sendable {
    let name: String
    /// A display name for client interfaces.
    let title: String
    let description: String
    let parameters: [ToolParameter]
    /// The tool only reads (a hint clients use to skip confirmation).
    let readOnly: Bool
    /// Calling it again with the same arguments changes nothing more.
    let idempotent: Bool
    let output: ToolOutput
    /// A one-line human summary of the result, the first text block.
    let summary: @Sendable (JSONValue) -> String
    /// The command's work, on a context whose arguments the tool call gave.
    let perform: @Sendable (CommandContext) throws -> CommandResult
    /// The declaration the tool's arguments are read against, when it is not the command's
    /// own: a command group's one tool, which takes the subcommand as an argument.
    var arguments: CommandSpec? { argumentDeclaration.first }
    /// `arguments`, held in an array because a struct cannot hold an optional of the struct
    /// (`CommandSpec`) that holds it.
    private let argumentDeclaration: [CommandSpec]

    init(
        _ name: String, title: String, description: String, parameters: [ToolParameter], readOnly: Bool = false, idempotent: Bool = false,
        output: ToolOutput, summary: @escaping @Sendable (JSONValue) -> String, perform: @escaping @Sendable (CommandContext) throws -> CommandResult,
        arguments: CommandSpec? = nil
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.parameters = parameters
        self.readOnly = readOnly
        self.idempotent = idempotent
        self.output = output
        self.summary = summary
        self.perform = perform
        argumentDeclaration = arguments.map { [$0] } ?? []
    }
}

/// One argument of a tool: an option or a positional argument of the command, under a name.
struct ToolParameter: Sendable {
    /// Which part of the command it fills.
    enum Source: Sendable, Equatable {
        /// The option with this long name.
        case option(String)
        /// The positional argument with this name (`ID`).
        case argument(String)
    }

    let name: String
    let source: Source
    let description: String
    /// `nil`: required when the argument is (never for an option).
    let required: Bool?
    /// Takes one value for an argument that takes several (`id` for `update ID...`).
    let single: Bool

    /// An option, named as its long name with `_` for `-` unless `as` is given.
    static func option(_ long: String, as name: String? = nil, _ description: String) -> ToolParameter {
        ToolParameter(name: name ?? long.replacingOccurrences(of: "-", with: "_"), source: .option(long), description: description, required: nil, single: false)
    }

    /// A positional argument.
    static func argument(_ argument: String, as name: String, single: Bool = false, required: Bool? = nil, _ description: String) -> ToolParameter {
        ToolParameter(name: name, source: .argument(argument), description: description, required: required, single: single)
    }
}

/// What a command's work returns: the JSON its `--json` prints, and whether part of it failed
/// (one of several IDs), which makes the CLI exit 1 and the tool result an error.
struct CommandResult: Sendable {
    var json: JSONValue
    var failed: Bool

    init(_ json: JSONValue, failed: Bool = false) {
        self.json = json
        self.failed = failed
    }
}
