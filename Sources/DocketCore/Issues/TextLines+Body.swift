extension TextLines {
    /// The lines before `line` (counted from 0) byte for byte, then a blank line and `body`
    /// written with the text's line ending and ending in one; no blank line for an empty body.
    func replacingLines(from line: Int, with body: String) -> String {
        let ending = lineEnding
        var head = lines.prefix(max(0, line)).joined()
        if !head.isEmpty, head.utf8.last != UInt8(ascii: "\n") { head += ending }
        var text = body.replacingOccurrences(of: "\r\n", with: "\n")
        while text.hasPrefix("\n") { text.removeFirst() }
        guard !text.isEmpty else { return head }
        if !text.hasSuffix("\n") { text += "\n" }
        if ending == "\r\n" { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        return head + ending + text
    }
}
