import Foundation

/// A comment `docket comment` appended to an issue's body: a `### Comment by AUTHOR on TIME`
/// heading, a blank line, and the text up to the next such heading or the end of the body.
struct IssueComment: Sendable, Equatable {
    var author: String
    var date: String
    var body: String

    private static let lead = "### Comment by "
    private static let separator = " on "

    /// The comments in a body, in order; a heading without ` on ` is not one.
    static func comments(in body: String) -> [IssueComment] {
        var comments: [IssueComment] = []
        var lines: [Substring] = []
        func finish() {
            guard !comments.isEmpty else { return }
            comments[comments.count - 1].body = lines.joined(separator: "\n").trimmingSpacesAndNewlines
        }
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let heading = line.hasSuffix("\r") ? line.dropLast() : line
            if heading.hasPrefix(lead), let range = heading.range(of: separator, options: .backwards) {
                finish()
                let author = heading[heading.index(heading.startIndex, offsetBy: lead.count)..<range.lowerBound]
                comments.append(IssueComment(author: String(author), date: String(heading[range.upperBound...]), body: ""))
                lines = []
            } else {
                lines.append(line)
            }
        }
        finish()
        return comments
    }

    var json: JSONValue {
        .object([("author", .string(author)), ("date", .string(date)), ("body", .string(body))])
    }
}
