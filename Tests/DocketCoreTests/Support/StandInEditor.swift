import Foundation
@testable import DocketCore

/// A small shell script standing in for the user's editor, and a way to run the commands that
/// start it.
extension TestProject {
    /// Makes `$EDITOR` a script running `body` (the file is its last argument), written at
    /// `tools/NAME` and quoted as a user would, followed by `arguments`.
    func useEditor(_ body: String, name: String = "editor.sh", arguments: String = "") {
        write("tools/" + name, "#!/bin/sh\n" + body + "\n")
        chmod(path("tools/" + name), 0o755)
        environment["EDITOR"] = Hooks.quoted(path("tools/" + name)) + arguments
        environment["PATH"] = "/usr/bin:/bin"
    }

    /// Runs a command that starts the editor, again while the just-written script is still
    /// "Text file busy" because another test's forked child holds it open for a moment (exit
    /// 126 aborts and changes nothing). A retry after an OS race, not a wait for a result.
    @discardableResult
    func runStartingTheEditor(_ arguments: [String]) -> Outcome {
        var outcome = run(arguments)
        for _ in 0..<50 where outcome.stderr.contains("exited with status 126") {
            usleep(10_000)
            outcome = run(arguments)
        }
        return outcome
    }
}
