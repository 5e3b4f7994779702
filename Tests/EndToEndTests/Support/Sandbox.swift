import Foundation

/// A temporary directory where the real `docket` binary and real `git` run as processes,
/// isolated from the user's git configuration.
final class Sandbox {
    static let binaryDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug").path

    /// `.build/python/bin/python3` (with the MCP SDK) when `.ci/setup` made it, else `python3`.
    static let python: String = {
        let venv = URL(fileURLWithPath: binaryDirectory).deletingLastPathComponent().path + "/python/bin/python3"
        return access(venv, X_OK) == 0 ? venv : "python3"
    }()

    let root: String
    let environment: [String: String]

    init() {
        var bytes = Array((NSTemporaryDirectory() + "docket-e2e-XXXXXX").utf8CString)
        root = bytes.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = Sandbox.binaryDirectory + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_AUTHOR_NAME"] = "Tester"
        environment["GIT_AUTHOR_EMAIL"] = "tester@example.com"
        environment["GIT_COMMITTER_NAME"] = "Tester"
        environment["GIT_COMMITTER_EMAIL"] = "tester@example.com"
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "GIT_DIR")
        environment.removeValue(forKey: "GIT_INDEX_FILE")
        self.environment = environment
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts a program from PATH with arguments (never a shell); call `wait` on the result.
    func start(_ arguments: [String], in directory: String? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory.map { $0.hasPrefix("/") ? $0 : root + "/" + $0 } ?? root)
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    static func wait(_ started: (Process, Pipe, Pipe)) -> Result {
        let out = started.1.fileHandleForReading.readDataToEndOfFile()
        let err = started.2.fileHandleForReading.readDataToEndOfFile()
        started.0.waitUntilExit()
        return Result(status: started.0.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    @discardableResult
    func run(_ arguments: String..., in directory: String? = nil) throws -> Result {
        Sandbox.wait(try start(arguments, in: directory))
    }

    /// Runs and requires success, returning trimmed stdout.
    @discardableResult
    func must(_ arguments: String..., in directory: String? = nil) throws -> String {
        let result = Sandbox.wait(try start(arguments, in: directory))
        guard result.status == 0 else {
            throw SandboxError(message: "\(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) -> String {
        (try? String(contentsOfFile: path(relative), encoding: .utf8)) ?? ""
    }

    func files(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    /// A git repository with docket initialised and committed.
    func makeRepository(hooks: Bool = true) throws {
        try must("git", "init", "-q", "-b", "main")
        try must("docket", "init")
        try must("git", "add", "-A")
        try must("git", "commit", "-qm", "Set up docket")
        if hooks { try must("docket", "hooks", "install") }
    }
}

struct SandboxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
