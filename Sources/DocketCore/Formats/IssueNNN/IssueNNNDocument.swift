/// One issue file of the protocol dialect, read as leniently as possible.
///
/// The dialect, as agent teams write it in `.project/issues/open/` and `closed/`:
///
/// ```
/// # SEC-002: Search box echoes markup
///
/// **Severity**: HIGH
/// **Status**: Open
///
/// ---
///
/// ## Description
/// ...
/// *Filed: 2026-01-10*
/// *Resolved: *
/// ```
///
/// Reading never fails: what does not fit is reported in `errors` (Docket cannot tell what
/// the issue is: no heading, no ID) and `warnings` (tolerated irregularities), each a
/// `Diagnostic` pointing at its line. How the metadata block is found is described on
/// `init(text:fileName:path:)`.
public struct IssueNNNDocument: Sendable, Equatable {
    /// The path diagnostics name.
    public var path: String
    /// Prefix and number from the file name, when it reads `PREFIX-NNN-slug.md`.
    public var fileID: IssueKey?
    /// The slug from the file name, as written.
    public var slug: String?
    /// Prefix and number from the heading, when it reads `# PREFIX-NNN: Title`.
    public var headingID: IssueKey?
    /// The heading's title; `nil` without a heading, the whole heading text when it has no ID.
    public var title: String?
    /// The `# ...` heading's line, counted from 1.
    public var headingLine: Int?
    /// Every metadata field, in file order, duplicates included (the first one counts).
    public var fields: [IssueNNNField]
    /// The `---` line that closes the metadata block; `nil` when the block is not closed by one.
    public var separatorLine: Int?
    /// The first line after the metadata block (`lineCount + 1` when there is none).
    public var bodyStartLine: Int
    /// Everything after the metadata block, exactly as written (footer included).
    public var body: String
    /// `##`-style headings of the body, outside code blocks.
    public var sections: [IssueNNNSection]
    /// The last `*Filed: ...*` footer item.
    public var filed: IssueNNNFooterItem?
    /// The last `*Resolved: ...*` footer item.
    public var resolved: IssueNNNFooterItem?
    /// `---` lines of the body outside code blocks; they end sections.
    public var ruleLines: [Int]
    /// Problems that leave the issue's identity or title unknown.
    public var errors: [Diagnostic]
    /// Irregularities that were read past.
    public var warnings: [Diagnostic]
    /// How many lines the file has.
    public var lineCount: Int
    /// Where the heading is, or should have been: the first line that is not blank or an HTML comment.
    var contentStartLine: Int

    /// Reads a dialect file.
    ///
    /// - The heading is the first line that is not blank and not inside an HTML comment; it
    ///   must be a level-1 heading, `# PREFIX-NNN: Title` (a dash instead of the colon is read,
    ///   with a warning).
    /// - The metadata block follows the heading and ends at the first `---` line. Inside it,
    ///   `**Key**: value`, `**Key:** value` and `- **Key**: value` lines are fields, indented
    ///   lines and list items under a field continue its value, blank lines are allowed, and
    ///   any other line is reported and ignored.
    /// - A `##` heading or a code fence also ends the block, as does a paragraph without any
    ///   field once fields have been seen; then there is no `---` and the block is the run of
    ///   field paragraphs right after the heading (a warning says so). Without a `---`, a first
    ///   paragraph that has no field means the file has no metadata at all.
    /// - `**Key**:` lines after the block are body text.
    ///
    /// - Parameters:
    ///   - fileName: the file's name (a path is allowed; only its last component counts).
    ///   - path: the path diagnostics name; the file name when omitted.
    public init(text: String, fileName: String, path: String? = nil) {
        self.init(lines: IssueNNNLines(text), fileName: fileName, path: path ?? fileName)
    }

    /// A document with nothing read yet, for the parser to fill in.
    init(path: String, lineCount: Int) {
        self.path = path
        fields = []
        bodyStartLine = lineCount + 1
        body = ""
        sections = []
        ruleLines = []
        errors = []
        warnings = []
        self.lineCount = lineCount
        contentStartLine = 1
    }

    /// The issue's ID: the file name's, else the heading's.
    public var id: IssueKey? { fileID ?? headingID }

    /// Errors and warnings together, in line order.
    public var diagnostics: [Diagnostic] {
        (errors + warnings).sorted { $0.location.line < $1.location.line }
    }

    /// The first field with `key` (case-insensitive).
    public func field(_ key: String) -> IssueNNNField? {
        fields.first { $0.has(key: key) }
    }

    /// The first section titled `title` (case-insensitive).
    public func section(_ title: String) -> IssueNNNSection? {
        let wanted = IssueNNNSyntax.normalizedKey(title)
        return sections.first { IssueNNNSyntax.normalizedKey($0.title) == wanted }
    }
}

/// A heading of the body, such as `## Impact`.
public struct IssueNNNSection: Sendable, Equatable {
    public var title: String
    /// 2 for `##`, 3 for `###`, ...
    public var level: Int
    /// The heading's line, counted from 1.
    public var line: Int

    /// A section heading as found on `line`.
    public init(title: String, level: Int, line: Int) {
        self.title = title
        self.level = level
        self.line = line
    }
}
