extension CommandContext {
    /// Prints a progress line to standard error, escaped as `warn` does, but only when it is
    /// a terminal: a pipe, a log or an MCP tool's text gets no progress lines.
    func notice(_ line: String) {
        guard invocation.stderrIsTerminal else { return }
        warn(line)
    }
}
