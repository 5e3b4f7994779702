/// Paging a command's standard output (see `Pager`).
extension CommandContext {
    /// Runs `body` and shows what it printed through the pager: always, or only when it is
    /// longer than the terminal is high. Without a pager (a pipe, `--no-pager`, `--json`, an
    /// empty `$DOCKET_PAGER`) `body` prints straight to standard output, as it would otherwise.
    func paged(always: Bool, _ body: (CommandContext) throws -> Int32) throws -> Int32 {
        guard let pager = Pager.command(environment: invocation.environment, stdoutIsTerminal: invocation.stdoutIsTerminal,
                                        disabled: arguments.flag("no-pager") || json) else {
            return try body(self)
        }
        let gathered = BufferSink()
        let inner = CommandContext(invocation: invocation, arguments: arguments, spec: spec, stdout: gathered, stderr: stderr, startDirectory: startDirectory)
        defer {
            let text = gathered.text
            let long = text.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } >= invocation.terminalHeight
            if text.isEmpty || !(always || long) || !Pager.run(pager, text: text, environment: invocation.environment) {
                stdout.write(text)
            }
        }
        return try body(inner)
    }
}
