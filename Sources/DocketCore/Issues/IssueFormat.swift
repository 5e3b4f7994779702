import Foundation

/// The formats Docket reads and writes, and the one place that picks a file's format:
/// everything else calls `read`, `parse` and `apply` here and never looks at the text.
enum IssueFormat {
    /// In the order they are asked to claim a file; the last claims whatever is left.
    static let all: [any IssueFileFormat] = [FrontMatterFormat(), IssueNNNFormat()]

    /// The format `text` is written in.
    static func format(of text: String) -> any IssueFileFormat {
        all.first { $0.claims(text) } ?? all[all.count - 1]
    }

    /// Reads an issue file with its diagnostics.
    static func read(_ text: String, path: String, state: IssueState) -> IssueReading {
        format(of: text).read(text, path: path, state: state)
    }

    static func parse(_ text: String, path: String, state: IssueState) -> Result<Issue, Diagnostic> {
        read(text, path: path, state: state).result
    }

    /// In the order they are asked whether they write issues from a template; the last writes from any.
    static let filingOrder: [any IssueFileFormat] = [IssueNNNFormat(), FrontMatterFormat()]

    /// The format issues filed from `template` are written in.
    static func writing(_ template: IssueTemplate) -> any IssueFileFormat {
        filingOrder.first { $0.writesIssues(from: template) } ?? filingOrder[filingOrder.count - 1]
    }

    /// The format `init --style NAME` names.
    static func format(style: String) -> (any IssueFileFormat)? {
        all.first { $0.style == style }
    }

    /// The whole issue a user wrote in `text`, in whichever format claims it as a draft;
    /// `nil` for body text.
    static func draft(in text: String, path: String) throws -> (format: any IssueFileFormat, reading: IssueReading)? {
        for format in all {
            if let reading = try format.draft(text, path: path) { return (format, reading) }
        }
        return nil
    }

    static func apply(_ changes: [IssueChange], to text: String, path: String) throws(Diagnostic) -> String {
        try format(of: text).apply(changes, to: text, path: path)
    }
}
