import Foundation

/// `docket doctor --fix`: repairs what can be repaired without judgement, and never
/// overwrites a file's text with another's or deletes anything given: it removes only stale
/// temporary files and byte-identical copies.
///
/// - A Docket temporary file older than `DoctorFolder.staleAfter` (by mtime, against the
///   invocation's clock) is removed: a killed write left it, and its text never took effect.
/// - A front-matter file without an `id:` (but otherwise readable) gets the next ID and
///   the standard file name.
/// - A key held by files in both `open/` and `closed/` is a conflict to resolve by hand and
///   is left alone, unless there are exactly two files and they are byte-identical: then the
///   one in `open/` is removed and the one in `closed/` kept (a close that copied the file
///   rather than moving it). Several files of one key in one folder: all but the first
///   created (by `created:`, then path) get fresh IDs and names, each printed; for the dialect
///   the heading's ID changes with the name.
/// - A file whose status names the other folder (and whose key no other file holds) moves
///   there when the file records that the status is the later word: in `closed/` with
///   `status: open` and an `updated:` later than its `closed:` (edited after closing), or in
///   `open/` with a closed status and a `closed:` (or dialect `*Resolved:*` date) later than
///   its `updated:` or without one (closed by hand, not moved). Otherwise the folder wins, as
///   a close or reopen moves the file first and then rewrites it: a file in `closed/` gets
///   the close written (`closed:` kept, or the file's mtime; reason and commit kept), a file
///   in `open/` the reopen.
extension Doctor {
    /// Applies every fix, reading the files again between kinds of fix; returns what was
    /// done and the files as they are now. A fix that fails is reported through `warn` and skipped.
    func fix(_ files: [File], warn: (String) -> Void) throws -> (fixes: [DoctorFix], files: [File]) {
        var fixes: [DoctorFix] = []
        var current = files
        let steps: [([File], (String) -> Void) -> [DoctorFix]] = [
            { _, warn in removeStaleTemporaries(warn: warn) }, giveIDs, renumberDuplicates, settleStatus,
        ]
        for step in steps {
            let done = step(current, warn)
            if !done.isEmpty {
                fixes += done
                current = try read()
            }
        }
        return (fixes, current)
    }

    /// Runs one repair, turning its failure into a warning.
    private func attempt(_ file: File, warn: (String) -> Void, _ body: () throws -> DoctorFix?) -> DoctorFix? {
        do {
            return try body()
        } catch {
            warn("docket: cannot fix \(file.path): \(error)")
            return nil
        }
    }

    /// The highest number in use for `prefix`: in readable files, in dialect headings and
    /// file names, so a fresh number collides with none of them.
    private func highest(_ files: [File], prefix: String?) -> Int {
        var keys = files.compactMap(\.issue?.key)
        for file in files {
            if let key = file.namedKey { keys.append(key) }
            if let key = Slug.key(fromFileName: file.name) { keys.append(key) }
        }
        return keys.filter { $0.prefix == prefix }.map(\.number).max() ?? 0
    }

    /// Gives a file that reads but names no key (front matter without `id:`) a fresh one,
    /// as its format writes it, when the result reads as an issue.
    private func giveIDs(_ files: [File], warn: (String) -> Void) -> [DoctorFix] {
        var floor = highest(files, prefix: nil)
        return files.compactMap { file -> DoctorFix? in
            guard file.lacksID, let text = try? text(of: file) else { return nil }
            let format = IssueFormat.format(of: text)
            let reading = format.read(text, path: file.path, state: file.state)
            guard let trial = try? format.renumbered(text, reading: reading, fileName: file.name, to: IssueKey(number: floor + 1)),
                  format.read(trial.text, path: file.path, state: file.state).issue != nil
            else { return nil }
            return attempt(file, warn: warn) {
                let (key, path) = try store.renumber(file.path, prefix: nil, above: floor) { key in
                    try format.renumbered(text, reading: reading, fileName: file.name, to: key)
                }
                floor = key.number
                return DoctorFix(path: file.path, newPath: path, message: "gave \(file.path) the id \(key): \(path)")
            }
        }
    }

    /// The file's text, read again.
    private func text(of file: File) throws -> String {
        try FileSystem.readText(store.layout.root + "/" + file.path)
    }

    private func renumberDuplicates(_ files: [File], warn: (String) -> Void) -> [DoctorFix] {
        var fixes: [DoctorFix] = []
        for group in Doctor.duplicateGroups(files) {
            if Doctor.spansBothFolders(group) {
                if let fix = removeIdenticalOpenCopy(group, warn: warn) { fixes.append(fix) }
                continue
            }
            for file in group.dropFirst() {
                guard let old = file.issue?.key else { continue }
                let floor = highest(files, prefix: old.prefix)
                let fix = attempt(file, warn: warn) { () -> DoctorFix? in
                    guard let (key, path) = try renumber(file, floor: floor) else { return nil }
                    return DoctorFix(path: file.path, newPath: path, message: "\(old) -> \(key): \(path)")
                }
                if let fix { fixes.append(fix) }
            }
        }
        return fixes
    }

    /// Whether one key's files lie in both folders.
    static func spansBothFolders(_ group: [File]) -> Bool {
        Set(group.map(\.state)).count > 1
    }

    /// Two byte-identical files of one key, one per folder: the open one goes.
    private func removeIdenticalOpenCopy(_ group: [File], warn: (String) -> Void) -> DoctorFix? {
        guard isIdenticalPair(group), let open = group.first(where: { $0.state == .open }),
              let closed = group.first(where: { $0.state == .closed })
        else { return nil }
        return attempt(open, warn: warn) {
            guard unlink(store.layout.root + "/" + open.path) == 0 else { throw SystemError("unlink", path: open.path) }
            return DoctorFix(path: open.path, newPath: closed.path, message: "removed \(open.path): a byte-identical copy of \(closed.path)")
        }
    }

    /// Whether `group` is two files with the same bytes.
    func isIdenticalPair(_ group: [File]) -> Bool {
        guard group.count == 2 else { return false }
        let texts = group.map { try? FileSystem.read(store.layout.root + "/" + $0.path) }
        return texts[0] != nil && texts[0] == texts[1]
    }

    /// Gives one file a fresh number, as its format writes one (the `id:` of a front-matter
    /// file, the heading and file name of a dialect file).
    private func renumber(_ file: File, floor: Int) throws -> (key: IssueKey, path: String)? {
        guard let issue = file.issue else { return nil }
        let text = try text(of: file)
        let format = IssueFormat.format(of: text)
        let reading = format.read(text, path: file.path, state: file.state)
        return try store.renumber(file.path, prefix: issue.key.prefix, above: floor) { key in
            try format.renumbered(text, reading: reading, fileName: file.name, to: key)
        }
    }

    private func settleStatus(_ files: [File], warn: (String) -> Void) -> [DoctorFix] {
        let duplicated = Set(Doctor.duplicateGroups(files).joined().map(\.path))
        return files.compactMap { file -> DoctorFix? in
            guard let issue = file.issue, !duplicated.contains(file.path), let status = issue.status,
                  let closed = Doctor.closedness(IssueStatus(reading: status)), closed != (file.state == .closed)
            else { return nil }
            return attempt(file, warn: warn) {
                if let target = Doctor.statusFolder(of: file), target != file.state {
                    let moved = try store.move(issue, to: target, [])
                    return DoctorFix(path: file.path, newPath: moved.path, message: "moved to \(target.rawValue)/ as its status says: \(moved.path)")
                }
                // The same operation `close` and `reopen` finish a cut-short move with, so a
                // close written here releases the claim too.
                if file.state == .closed {
                    let time = issue.closed ?? modified(file).map(Timestamp.iso) ?? Timestamp.iso(now)
                    _ = try store.transition(issue.key, to: .closed, [.close(at: time, reason: issue.closedReason, commit: issue.closedBy), .updated(time)])
                    return DoctorFix(path: file.path, newPath: file.path, message: "wrote the close of \(file.path), which is in closed/ (closed \(time))")
                }
                _ = try store.transition(issue.key, to: .open, [.reopen, .updated(Timestamp.iso(now))])
                return DoctorFix(path: file.path, newPath: file.path, message: "wrote the reopen of \(file.path), which is in open/")
            }
        }
    }

    /// The file's mtime, when it can be read.
    private func modified(_ file: File) -> Date? {
        var info = stat()
        guard lstat(store.layout.root + "/" + file.path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1_000_000_000)
    }

    /// The folder a file's status should move it to, when the file shows the status to be
    /// newer than the folder (see the type's documentation); nil otherwise.
    static func statusFolder(of file: File) -> IssueState? {
        guard let issue = file.issue, let status = issue.status else { return nil }
        let kind = IssueStatus(reading: status)
        if case .other = kind { return nil }
        switch (file.state, kind.isClosed) {
        case (.closed, false):
            guard let closed = issue.closed, let updated = issue.updated, updated > closed else { return nil }
            return .open
        case (.open, true):
            guard let closed = issue.closed else { return nil }
            if let updated = issue.updated, updated >= closed { return nil }
            return .closed
        default:
            return nil
        }
    }

    /// The text with the ID in the heading on `line` (counted from 1) replaced; nil when
    /// that line holds no `# PREFIX-NNN` heading.
}
