/// Something `docket doctor` found wrong with the issue files, at a file and line.
struct DoctorProblem: Sendable, Equatable {
    /// What kind of problem; the JSON output names it.
    enum Kind: String, Sendable {
        /// Front matter or a dialect file that cannot be read, a missing heading included.
        case unreadable
        /// A front-matter file without an `id:`.
        case missingID = "missing-id"
        /// Two files with one key.
        case duplicateID = "duplicate-id"
        /// `status:` (or `**Status**:`) names the other folder.
        case statusMismatch = "status-mismatch"
        /// The file name's number is not the issue's.
        case fileName = "file-name"
        /// `blocked_by` names an issue that does not exist.
        case danglingBlocker = "dangling-blocker"
        /// Issues that block each other in a loop.
        case cycle
        /// An entry of an issue folder that is no issue file: a name that is not UTF-8, a
        /// symlink, a FIFO, a socket or a device.
        case strayEntry = "stray-entry"
        /// A Docket temporary file (`.docket-*.tmp`), which a killed write leaves behind.
        case temporaryFile = "temporary-file"
        /// `closed_by` names a commit no branch contains (see `Doctor.closingCommitsOnNoBranch`).
        case closingCommitOnNoBranch = "closing-commit-on-no-branch"
        /// An irregularity a file's format reads past (`IssueReading.warnings`): in the
        /// ISSUE-NNN dialect a field given twice, a stray line in the header, an unclosed fence.
        case formatWarning = "format-warning"
    }

    var kind: Kind
    var location: SourceLocation
    var message: String

    init(_ kind: Kind, _ message: String, path: String, line: Int) {
        self.kind = kind
        self.location = SourceLocation(path: path, line: line)
        self.message = message
    }

    /// `path:line: message`, or `path: message` for a problem with the directory entry
    /// rather than a line (line 0).
    var headline: String { location.line == 0 ? "\(location.path): \(message)" : "\(location.path):\(location.line): \(message)" }

    var json: JSONValue {
        .object([
            ("path", .string(location.path)), ("line", location.line == 0 ? .null : .int(location.line)),
            ("kind", .string(kind.rawValue)), ("message", .string(message)),
        ])
    }
}

/// One change `docket doctor --fix` made.
struct DoctorFix: Sendable, Equatable {
    /// The file as it was.
    var path: String
    /// Where it is now; empty for a file removed.
    var newPath: String
    /// What was done, as printed: `#12 -> #57: .project/issues/open/0057-crash.md`.
    var message: String

    var json: JSONValue {
        .object([("path", .string(path)), ("new_path", .string(newPath)), ("message", .string(message))])
    }
}
