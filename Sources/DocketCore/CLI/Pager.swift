import Foundation

/// The pager long output goes through on a terminal, chosen and run as git runs its own:
/// `$DOCKET_PAGER`, else `$PAGER`, else `less -FRX`, given to `sh -c` with the output on its
/// standard input and the terminal as its standard output. An empty pager or `cat` means
/// none, and there is never one when standard output is not a terminal or with `--no-pager`.
enum Pager {
    /// The pager command, or `nil` for none.
    static func command(environment: [String: String], stdoutIsTerminal: Bool, disabled: Bool) -> String? {
        guard stdoutIsTerminal, !disabled else { return nil }
        let chosen = environment["DOCKET_PAGER"] ?? environment["PAGER"] ?? "less -FRX"
        let trimmed = chosen.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed == "cat" ? nil : chosen
    }

    /// Runs `command` with `sh -c`, writes `text` to its standard input and waits for it to
    /// end; `false` when it could not be started (the caller then prints the text itself).
    /// As with git, `LESS` defaults to `FRX` and `LV` to `-c`; a pager that quits early just
    /// ends the output.
    static func run(_ command: String, text: String, environment: [String: String]) -> Bool {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else { return false }
        defer { for fd in pair where fd >= 0 { close(fd) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
        var variables = environment
        if variables["LESS"] == nil { variables["LESS"] = "FRX" }
        if variables["LV"] == nil { variables["LV"] = "-c" }
        let argv = ["sh", "-c", command].map { (word: String) in strdup(word) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0 else { return false }
        close(pair[1])
        pair[1] = -1
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                retryingInterrupts { send(pair[0], buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL)) }
            }
            guard count > 0 else { break }
            sent += count
        }
        close(pair[0])
        pair[0] = -1
        var status: Int32 = 0
        _ = retryingInterrupts { waitpid(pid, &status, 0) }
        return true
    }
}
