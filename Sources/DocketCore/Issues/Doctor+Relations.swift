/// The doctor's checks between files: one key in several files, `blocked_by` naming no
/// issue, and issues that block each other in a loop.
extension Doctor {
    /// Every file of a key that more than one readable file claims.
    func duplicates(in files: [File]) -> [DoctorProblem] {
        var problems: [DoctorProblem] = []
        for group in Doctor.duplicateGroups(files) {
            let hint = !Doctor.spansBothFolders(group) ? ""
                : isIdenticalPair(group) ? "; the copies are identical: 'docket doctor --fix' keeps the one in closed/"
                : "; it is in both open/ and closed/: resolve by hand, keeping one"
            for file in group {
                let others = group.filter { $0.path != file.path }.map(\.path).joined(separator: ", ")
                let key = file.issue?.key.description ?? ""
                problems.append(DoctorProblem(.duplicateID, "duplicate id \(key) (also in \(others))\(hint)", path: file.path, line: file.idLine))
            }
        }
        return problems
    }

    /// Readable files grouped by key, for keys held by more than one file; the group in
    /// creation order (then path order), so the first is the one to keep.
    static func duplicateGroups(_ files: [File]) -> [[File]] {
        var byKey: [IssueKey: [File]] = [:]
        for file in files {
            if let key = file.issue?.key { byKey[key, default: []].append(file) }
        }
        return byKey.values.filter { $0.count > 1 }
            .map { $0.sorted { ($0.issue?.created ?? "", $0.path) < ($1.issue?.created ?? "", $1.path) } }
            .sorted { ($0.first?.path ?? "") < ($1.first?.path ?? "") }
    }

    /// Each `blocked_by` entry that names no issue in either folder.
    func danglingBlockers(in files: [File]) -> [DoctorProblem] {
        let keys = Set(files.compactMap { $0.issue?.key })
        var problems: [DoctorProblem] = []
        for file in files {
            guard let issue = file.issue else { continue }
            for blocker in issue.blockedBy where !keys.contains(blocker) {
                problems.append(DoctorProblem(.danglingBlocker, "blocked_by names \(blocker), which no issue has", path: file.path, line: file.blockedByLine))
            }
        }
        return problems
    }

    /// One problem per dependency cycle, reported at the file of its smallest key and
    /// spelled out from there: `#1 -> #2 -> #1`.
    func cycles(in files: [File]) -> [DoctorProblem] {
        var edges: [IssueKey: [IssueKey]] = [:]
        var fileOf: [IssueKey: File] = [:]
        for file in files {
            guard let issue = file.issue else { continue }
            edges[issue.key, default: []] += issue.blockedBy
            if fileOf[issue.key] == nil { fileOf[issue.key] = file }
        }
        var problems: [DoctorProblem] = []
        for component in DependencyGraph(edges: edges).cyclicComponents() {
            guard let start = component.min(), let file = fileOf[start] else { continue }
            let path = DependencyGraph(edges: edges).cycle(through: start, within: Set(component))
            let spelled = (path + [start]).map(\.description).joined(separator: " -> ")
            problems.append(DoctorProblem(.cycle, "dependency cycle: \(spelled)", path: file.path, line: file.blockedByLine))
        }
        return problems
    }
}
