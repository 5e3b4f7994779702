import Foundation

/// Everything a command reads from the outside world, so that every command runs the
/// same in-process (tests) and as a real process.
public struct Invocation: Sendable {
    public var arguments: [String]
    public var environment: [String: String]
    public var currentDirectory: String
    /// Reads all of standard input; called only by commands that need it.
    public var readStandardInput: @Sendable () -> Data
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    /// The terminal's width in cells: `$COLUMNS`, else the tty's.
    public var terminalWidth: Int
    /// The terminal's height in lines: `$LINES`, else the tty's; a pager shows output longer than this.
    public var terminalHeight: Int
    public var now: @Sendable () -> Date

    public init(
        arguments: [String], environment: [String: String] = [:], currentDirectory: String,
        standardInput: Data = Data(), stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false,
        terminalWidth: Int = 100, terminalHeight: Int = 24, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.arguments = arguments
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.readStandardInput = { standardInput }
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.terminalWidth = terminalWidth
        self.terminalHeight = terminalHeight
        self.now = now
    }

    /// The invocation of this process.
    public static func current() -> Invocation {
        var invocation = Invocation(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            stderrIsTerminal: isatty(STDERR_FILENO) == 1
        )
        invocation.readStandardInput = { FileHandle.standardInput.readDataToEndOfFile() }
        var size = winsize()
        let sized = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0
        if let columns = invocation.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            invocation.terminalWidth = columns
        } else if sized, size.ws_col > 0 {
            invocation.terminalWidth = Int(size.ws_col)
        }
        if let lines = invocation.environment["LINES"].flatMap(Int.init), lines > 0 {
            invocation.terminalHeight = lines
        } else if sized, size.ws_row > 0 {
            invocation.terminalHeight = Int(size.ws_row)
        }
        return invocation
    }
}

/// What an in-process run produced.
public struct Outcome: Sendable {
    public var exitCode: Int32
    public var stdout: String
    public var stderr: String
}
