import Foundation

/// A `docket` process started with `posix_spawn` and reaped only by `wait`: until then its
/// PID stays taken (a zombie at worst), so a kill aimed at it can never reach a process
/// that reused the number, as it could with `Process`, which reaps on its own.
struct ReapableProcess {
    let pid: pid_t
    /// The read end of the pipe that holds the child's stdout and stderr.
    private let output: Int32

    /// How the process ended and what it printed.
    struct Ending {
        /// The exit status, or nil when a signal ended it.
        var status: Int32?
        var signal: Int32?
        var output: String
    }

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29), which the Glibc module does not declare.
    private static let addChdir: AddChdir? = {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np")
            .map { unsafeBitCast($0, to: AddChdir.self) }
    }()

    /// Starts `docket` with `arguments` in the sandbox's root, with its environment.
    init(docket arguments: [String], in sandbox: Sandbox) throws {
        guard let addChdir = ReapableProcess.addChdir else { throw SandboxError(message: "no posix_spawn_file_actions_addchdir_np") }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SandboxError(message: "pipe: \(errno)") }
        // Not inherited by other children; dup2 gives this child its own copies.
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        posix_spawn_file_actions_adddup2(&actions, ends[1], 2)
        guard addChdir(&actions, sandbox.root) == 0 else {
            close(ends[0])
            close(ends[1])
            throw SandboxError(message: "cannot start in \(sandbox.root)")
        }
        let program = Sandbox.binaryDirectory + "/docket"
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = sandbox.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, program, &actions, nil, argv, envp)
        close(ends[1])
        guard code == 0 else {
            close(ends[0])
            throw SandboxError(message: "posix_spawn \(program): \(code)")
        }
        self.pid = pid
        self.output = ends[0]
    }

    func kill() {
        Glibc.kill(pid, SIGKILL)
    }

    /// Reads everything the process printed, then reaps it.
    func wait() -> Ending {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(output, &buffer, buffer.count)
            if count > 0 { bytes += buffer[0..<count]; continue }
            if count < 0, errno == EINTR { continue }
            break
        }
        close(output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let text = String(decoding: bytes, as: UTF8.self)
        let signal = status & 0x7F
        return signal == 0
            ? Ending(status: (status >> 8) & 0xFF, signal: nil, output: text)
            : Ending(status: nil, signal: signal, output: text)
    }
}
