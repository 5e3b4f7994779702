/// `docket doctor --fix`: repairs what can be repaired without judgement, and never deletes
/// or overwrites a file.
///
/// - A front-matter file without an `id:` (but otherwise readable) gets the next ID and
///   the standard file name.
/// - Of several files with one key, all but the first created (by `created:`, then path)
///   get fresh IDs and names; for the dialect the heading's ID changes with the name.
/// - A file whose status names the other folder moves there when the file records that the
///   status is the later word: in `closed/` with `status: open` and an `updated:` later
///   than its `closed:` (edited after closing), or in `open/` with a closed status and a
///   `closed:` (or dialect `*Resolved:*` date) later than its `updated:` or without one
///   (closed by hand, not moved). When the two are equal, as `docket close` writes them,
///   or there is no `closed:`, the folder wins and the problem is only reported.
extension Doctor {
    /// Applies every fix, reading the files again between kinds of fix; returns what was
    /// done and the files as they are now. A fix that fails is reported through `warn` and skipped.
    func fix(_ files: [File], warn: (String) -> Void) throws -> (fixes: [DoctorFix], files: [File]) {
        var fixes: [DoctorFix] = []
        var current = files
        for step in [giveIDs, renumberDuplicates, moveToStatusFolder] {
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
            if let id = file.headingID { keys.append(IssueKey(prefix: id.prefix, number: id.number)) }
            if let key = Slug.key(fromFileName: file.name) { keys.append(key) }
        }
        return keys.filter { $0.prefix == prefix }.map(\.number).max() ?? 0
    }

    private func giveIDs(_ files: [File], warn: (String) -> Void) -> [DoctorFix] {
        var floor = highest(files, prefix: nil)
        return files.compactMap { file -> DoctorFix? in
            guard file.lacksID, let matter = frontMatter(of: file),
                  let title = matter["title"]?.scalar?.trimmingSpacesAndNewlines, !title.isEmpty,
                  (try? IssueFile.parse(frontMatterText: matter.applying([.text("id", "1")]), path: file.path, state: file.state)) != nil
            else { return nil }
            return attempt(file, warn: warn) {
                let (key, path) = try store.renumber(file.path, prefix: nil, above: floor) { key in
                    (Slug.fileName(for: key, title: title), matter.applying([.text("id", String(key.number))]))
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

    /// The file's front matter, read again; nil when it no longer reads.
    private func frontMatter(of file: File) -> FrontMatter? {
        guard let text = try? text(of: file) else { return nil }
        return try? FrontMatter(parsing: text, path: file.path)
    }

    private func renumberDuplicates(_ files: [File], warn: (String) -> Void) -> [DoctorFix] {
        var fixes: [DoctorFix] = []
        for group in Doctor.duplicateGroups(files) {
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

    /// Gives one file a fresh number: the `id:` of a front-matter file, the heading and
    /// file name of a dialect file (keeping its slug).
    private func renumber(_ file: File, floor: Int) throws -> (key: IssueKey, path: String)? {
        guard let issue = file.issue else { return nil }
        let text = try text(of: file)
        if file.isFrontMatter {
            let matter = try FrontMatter(parsing: text, path: file.path)
            return try store.renumber(file.path, prefix: nil, above: floor) { key in
                (Slug.fileName(for: key, title: issue.title), matter.applying([.text("id", String(key.number))]))
            }
        }
        guard let prefix = issue.key.prefix else { return nil }
        return try store.renumber(file.path, prefix: prefix, above: floor) { key in
            let id = ProtocolID(prefix: prefix, number: key.number)
            let slug = file.slug.map { $0.isEmpty ? "" : "-" + $0 } ?? ""
            let renamed = file.headingID == nil ? nil : Doctor.replacingHeadingID(in: text, line: file.idLine, with: id)
            return ("\(id)\(slug).md", renamed ?? text)
        }
    }

    private func moveToStatusFolder(_ files: [File], warn: (String) -> Void) -> [DoctorFix] {
        files.compactMap { file -> DoctorFix? in
            guard let issue = file.issue, let target = Doctor.statusFolder(of: file), target != file.state else { return nil }
            return attempt(file, warn: warn) {
                let moved = try store.move(issue, to: target, [])
                return DoctorFix(path: file.path, newPath: moved.path, message: "moved to \(target.rawValue)/ as its status says: \(moved.path)")
            }
        }
    }

    /// The folder a file's status should move it to, when the file shows the status to be
    /// newer than the folder (see the type's documentation); nil otherwise.
    static func statusFolder(of file: File) -> IssueState? {
        guard let issue = file.issue, let status = issue.status else { return nil }
        let kind = ProtocolStatus(reading: status)
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
    static func replacingHeadingID(in text: String, line: Int, with id: ProtocolID) -> String? {
        var lines = TextLines(text)
        guard line >= 1, line <= lines.count else { return nil }
        let original = lines.lines[line - 1]
        let start = original.firstIndex { $0 != "#" && $0 != " " && $0 != "\t" } ?? original.endIndex
        guard original.first == "#", let (_, rest) = ProtocolID.leading(in: original[start...]) else { return nil }
        lines.lines[line - 1] = Substring(String(original[..<start]) + id.description + String(rest))
        return lines.text
    }
}
