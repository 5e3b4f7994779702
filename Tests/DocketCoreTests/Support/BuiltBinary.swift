import Foundation
import Testing
@testable import DocketCore

/// Where the build put what tests run as other processes: the `docket` executable (for a
/// stand-in editor or hook), and the Python that `.ci/setup` prepares.
enum BuiltBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let directory = packageRoot + "/.build/debug"

    /// `.build/python/bin/python3` (with PyYAML) when `.ci/setup` made it, else `python3`.
    static let python: String = {
        let venv = packageRoot + "/.build/python/bin/python3"
        return access(venv, X_OK) == 0 ? venv : "python3"
    }()

    /// Runs `script` with `python` (PyYAML importable), `documents` as a JSON array of
    /// strings on its standard input; what it prints, which must be JSON.
    static func pyYAML(_ script: String, documents: [String]) throws -> JSONValue {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(JSONValue.array(documents.map(JSONValue.string)).compactText.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with PyYAML is required (.ci/setup installs it)")
        return try JSONValue(parsing: data)
    }
}
