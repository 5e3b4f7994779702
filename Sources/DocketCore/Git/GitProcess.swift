import Foundation

/// Spawns one program with `posix_spawnp` and exchanges its stdin, stdout and stderr through
/// a single `poll` loop, so large output on either stream can never deadlock it.
///
/// The streams are socket pairs rather than pipes: they are created close-on-exec atomically
/// (so a child spawned concurrently by another thread never holds our ends open), and writing
/// stdin with `MSG_NOSIGNAL` means a child that exits early yields `EPIPE` instead of a
/// `SIGPIPE` that would kill Docket.
enum GitProcess {
    /// A failed system call while starting or talking to the child.
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32
        var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    static func run(_ program: String, _ arguments: [String], environment: [String: String], input: Data?) throws -> GitResult {
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        var socket: [Int32] = [-1, -1]
        defer { for fd in output + errors + socket where fd >= 0 { close(fd) } }
        try makeSocketPair(&output)
        try makeSocketPair(&errors)
        if input != nil { try makeSocketPair(&socket) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input != nil {
            posix_spawn_file_actions_adddup2(&actions, socket[1], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(call: "posix_spawn", code: spawned) }

        for fd in [output[1], errors[1], socket[1]] where fd >= 0 { close(fd) }
        var streams = Streams(output: output[0], errors: errors[0], input: socket[0], pending: input ?? Data())
        output = [-1, -1]
        errors = [-1, -1]
        socket = [-1, -1]
        defer { streams.closeAll() }
        do {
            try streams.exchange()
        } catch {
            streams.closeAll()
            _ = try? waitForExit(pid)
            throw error
        }
        return GitResult(status: try waitForExit(pid), standardOutput: streams.outputData, standardError: streams.errorData)
    }

    /// A connected pair, close-on-exec from birth so no other concurrently spawned child inherits it.
    private static func makeSocketPair(_ pair: inout [Int32]) throws {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &pair) == 0 else { throw Failure(call: "socketpair", code: errno) }
    }

    /// The exit status, or 128 + N for death by signal N (as shells report it).
    private static func waitForExit(_ pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        guard retryingInterrupts({ waitpid(pid, &status, 0) }) >= 0 else { throw Failure(call: "waitpid", code: errno) }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// The parent's ends of the three streams and what has gone through them.
    private struct Streams {
        var output: Int32
        var errors: Int32
        var input: Int32
        var pending: Data
        var sentCount = 0
        var outputData = Data()
        var errorData = Data()

        /// Reads both outputs to end of file while feeding stdin, all in one `poll` loop.
        mutating func exchange() throws {
            if input >= 0 {
                _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
                if pending.isEmpty { closeInput() }
            }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while output >= 0 || errors >= 0 || input >= 0 {
                var fds = [
                    pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: input, events: Int16(POLLOUT), revents: 0),
                ]
                guard retryingInterrupts({ poll(&fds, nfds_t(fds.count), -1) }) >= 0 else { throw Failure(call: "poll", code: errno) }
                if fds[0].revents != 0 { try Self.drain(&output, into: &outputData, buffer: &buffer) }
                if fds[1].revents != 0 { try Self.drain(&errors, into: &errorData, buffer: &buffer) }
                if fds[2].revents != 0 { try feed() }
            }
        }

        private static func readChunk(_ fd: Int32, _ buffer: inout [UInt8]) -> Int {
            buffer.withUnsafeMutableBytes { bytes in retryingInterrupts { read(fd, bytes.baseAddress, bytes.count) } }
        }

        private static func drain(_ fd: inout Int32, into data: inout Data, buffer: inout [UInt8]) throws {
            let count = readChunk(fd, &buffer)
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno == ECONNRESET {
                close(fd)
                fd = -1
            } else if errno != EAGAIN {
                throw Failure(call: "read", code: errno)
            }
        }

        private mutating func feed() throws {
            let offset = sentCount
            let sent = pending.withUnsafeBytes { bytes in
                retryingInterrupts { send(input, bytes.baseAddress.map { $0 + offset }, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            }
            if sent >= 0 {
                sentCount += sent
                if sentCount == pending.count { closeInput() }
            } else if errno == EPIPE || errno == ECONNRESET {
                closeInput()
            } else if errno != EAGAIN {
                throw Failure(call: "send", code: errno)
            }
        }

        private mutating func closeInput() {
            close(input)
            input = -1
        }

        mutating func closeAll() {
            for fd in [output, errors, input] where fd >= 0 { close(fd) }
            output = -1
            errors = -1
            input = -1
        }
    }
}
