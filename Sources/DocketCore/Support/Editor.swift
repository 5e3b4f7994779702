import Foundation

/// Runs the user's editor on a file the way git does: `$VISUAL`, else `$EDITOR`, else `vi`,
/// through `/bin/sh -c '<editor> "$@"' <editor> FILE`. The editor text is shell words the user
/// wrote (`vim -n`, `'/opt/my editor/ed'`); the file is an argument, never part of that text.
enum Editor {
    /// The editor command the environment names.
    static func command(environment: [String: String]) -> String {
        [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    }

    /// Edits `path` and returns what the editor left. An editor that fails or leaves only
    /// whitespace aborts, as `git commit` does: the file is removed and the error says nothing changed.
    static func edit(_ path: String, environment: [String: String]) throws -> String {
        let command = command(environment: environment)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$@\"", command, path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            unlink(path)
            throw DocketError.failure("aborting: cannot start the editor '\(command)': \(error.localizedDescription); nothing changed")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            unlink(path)
            let how = process.terminationReason == .exit
                ? "exited with status \(process.terminationStatus)" : "was killed by signal \(process.terminationStatus)"
            throw DocketError.failure("aborting: the editor \(how); nothing changed")
        }
        let text: String
        do {
            text = try FileSystem.readText(path)
        } catch {
            unlink(path)
            throw DocketError.failure("aborting: the editor left no file; nothing changed")
        }
        guard !text.trimmingSpacesAndNewlines.isEmpty else {
            unlink(path)
            throw DocketError.failure("aborting: empty buffer; nothing changed")
        }
        return text
    }
}
