import Foundation

/// `docket mcp`: serves the project to AI assistants over the Model Context Protocol (stdio).
enum MCPCommand: DocketCommand {
    static let spec = CommandSpec(
        "mcp",
        abstract: "Serve this project's issues to AI assistants over MCP (stdio).",
        discussion: """
        Speaks the Model Context Protocol (JSON-RPC 2.0, one message per line) on standard input and
        output until standard input ends, offering the tools create, list, search, show, update, comment,
        close, reopen, claim, unclaim, ready, blocked, dep, templates and doctor, and the prompt prime.
        Register it with an MCP client as the command 'docket mcp' (add '-C DIR' before 'mcp' to serve
        another folder's project). Tools act only on that project.
        """
    )

    static func run(_ context: CommandContext) throws -> Int32 {
        if ProjectLayout.find(from: context.startDirectory) == nil {
            context.warn("docket mcp: no docket project at \(context.startDirectory) (run 'docket init'); tools will fail until there is one")
        }
        signal(SIGPIPE, SIG_IGN)
        let runner = MCPToolRunner(server: context.invocation, projectDirectory: context.startDirectory)
        let reader = LineReader(descriptor: STDIN_FILENO)
        MCPServer(runner: runner).serve(output: context.stdout, nextLine: reader.next)
        return ExitCode.success
    }
}
