import Foundation
@testable import DocketCore

/// A git that answers `for-each-ref`, `worktree list`, `ls-tree` and `cat-file --batch`
/// from canned data and records every call, so a test can count what a command asked git.
final class FakeGit: GitRunning, @unchecked Sendable {
    /// `ref name → commit`.
    var refs: [(name: String, sha: String)] = []
    /// `commit → [(path relative to the top, blob)]`.
    var trees: [String: [(path: String, blob: String)]] = [:]
    /// `blob → text`.
    var blobs: [String: String] = [:]
    private(set) var calls: [[String]] = []
    private let lock = NSLock()

    func run(_ arguments: [String], input: Data?, environment extra: [String: String]) throws -> GitResult {
        lock.withLock { calls.append(arguments) }
        switch arguments.first {
        case "for-each-ref":
            return ok(refs.map { "\($0.sha) commit \($0.name) \n" }.joined())
        case "worktree":
            return ok("")
        case "--literal-pathspecs":
            let commit = arguments[5]
            return ok((trees[commit] ?? []).map { "100644 blob \($0.blob)\t\($0.path)\0" }.joined())
        case "cat-file":
            let wanted = String(decoding: input ?? Data(), as: UTF8.self).split(separator: "\n").map(String.init)
            return ok(wanted.map { sha in
                guard let text = blobs[sha] else { return "\(sha) missing\n" }
                return "\(sha) blob \(text.utf8.count)\n\(text)\n"
            }.joined())
        default:
            return GitResult(status: 1, standardOutput: Data(), standardError: Data("unexpected".utf8))
        }
    }

    /// How many calls began with `command` (`ls-tree` calls begin with `--literal-pathspecs`).
    func count(_ command: String) -> Int {
        lock.withLock { calls.filter { $0.contains(command) }.count }
    }

    private func ok(_ text: String) -> GitResult {
        GitResult(status: 0, standardOutput: Data(text.utf8), standardError: Data())
    }
}
