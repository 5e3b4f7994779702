import DocketCore
import Foundation

/// What the processes left in the sandbox, read in-process: issues through Docket's own
/// parser, files as raw bytes.
extension Sandbox {
    var store: IssueStore { IssueStore(layout: ProjectLayout(root: root)) }

    /// Every issue file parsed; the files that do not parse are its `problems`.
    func snapshot() throws -> IssueStore.Snapshot {
        try store.load()
    }

    /// The one issue numbered `number` (an error when none or two files claim it).
    func issue(_ number: Int) throws -> Issue {
        try store.issue(IssueKey(number: number))
    }

    /// `docket show ID --json`, decoded.
    func shown(_ id: String) throws -> [String: Any] {
        let text = try must("docket", "show", id, "--json")
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }

    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path(relative)))
    }

    /// Paths `git status` shows (untracked files one by one).
    func gitStatusPaths() throws -> [String] {
        let result = try run("git", "status", "--porcelain", "--untracked-files=all")
        guard result.status == 0 else { throw SandboxError(message: "git status failed: \(result.stderr)") }
        return result.stdout.split(separator: "\n").map { String($0.dropFirst(3)) }
    }
}
