import Foundation

extension Hooks {
    /// The line that marks a hook file as Docket's.
    static let marker = "# docket-hook: managed by docket; 'docket hooks uninstall' removes it"
    /// The line recording the settings the hook was installed with, read back by `status`.
    static let settingsPrefix = "# docket-hook-settings:"

    /// The POSIX sh script for hook `name` (`commit-msg`, `post-commit` or `post-rewrite`).
    ///
    /// It first runs `NAME.docket-chained` (the hook that was there before Docket's, if any,
    /// and only if executable, as git itself would), then `docket -C PROJECT hook NAME` (no
    /// `-C` for a project at the top):
    /// `post-commit` and `post-rewrite` get `--mode MODE`, `commit-msg` gets `--strict` when
    /// strict, and all pass git's arguments through (`post-rewrite`'s stdin goes to both the
    /// chained hook and Docket). A failing chained `commit-msg` stops the commit before Docket
    /// runs. The others cannot stop anything, so Docket still runs and the script exits with
    /// the chained hook's status.
    ///
    /// git runs hooks at the top of the working tree, so `project` (the project's folder
    /// relative to it) finds the project wherever the commit is made. When that folder has no
    /// `.project/issues` in the checked-out commit (an older branch, `rebase -i --root`) the
    /// script exits quietly, before `docket -C` could fail on a missing folder or find another
    /// project further up. When the docket executable is missing the script says so on stderr
    /// and exits 0 (or with the chained status), so a missing Docket never makes a commit fail.
    static func script(for name: String, mode: String, strict: Bool, executable: String, project: String) -> String {
        let isPath = executable.contains("/")
        let found = isPath ? "[ -x \(quoted(executable)) ]" : "command -v \(quoted(executable)) >/dev/null 2>&1"
        let missing = isPath ? "\(executable) not found" : "not on PATH"
        let warning = "docket: \(missing); skipping the \(name) hook (install docket or run 'docket hooks uninstall')"
        let header = [
            "#!/bin/sh",
            marker,
            "\(settingsPrefix) mode=\(mode) strict=\(strict ? "yes" : "no")",
            "# A hook that was here before Docket's is kept as \(name)\(chainedSuffix) and runs first.",
            "chained=\"$(dirname \"$0\")/\(name)\(chainedSuffix)\"",
            "# The Docket project, relative to the top of the working tree (where git runs hooks).",
            "project=\(quoted(project))",
        ]
        let docket = "\(quoted(executable))\(project == "." ? "" : " -C \"$project\"") hook \(name)"
        let body: [String]
        switch name {
        case "commit-msg":
            body = [
                "if [ -x \"$chained\" ]; then \"$chained\" \"$@\" || exit $?; fi",
                "[ -d \"$project/.project/issues\" ] || exit 0",
                "\(found) || { echo \(quoted(warning)) >&2; exit 0; }",
                "exec \(docket)\(strict ? " --strict" : "") \"$@\"",
            ]
        case "post-rewrite":
            body = [
                "input=$(cat; echo .)",
                "input=${input%.}",
                "status=0",
                "if [ -x \"$chained\" ]; then printf '%s' \"$input\" | \"$chained\" \"$@\"; status=$?; fi",
                "[ -d \"$project/.project/issues\" ] || exit \"$status\"",
                "\(found) || { echo \(quoted(warning)) >&2; exit \"$status\"; }",
                "printf '%s' \"$input\" | \(docket) --mode \(quoted(mode)) \"$@\" || exit $?",
                "exit \"$status\"",
            ]
        default:
            body = [
                "status=0",
                "if [ -x \"$chained\" ]; then \"$chained\" \"$@\"; status=$?; fi",
                "[ -d \"$project/.project/issues\" ] || exit \"$status\"",
                "\(found) || { echo \(quoted(warning)) >&2; exit \"$status\"; }",
                "\(docket) --mode \(quoted(mode)) \"$@\" || exit $?",
                "exit \"$status\"",
            ]
        }
        return (header + body).joined(separator: "\n") + "\n"
    }

    /// The settings recorded in a Docket hook script; `nil` when the line is missing.
    static func settings(in script: String) -> (mode: String, strict: Bool)? {
        guard let line = script.split(separator: "\n").first(where: { $0.hasPrefix(settingsPrefix) }) else { return nil }
        var mode = ""
        var strict = false
        for field in line.dropFirst(settingsPrefix.count).split(separator: " ") {
            if field.hasPrefix("mode=") { mode = String(field.dropFirst("mode=".count)) }
            if field == "strict=yes" { strict = true }
        }
        return (mode, strict)
    }

    /// `text` as one single-quoted sh word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Whether `mode` can be written into a script and read back: letters, digits, `-`, `_`.
    static func isValidMode(_ mode: String) -> Bool {
        !mode.isEmpty && mode.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
    }
}
