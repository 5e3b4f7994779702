import Foundation

/// `docket doctor`'s examination of the issue files: it reads every file in `open/` and
/// `closed/` directly (never the index) and reports each problem at its file and line.
struct Doctor {
    let store: IssueStore

    /// One issue file as the doctor read it.
    struct File {
        var state: IssueState
        var name: String
        /// Relative to the project root, as printed.
        var path: String
        var text: String
        /// Why the file could not be read at all, when it could not.
        var readError: String?
        /// The issue, when the file can be read.
        var issue: Issue?
        /// The parsed front matter, for a front-matter file that has readable front matter.
        var matter: FrontMatter?
        /// The parsed document, for a file of the `# PREFIX-NNN: Title` dialect.
        var document: ProtocolDocument?

        /// The line that names the issue's ID: `id:` or the heading; 1 when there is none.
        var idLine: Int {
            if let line = matter?.entry("id")?.lines.lowerBound { return line + 1 }
            return document?.headingLine ?? 1
        }

        /// The first line of a front-matter key, or of a dialect field.
        func line(ofKey key: String, field: String) -> Int {
            if let line = matter?.entry(key)?.lines.lowerBound { return line + 1 }
            return document?.field(field)?.line ?? idLine
        }
    }

    /// Reads every issue file, in path order.
    func read() throws -> [File] {
        var files: [File] = []
        for state in IssueState.allCases {
            let directory = store.layout.directory(for: state)
            for entry in try FileSystem.markdownFiles(in: directory).sorted(by: { $0.name < $1.name }) {
                let path = store.layout.relativePath(state: state, name: entry.name)
                var file = File(state: state, name: entry.name, path: path, text: "")
                do {
                    file.text = try FileSystem.readText(directory + "/" + entry.name)
                } catch {
                    file.readError = "cannot read: \(String(cString: strerror(error.code)))"
                    files.append(file)
                    continue
                }
                let text = file.text
                if FrontMatter.starts(text) {
                    file.matter = try? FrontMatter(parsing: text, path: path)
                } else {
                    file.document = ProtocolDocument(text: text, fileName: entry.name, path: path)
                }
                file.issue = try? IssueFormat.parse(text, path: path, state: state).get()
                files.append(file)
            }
        }
        return files
    }

    /// Every problem in `files`, by path and line.
    func check(_ files: [File]) -> [DoctorProblem] {
        let problems = files.flatMap(problems(in:)) + duplicates(in: files) + danglingBlockers(in: files) + cycles(in: files)
        return problems.enumerated().sorted { a, b in
            (a.element.location.path, a.element.location.line, a.offset) < (b.element.location.path, b.element.location.line, b.offset)
        }.map(\.element)
    }

    /// The problems one file has on its own.
    func problems(in file: File) -> [DoctorProblem] {
        guard let issue = file.issue else { return unreadable(file) }
        var problems: [DoctorProblem] = []
        let statusClosed = issue.status.map { ProtocolStatus(reading: $0) }.flatMap(Doctor.closedness)
        if let statusClosed, statusClosed != (file.state == .closed) {
            let status = issue.status ?? ""
            let line = file.line(ofKey: "status", field: ProtocolKey.status)
            problems.append(DoctorProblem(.statusMismatch, "status '\(status)' but the file is in \(file.state.rawValue)/", path: file.path, line: line))
        }
        if let document = file.document {
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
    private static func closedness(_ status: ProtocolStatus) -> Bool? {
        if case .other = status { return nil }
        return status.isClosed
    }

    /// Why a file cannot be read: each of a dialect file's errors, or the one reason.
    private func unreadable(_ file: File) -> [DoctorProblem] {
        if let readError = file.readError { return [DoctorProblem(.unreadable, readError, path: file.path, line: 1)] }
        if let document = file.document, document.fileID != nil || document.headingID != nil, !document.errors.isEmpty {
            return document.errors.map { DoctorProblem(.unreadable, $0.message, path: file.path, line: $0.location.line) }
        }
        guard case .failure(let diagnostic) = IssueFormat.parse(file.text, path: file.path, state: file.state) else { return [] }
        let kind: DoctorProblem.Kind = file.matter != nil && file.matter?.entry("id") == nil ? .missingID : .unreadable
        return [DoctorProblem(kind, diagnostic.message, path: file.path, line: diagnostic.location.line)]
    }
}
