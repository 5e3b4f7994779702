/// One way of writing an issue in a Markdown file. Commands, the index, the hook, doctor and
/// MCP reach a file's format only through this interface (by way of `IssueFormat`), so a
/// third format is one more conforming type in a folder of its own, listed in
/// `IssueFormat.all`.
protocol IssueFileFormat: Sendable {
    /// How messages name the format.
    var name: String { get }

    /// Whether `text` is written in this format. Formats are asked in `IssueFormat.all`
    /// order and the first that claims a file reads it.
    func claims(_ text: String) -> Bool

    /// Reads a claimed file: the issue or why there is none, with line-located warnings and
    /// the lines `doctor` points at.
    func read(_ text: String, path: String, state: IssueState) -> IssueReading

    /// Applies `changes`, rewriting only the lines they need; every other byte stays.
    func apply(_ changes: [IssueChange], to text: String, path: String) throws(Diagnostic) -> String

    /// The file name and text of the issue read as `reading`, renumbered to `key` (a
    /// duplicate ID given a fresh one).
    func renumbered(_ text: String, reading: IssueReading, fileName: String, to key: IssueKey) throws -> (name: String, text: String)
}

/// What reading one issue file found.
struct IssueReading: Sendable {
    /// The issue, or the first error that stops it being read.
    var result: Result<Issue, Diagnostic>
    /// Every error, when there is any (the first is `result`'s).
    var errors: [Diagnostic] = []
    /// Irregularities the file is still read despite: a duplicated field, a heading number
    /// that disagrees with the file name.
    var warnings: [Diagnostic] = []
    /// The 1-based line that names the issue's key, and those of its status and blockers.
    var keyLine = 1
    var statusLine: Int?
    var blockedByLine: Int?
    /// The file reads but names no key (front matter without `id:`).
    var lacksKey = false
    /// A key the text names even when the file cannot be read (a dialect heading), so a
    /// fresh number never collides with it.
    var namedKey: IssueKey?
    /// Why the file's name disagrees with its key, when it does.
    var fileNameProblem: String?

    init(_ result: Result<Issue, Diagnostic>) {
        self.result = result
        if case .failure(let error) = result { errors = [error] }
    }

    var issue: Issue? { try? result.get() }
}
