import Foundation

/// A text split into lines that keep their own line endings, so that joining them gives
/// back the original bytes. Surgical edits replace whole lines and nothing else.
struct TextLines: Sendable {
    var lines: [Substring]

    init(_ text: String) {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        // A line feed is always a Character of its own or the end of "\r\n", so cutting
        // after each "\n" byte splits LF and CRLF files exactly where Characters would,
        // without the cost of grapheme breaking.
        while let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let next = utf8.index(after: newline)
            lines.append(text[start..<next])
            start = next
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
        // A final "\n" byte ends a last Character of "\n" or "\r\n"; dropLast removes either.
        line.utf8.last == UInt8(ascii: "\n") ? line.dropLast() : line
    }

    /// `text` with `addition` (written with `\n` line ends) after it, in the text's own line
    /// ending, on a line of its own even when the text lacks a final newline.
    static func appending(_ addition: String, to text: String) -> String {
        let ending = TextLines(text).lineEnding
        let added = ending == "\r\n"
            ? addition.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
            : addition
        let separator = text.isEmpty || text.utf8.last == UInt8(ascii: "\n") ? "" : ending
        return text + separator + added
    }
}
