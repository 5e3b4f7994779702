import Foundation

/// What a running command sees: its parsed arguments, the invocation and its output.
public final class CommandContext: @unchecked Sendable {
    public let invocation: Invocation
    public let arguments: ParsedArguments
    public let spec: CommandSpec
    public let stdout: TextSink
    public let stderr: TextSink
    /// Where the project search starts: the current directory, or `-C DIR`.
    public let startDirectory: String
    /// How messages name the options and arguments: as on the command line, or as the MCP tool's arguments.
    let naming: ArgumentNaming

    init(
        invocation: Invocation, arguments: ParsedArguments, spec: CommandSpec, stdout: TextSink, stderr: TextSink, startDirectory: String,
        naming: ArgumentNaming = .commandLine
    ) {
        self.invocation = invocation
        self.naming = naming
        self.arguments = arguments
        self.spec = spec
        self.stdout = stdout
        self.stderr = stderr
        self.startDirectory = startDirectory
    }

    /// The project around the start directory, or the error that tells how to make one.
    /// Refuses a project whose folders lead outside it through a symlink.
    public func layout() throws -> ProjectLayout {
        guard let layout = ProjectLayout.find(from: startDirectory) else {
            throw DocketError.failure("not a docket project (no .project/issues above \(startDirectory)); run 'docket init'")
        }
        try layout.checkContained()
        return layout
    }

    public func store() throws -> IssueStore {
        IssueStore(layout: try layout(), gitEnvironment: invocation.environment)
    }

    public var json: Bool { arguments.flag("json") }

    /// The option called `long` as the caller spelt it: `--add-label`, or `add_labels` in an MCP tool.
    func name(ofOption long: String) -> String {
        naming.option(long)
    }

    /// The positional argument called `name` as the caller knows it: `QUERY`, or `query` in an MCP tool.
    func name(ofArgument name: String) -> String {
        naming.argument(name)
    }

    /// Prints a line to standard output; control characters other than line feeds and tabs
    /// are shown escaped (see `TerminalText`).
    public func print(_ line: String) {
        stdout.write(TerminalText.block(line) + "\n")
    }

    /// Prints a line whose only control characters are Docket's own colour sequences:
    /// every part of it that came from a file must already have passed through `TerminalText`.
    func printStyled(_ line: String) {
        stdout.write(line + "\n")
    }

    /// Prints a line to standard error, escaped as `print` does.
    public func warn(_ line: String) {
        stderr.write(TerminalText.block(line) + "\n")
    }

    /// Prints a JSON document to standard output; with `--json FIELDS`, each object (or
    /// each object of an array) keeps only those keys, in the order given (see `JSONFields`).
    public func printJSON(_ value: JSONValue) {
        let fields = arguments.values["json"]?.last.map(JSONFields.init(list:))
        stdout.write((fields?.filter(value) ?? value).prettyText + "\n")
    }

    /// The instant the command acts at, read from the clock once: every timestamp one command
    /// writes (a comment's heading and `updated`, `closed` and `updated`) is the same second.
    public private(set) lazy var now: Date = invocation.now()

    /// Now as ISO 8601 UTC to the second, the form every timestamp in a file takes.
    public var timestamp: String { Timestamp.iso(now) }

    /// Who is acting: `--as NAME` for a command that takes it, else `$DOCKET_ACTOR`, else
    /// `git config user.name` qualified by the worktree's directory name (`alice@feature-x`),
    /// so two agents under one git user in two worktrees are two actors; else `$USER`.
    public var actor: String {
        if spec.options.contains(where: { $0.long == "as" }),
           let name = arguments.value("as").map(\.trimmingSpacesAndNewlines).nonEmpty {
            return name
        }
        if let actor = invocation.environment["DOCKET_ACTOR"], !actor.isEmpty { return actor }
        if let worktree = Worktree.root(from: startDirectory),
           let name = try? Git(directory: startDirectory, environment: invocation.environment).configValue("user.name"), !name.isEmpty {
            return name + "@" + Worktree.name(of: worktree)
        }
        return invocation.environment["USER"] ?? "unknown"
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set (to anything but empty) or `TERM` is `dumb`.
    public var useColor: Bool {
        invocation.stdoutIsTerminal && (invocation.environment["NO_COLOR"].map(\.isEmpty) ?? true)
            && invocation.environment["TERM"] != "dumb"
    }

    /// Reads `-F FILE` (`-` for standard input) or `-m TEXT`.
    public func bodyText(messageOption: String = "message", fileOption: String = "file") throws -> String? {
        if let path = arguments.value(fileOption) {
            if path == "-" { return String(decoding: invocation.readStandardInput(), as: UTF8.self) }
            let absolute = path.hasPrefix("/") ? path : invocation.currentDirectory + "/" + path
            do {
                return try FileSystem.readText(absolute)
            } catch {
                throw DocketError.failure("cannot read \(path): \(String(cString: strerror(error.code)))")
            }
        }
        return arguments.value(messageOption)
    }
}
