import Foundation

/// `docket doctor`'s examination of the issue files: it reads every file in `open/` and
/// `closed/` directly (never the index) and reports each problem at its file and line.
struct Doctor {
    let store: IssueStore
    /// The time against which temporary files are judged stale.
    var now = Date()

    /// What the doctor keeps of one issue file: little enough for 100,000 of them (no text,
    /// no body); a fix reads the file again.
    struct File {
        var state: IssueState
        var name: String
        /// Relative to the project root, as printed.
        var path: String
        /// The issue, without its body, when the file can be read.
        var issue: Issue?
        /// The problems the file has on its own.
        var problems: [DoctorProblem] = []
        /// The line that names the issue's ID (`id:` or the heading); 1 when there is none.
        var idLine = 1
        /// The line of `blocked_by` (or the ID's line).
        var blockedByLine = 1
        /// Whether the file is a front-matter file (otherwise the `# PREFIX-NNN` dialect).
        var isFrontMatter = false
        /// A front-matter file whose front matter reads but has no `id:`.
        var lacksID = false
        /// The dialect heading's ID, and the slug of a dialect file name.
        var headingID: ProtocolID?
        var slug: String?
    }

    /// Reads every issue file, in path order (the doctor's own listing: see `DoctorFolder`).
    func read() throws -> [File] {
        var files: [File] = []
        for state in IssueState.allCases {
            let directory = store.layout.directory(for: state)
            let names = try DoctorFolder.list(directory, issueFolder: true).compactMap { entry -> String? in
                if case .issueFile(let name) = entry { return name }
                return nil
            }
            for name in names.sorted() {
                let path = store.layout.relativePath(state: state, name: name)
                var file = File(state: state, name: name, path: path)
                do {
                    examine(&file, text: try FileSystem.readText(directory + "/" + name))
                } catch {
                    file.problems = [DoctorProblem(.unreadable, "cannot read: \(String(cString: strerror(error.code)))", path: path, line: 1)]
                }
                files.append(file)
            }
        }
        return files
    }

    /// Every problem in `files`, by path and line.
    func check(_ files: [File]) -> [DoctorProblem] {
        let problems = files.flatMap(\.problems) + strays() + duplicates(in: files) + danglingBlockers(in: files) + cycles(in: files)
            + closingCommitsOnNoBranch(in: files)
        return problems.enumerated().sorted { a, b in
            (a.element.location.path, a.element.location.line, a.offset) < (b.element.location.path, b.element.location.line, b.offset)
        }.map(\.element)
    }

    /// Parses one file and records what the checks need, and its own problems.
    private func examine(_ file: inout File, text: String) {
        let parsed = IssueFormat.parse(text, path: file.path, state: file.state)
        var statusLine = 1
        var document: ProtocolDocument?
        if FrontMatter.starts(text) {
            file.isFrontMatter = true
            let matter = try? FrontMatter(parsing: text, path: file.path)
            func line(_ key: String) -> Int? { matter?.entry(key).map { $0.lines.lowerBound + 1 } }
            file.lacksID = matter != nil && matter?.entry("id") == nil
            file.idLine = line("id") ?? 1
            statusLine = line("status") ?? file.idLine
            file.blockedByLine = line("blocked_by") ?? file.idLine
        } else {
            let dialect = ProtocolDocument(text: text, fileName: file.name, path: file.path)
            file.headingID = dialect.headingID
            file.slug = dialect.slug
            file.idLine = dialect.headingLine ?? 1
            statusLine = dialect.field(ProtocolKey.status)?.line ?? file.idLine
            file.blockedByLine = dialect.field("Blocked By")?.line ?? file.idLine
            document = dialect
        }
        switch parsed {
        case .success(var issue):
            issue.body = ""
            file.issue = issue
            file.problems = ownProblems(file, issue: issue, statusLine: statusLine, document: document)
                + (document.map { dialectWarnings($0, path: file.path) } ?? [])
        case .failure(let diagnostic):
            if let document, document.fileID != nil || document.headingID != nil, !document.errors.isEmpty {
                file.problems = document.errors.map { DoctorProblem(.unreadable, $0.message, path: file.path, line: $0.location.line) }
            } else {
                file.problems = [DoctorProblem(file.lacksID ? .missingID : .unreadable, diagnostic.message, path: file.path, line: diagnostic.location.line)]
            }
        }
    }

    /// A readable file's problems: a status that names the other folder, a file name that
    /// disagrees with the ID.
    private func ownProblems(_ file: File, issue: Issue, statusLine: Int, document: ProtocolDocument?) -> [DoctorProblem] {
        var problems: [DoctorProblem] = []
        if let status = issue.status, let closed = Doctor.closedness(ProtocolStatus(reading: status)), closed != (file.state == .closed) {
            let finish = file.state == .closed ? "a close" : "a reopen"
            problems.append(DoctorProblem(
                .statusMismatch, "status '\(status)' but the file is in \(file.state.rawValue)/ (\(finish) that did not finish?); 'docket doctor --fix' settles it",
                path: file.path, line: statusLine))
        }
        if let document {
            if let fileID = document.fileID, let headingID = document.headingID, fileID != headingID {
                problems.append(DoctorProblem(.fileName, "the heading says \(headingID) but the file name says \(fileID)", path: file.path, line: file.idLine))
            }
        } else if Slug.key(fromFileName: file.name) != issue.key {
            let expected = Slug.fileName(for: issue.key, title: issue.title)
            problems.append(DoctorProblem(.fileName, "the file name does not match id \(issue.key.number) (expected \(expected))", path: file.path, line: file.idLine))
        }
        return problems
    }

    /// Whether a status means closed; nil for one Docket cannot place.
    static func closedness(_ status: ProtocolStatus) -> Bool? {
        if case .other = status { return nil }
        return status.isClosed
    }
}
