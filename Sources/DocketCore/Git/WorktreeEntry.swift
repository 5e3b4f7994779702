import Foundation

/// One worktree of a clone, as `git worktree list --porcelain -z` describes it.
struct WorktreeEntry: Sendable, Equatable {
    var path: String
    /// The checked-out branch (`refs/heads/main`); `nil` when detached or bare.
    var branch: String?
    var isBare: Bool

    static let listArguments = ["worktree", "list", "--porcelain", "-z"]

    /// Parses the `-z` form: attributes end in NUL and an empty attribute ends a worktree,
    /// so paths with newlines survive.
    static func parse(_ text: String) -> [WorktreeEntry] {
        var entries: [WorktreeEntry] = []
        var current: WorktreeEntry?
        for attribute in text.split(separator: "\0", omittingEmptySubsequences: false) {
            if attribute.isEmpty {
                if let entry = current { entries.append(entry) }
                current = nil
            } else if attribute.hasPrefix("worktree ") {
                if let entry = current { entries.append(entry) }
                current = WorktreeEntry(path: String(attribute.dropFirst("worktree ".count)), branch: nil, isBare: false)
            } else if attribute.hasPrefix("branch ") {
                current?.branch = String(attribute.dropFirst("branch ".count))
            } else if attribute == "bare" {
                current?.isBare = true
            }
        }
        if let entry = current { entries.append(entry) }
        return entries
    }
}

extension GitRunning {
    /// Every worktree of the clone, the main one first.
    func worktrees() throws -> [WorktreeEntry] {
        WorktreeEntry.parse(String(decoding: try stdout(WorktreeEntry.listArguments), as: UTF8.self))
    }
}
