import Foundation

/// The `docket` program: dispatches an invocation to its command.
public enum Docket {
    public static let version = "0.1.0"

    static let commands: [any DocketCommand.Type] = CommandRegistry.all

    /// Runs this process's invocation against the real stdout and stderr.
    public static func main() -> Int32 {
        run(Invocation.current(), stdout: FileDescriptorSink(STDOUT_FILENO), stderr: FileDescriptorSink(STDERR_FILENO))
    }

    /// Runs an invocation in-process and returns what it printed.
    public static func run(_ invocation: Invocation) -> Outcome {
        let out = BufferSink(), err = BufferSink()
        let code = run(invocation, stdout: out, stderr: err)
        return Outcome(exitCode: code, stdout: out.text, stderr: err.text)
    }

    /// Runs an invocation; returns the exit code.
    public static func run(_ invocation: Invocation, stdout: TextSink, stderr: TextSink) -> Int32 {
        var arguments = invocation.arguments
        var directories: [String] = []
        while let first = arguments.first, first == "-C" {
            guard arguments.count >= 2 else {
                return usageError("option '-C' needs a directory", spec: nil, stderr: stderr)
            }
            directories.append(arguments[1])
            arguments.removeFirst(2)
        }
        guard let name = arguments.first else {
            stderr.write(HelpFormatter.overview(commands.map { $0.spec }, version: version))
            return ExitCode.usage
        }
        switch name {
        case "--help", "-h":
            stdout.write(HelpFormatter.overview(commands.map { $0.spec }, version: version))
            return ExitCode.success
        case "--version":
            stdout.write("docket \(version)\n")
            return ExitCode.success
        default:
            break
        }
        guard let command = command(named: name) else {
            let message = name.hasPrefix("-") ? "unknown option '\(name)'" : "unknown command '\(name)'\(suggestion(for: name))"
            return usageError(message, spec: nil, stderr: stderr)
        }
        // A group's subcommand is a declaration of its own: its words are parsed against it.
        let spec: CommandSpec, words: [String]
        do throws(DocketError) {
            (spec, words) = try command.spec.resolve(Array(arguments.dropFirst()))
        } catch {
            return usageError(error.message, spec: command.spec, stderr: stderr)
        }
        // JSON mode comes from the parsed arguments only: a title of `--json` after `--` is a title.
        let (parsed, problem) = ArgumentParser.scan(words, spec: spec)
        let wantsJSON = parsed.flag("json")
        do {
            var start = invocation.currentDirectory
            for directory in directories { start = try StartDirectory.resolve(directory, from: start) }
            if let problem { throw problem }
            if parsed.flag("help") {
                stdout.write(HelpFormatter.help(spec))
                return ExitCode.success
            }
            let context = CommandContext(invocation: invocation, arguments: parsed, spec: spec, stdout: stdout, stderr: stderr, startDirectory: start)
            return try command.run(context)
        } catch let error as DocketError {
            if wantsJSON { return jsonError(error, stderr: stderr) }
            if case .usage(let message) = error { return usageError(message, spec: spec, stderr: stderr) }
            stderr.write("docket: \(TerminalText.block(error.message))\n")
            return error.exitCode
        } catch {
            let failure = DocketError.failure(String(describing: error))
            if wantsJSON { return jsonError(failure, stderr: stderr) }
            stderr.write("docket: \(TerminalText.block(failure.message))\n")
            return ExitCode.failure
        }
    }

    /// The command called `name` or having it as an alias; hidden ones included.
    static func command(named name: String) -> (any DocketCommand.Type)? {
        commands.first { $0.spec.names.contains(name) }
    }

    /// `; did you mean 'close'?` from the names and aliases of the commands `--help` shows.
    static func suggestion(for name: String) -> String {
        EditDistance.closest(to: name, in: commands.filter { !$0.spec.hidden }.flatMap { $0.spec.names })
            .map { "; did you mean '\($0)'?" } ?? ""
    }

    static func usageError(_ message: String, spec: CommandSpec?, stderr: TextSink) -> Int32 {
        var text = "docket: error: \(TerminalText.block(message))\n"
        if let spec {
            text += "Usage: \(HelpFormatter.usage(spec))\n  See 'docket \(spec.path) --help'.\n"
        } else {
            text += "Usage: docket [-C DIR] <command> [options]\n  See 'docket --help'.\n"
        }
        stderr.write(text)
        return ExitCode.usage
    }

    private static func jsonError(_ error: DocketError, stderr: TextSink) -> Int32 {
        let value = JSONValue.object([("error", .object([("code", .string(error.code)), ("message", .string(error.message))]))])
        stderr.write(value.compactText + "\n")
        return error.exitCode
    }
}
