/// A text split into lines that keep their own line endings, so that joining them gives
/// back the original bytes. Surgical edits replace whole lines and nothing else.
struct TextLines: Sendable {
    var lines: [Substring]

    init(_ text: String) {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = start
        while index < text.endIndex {
            // "\r\n" is a single Character in Swift, so this also splits CRLF files.
            if text[index] == "\n" || text[index] == "\r\n" {
                let next = text.index(after: index)
                lines.append(text[start..<next])
                start = next
                index = next
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { lines.append(text[start...]) }
        self.lines = lines
    }

    var text: String { lines.joined() }

    var count: Int { lines.count }

    /// The line's content without its line ending.
    func content(_ index: Int) -> Substring {
        TextLines.stripEnding(lines[index])
    }

    /// The ending the file uses: that of its first line, `\n` when it has none.
    var lineEnding: String {
        guard let first = lines.first else { return "\n" }
        return first.hasSuffix("\r\n") ? "\r\n" : "\n"
    }

    static func stripEnding(_ line: Substring) -> Substring {
        if line.hasSuffix("\r\n") { return line.dropLast() }
        if line.hasSuffix("\n") { return line.dropLast() }
        return line
    }
}
