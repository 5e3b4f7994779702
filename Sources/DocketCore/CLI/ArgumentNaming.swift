/// How a command's messages name its options and arguments: `--add-label` and `QUERY` for
/// the command line, or the arguments an MCP tool exposes them as (`add_labels`, `query`),
/// so an error speaks the caller's language.
struct ArgumentNaming: Sendable {
    /// The name of the option with this long name.
    let option: @Sendable (String) -> String
    /// The name of the positional argument with this name.
    let argument: @Sendable (String) -> String
    /// The names are the command line's.
    let isCommandLine: Bool

    /// `--long` and `NAME`, as on the command line.
    static let commandLine = ArgumentNaming(option: { "--" + $0 }, argument: { $0 }, isCommandLine: true)

    /// The tool's argument names; what the tool does not expose keeps its command-line name.
    static func tool(_ tool: ToolSpec) -> ArgumentNaming {
        ArgumentNaming(
            option: { long in tool.parameters.first { $0.source == .option(long) }?.name ?? "--" + long },
            argument: { name in tool.parameters.first { $0.source == .argument(name) }?.name ?? name },
            isCommandLine: false)
    }
}
