/// The word a project's closed PREFIX-NNN issues use for their status (the dialect's
/// `**Status**`), so closing writes the same.
extension IssueStore {
    /// The most common status of the PREFIX-NNN files in `closed/` that mean done (`Resolved`,
    /// `Closed`, `Fixed`, …; not `Won't Fix`, `Open` or `In Progress`), ties going to the
    /// alphabetically first; `nil` when there is none (closing then writes `Resolved`).
    /// The names are listed without a stat per file.
    func closedStatusWord() throws -> String? {
        var counts: [String: Int] = [:]
        for name in try FileSystem.markdownNames(in: layout.directory(for: .closed)) where Slug.key(fromFileName: name)?.prefix != nil {
            let path = layout.directory(for: .closed) + "/" + name
            guard let text = try? FileSystem.readText(path), let kind = IssueFormat.read(text, path: path, state: .closed).statusWord else { continue }
            switch kind {
            case .open, .inProgress, .wontFix: continue
            case .resolved, .closed, .other: counts[kind.text, default: 0] += 1
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// `changes` to `issue` with the project's status word in each `close` that names none.
    /// Only a file in a format whose keys have prefixes (the dialect) writes a status word,
    /// so closing any other costs no look at `closed/`.
    func withClosedStatusWord(_ changes: [IssueChange], for issue: Issue) throws -> [IssueChange] {
        guard changes.contains(where: { if case .close(_, _, _, nil) = $0 { true } else { false } }),
              IssueFormat.format(of: try FileSystem.readText(layout.root + "/" + issue.path)).keysHavePrefixes,
              let word = try closedStatusWord()
        else { return changes }
        return changes.map { change in
            guard case .close(let time, let reason, let commit, nil) = change else { return change }
            return .close(at: time, reason: reason, commit: commit, statusWord: word)
        }
    }
}
