import Foundation

/// Runs git for Docket: always an argument array, never a shell.
///
/// Every run is `git -C directory ARGUMENTS` with this process's environment plus
/// `environment` (plus any per-run extras, which win). stdout and stderr are captured in
/// full; stdin is `/dev/null` unless `input` is given.
public struct Git: Sendable {
    /// The directory git runs in (`git -C`); relative paths in arguments are relative to it.
    public var directory: String
    /// Variables added to (or replacing) the inherited environment on every run.
    public var environment: [String: String]
    /// The git program: a name looked up on `PATH`, or a path.
    public var executable: String

    /// A runner for git in `directory`, adding `environment` to every run.
    public init(directory: String, environment: [String: String] = [:], executable: String = "git") {
        self.directory = directory
        self.environment = environment
        self.executable = executable
    }

    /// Runs git once and reports how it went; a non-zero exit status is not an error here.
    ///
    /// Throws `GitError` (with a `nil` status) only when git could not be started.
    public func run(_ arguments: [String], input: Data? = nil, environment extra: [String: String] = [:]) throws -> GitResult {
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        variables.merge(extra) { $1 }
        let invocation = ["-C", directory] + arguments
        do {
            return try GitProcess.run(executable, invocation, environment: variables, input: input)
        } catch {
            throw GitError(arguments: arguments, status: nil, message: "could not start \(executable): \(error)")
        }
    }

    /// Runs git and returns its standard output without the final newline.
    ///
    /// Throws `GitError` naming the command, its exit status and its stderr when git fails.
    @discardableResult
    public func output(_ arguments: [String], input: Data? = nil, environment extra: [String: String] = [:]) throws -> String {
        let result = try run(arguments, input: input, environment: extra)
        guard result.status == 0 else { throw GitError(arguments: arguments, result: result) }
        var text = result.outputText
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Like `output`, but `nil` when git exits with `status` (e.g. 1 for "no such config key").
    func output(_ arguments: [String], nilOnStatus status: Int32, environment extra: [String: String] = [:]) throws -> String? {
        let result = try run(arguments, environment: extra)
        if result.status == status { return nil }
        guard result.status == 0 else { throw GitError(arguments: arguments, result: result) }
        var text = result.outputText
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// What one git run produced.
public struct GitResult: Sendable, Equatable {
    /// The exit status; 128 + N when git was killed by signal N.
    public var status: Int32
    public var standardOutput: Data
    public var standardError: Data

    /// stdout as UTF-8 text (invalid bytes become U+FFFD).
    public var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
    /// stderr as UTF-8 text, without surrounding whitespace.
    public var errorText: String {
        String(decoding: standardError, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A git command that failed or could not be started, with what git said.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The arguments after `git` (without the `-C directory` Docket adds).
    public var arguments: [String]
    /// The exit status, or `nil` when git did not run.
    public var status: Int32?
    /// git's stderr, or why git did not run.
    public var message: String

    /// An error for `git ARGUMENTS` that exited with `status` (or did not run) saying `message`.
    public init(arguments: [String], status: Int32?, message: String) {
        self.arguments = arguments
        self.status = status
        self.message = message
    }

    init(arguments: [String], result: GitResult) {
        self.init(arguments: arguments, status: result.status, message: result.errorText)
    }

    /// `git rev-parse HEAD failed (exit status 128): fatal: ...`.
    public var description: String {
        let command = (["git"] + arguments).joined(separator: " ")
        guard let status else { return "\(command): \(message)" }
        let detail = message.isEmpty ? "" : ": \(message)"
        return "\(command) failed (exit status \(status))\(detail)"
    }
}
