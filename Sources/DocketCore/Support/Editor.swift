import Foundation

/// Runs the user's editor on a file, as git does: `$VISUAL`, else `$EDITOR`, else `vi`.
/// The command is split on spaces and run directly, never through a shell.
enum Editor {
    static func edit(_ path: String, environment: [String: String]) throws {
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let words = command.split(separator: " ").map(String.init)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words + [path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            throw DocketError.failure("cannot start the editor '\(command)': \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DocketError.failure("the editor '\(command)' exited with status \(process.terminationStatus)")
        }
    }
}
