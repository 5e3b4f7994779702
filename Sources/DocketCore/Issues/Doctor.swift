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
        /// A file that reads but names no key (front matter without `id:`).
        var lacksID = false
        /// A key the text names even when it cannot be read (a dialect heading).
        var namedKey: IssueKey?
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
        let reading = IssueFormat.read(text, path: file.path, state: file.state)
        file.lacksID = reading.lacksKey
        file.namedKey = reading.namedKey
        file.idLine = reading.keyLine
        file.blockedByLine = reading.blockedByLine ?? reading.keyLine
        switch reading.result {
        case .success(var issue):
            issue.body = ""
            file.issue = issue
            file.problems = ownProblems(file, issue: issue, reading: reading)
                + reading.warnings.map { DoctorProblem(.formatWarning, $0.message, path: file.path, line: $0.location.line) }
        case .failure:
            let kind: DoctorProblem.Kind = file.lacksID ? .missingID : .unreadable
            file.problems = reading.errors.map { DoctorProblem(kind, $0.message, path: file.path, line: $0.location.line) }
        }
    }

    /// A readable file's problems: a status that names the other folder, a file name that
    /// disagrees with the ID.
    private func ownProblems(_ file: File, issue: Issue, reading: IssueReading) -> [DoctorProblem] {
        var problems: [DoctorProblem] = []
        if let status = issue.status, let closed = Doctor.closedness(IssueStatus(reading: status)), closed != (file.state == .closed) {
            let finish = file.state == .closed ? "a close" : "a reopen"
            problems.append(DoctorProblem(
                .statusMismatch, "status '\(status)' but the file is in \(file.state.rawValue)/ (\(finish) that did not finish?); 'docket doctor --fix' settles it",
                path: file.path, line: reading.statusLine ?? reading.keyLine))
        }
        if let problem = reading.fileNameProblem {
            problems.append(DoctorProblem(.fileName, problem, path: file.path, line: file.idLine))
        }
        return problems
    }

    /// Whether a status means closed; nil for one Docket cannot place.
    static func closedness(_ status: IssueStatus) -> Bool? {
        if case .other = status { return nil }
        return status.isClosed
    }
}
