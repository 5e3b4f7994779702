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

    // MARK: Filing new issues

    /// The name `init --style` knows the format by, and the template `init` installs for it.
    var style: String { get }
    var defaultTemplate: String { get }

    /// Whether keys carry a prefix (`SEC-002`) rather than being bare numbers (`12`).
    var keysHavePrefixes: Bool { get }

    /// Whether issues filed from `template` are written in this format. Formats are asked in
    /// `IssueFormat.filingOrder`, and the last writes from any template.
    func writesIssues(from template: IssueTemplate) -> Bool

    /// The key prefix `request` is filed under in `store`; `nil` for bare numbers.
    func newIssuePrefix(for request: NewIssueRequest, in store: IssueStore) throws -> String?

    /// The text of a new issue numbered `key`, filled from the request's template.
    func newIssueText(for request: NewIssueRequest, key: IssueKey) throws -> String

    /// A whole issue the user wrote in this format (an `-e` buffer, a `-F` file), read with
    /// whatever key it names, since filing gives it a fresh one; `nil` when `text` is not one
    /// (it is then body text). Throws the problem of a text that is one but does not read.
    func draft(_ text: String, path: String) throws -> IssueReading?

    /// What a draft starts with, for the message when an edited one no longer does.
    var draftShape: String { get }
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
    /// The status the file states in words (the dialect's `**Status**: Fixed`), when it
    /// states one rather than a placeholder; closing writes the word a project's closed
    /// issues use most.
    var statusWord: IssueStatus?
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
