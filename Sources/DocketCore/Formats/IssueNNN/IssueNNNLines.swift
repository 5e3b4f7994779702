/// A dialect file split into lines, each kept with its own line ending, so that joining
/// them gives back the original bytes.
///
/// Lines are split on `\n` only; a `\r` right before it belongs to the ending (`\r\n`).
/// The last line has the ending `""` when the file does not end with a newline. Inserted
/// lines take the file's own ending, and an insertion at the very end keeps a missing
/// final newline missing. A byte order mark is set aside and written back in front.
struct IssueNNNLines: Sendable, Equatable {
    /// `"\u{FEFF}"` when the text starts with a byte order mark, else empty.
    var byteOrderMark: String
    /// Line contents without their endings.
    var contents: [String]
    /// `"\n"`, `"\r\n"`, or `""` for a last line without a newline.
    var endings: [String]

    init(_ text: String) {
        var contents: [String] = []
        var endings: [String] = []
        let bytes = Array(text.utf8)
        let hasMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        byteOrderMark = hasMark ? "\u{FEFF}" : ""
        var start = hasMark ? 3 : 0
        for index in bytes.indices where bytes[index] == 0x0A {
            let hasCarriageReturn = index > start && bytes[index - 1] == 0x0D
            let end = hasCarriageReturn ? index - 1 : index
            contents.append(String(decoding: bytes[start..<end], as: UTF8.self))
            endings.append(hasCarriageReturn ? "\r\n" : "\n")
            start = index + 1
        }
        if start < bytes.count {
            contents.append(String(decoding: bytes[start...], as: UTF8.self))
            endings.append("")
        }
        self.contents = contents
        self.endings = endings
    }

    var count: Int { contents.count }

    var text: String {
        var result = byteOrderMark
        for index in contents.indices {
            result += contents[index]
            result += endings[index]
        }
        return result
    }

    /// The ending new lines get: the first one the file uses, `\n` when it has none.
    var newline: String {
        endings.first { !$0.isEmpty } ?? "\n"
    }

    func isBlank(_ index: Int) -> Bool {
        index >= 0 && index < count && IssueNNNSyntax.isBlank(contents[index])
    }

    /// Replaces the content of one line, keeping its ending.
    mutating func replace(_ index: Int, with content: String) {
        contents[index] = content
    }

    /// Inserts lines before `index` (`index == count` appends).
    mutating func insert(_ lines: [String], at index: Int) {
        guard !lines.isEmpty else { return }
        let newline = self.newline
        var newEndings = Array(repeating: newline, count: lines.count)
        if index == count, let last = endings.last, last.isEmpty {
            endings[count - 1] = newline
            newEndings[lines.count - 1] = ""
        }
        contents.insert(contentsOf: lines, at: index)
        endings.insert(contentsOf: newEndings, at: index)
    }

    /// Removes lines; removing the last line hands its missing final newline to the new last line.
    mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if range.upperBound == count, range.lowerBound > 0, endings[count - 1].isEmpty {
            endings[range.lowerBound - 1] = ""
        }
        contents.removeSubrange(range)
        endings.removeSubrange(range)
    }

    /// Inserts a block of lines, adding a blank line after it (and, with `padBefore`, before
    /// it) where the neighbouring line is not blank, so the block stays its own Markdown paragraph.
    mutating func insertParagraph(_ lines: [String], at index: Int, padBefore: Bool = true) {
        var block = lines
        if index < count, !isBlank(index) { block.append("") }
        if padBefore, index > 0, !isBlank(index - 1) { block.insert("", at: 0) }
        insert(block, at: index)
    }

    /// The index after the last non-blank line at or before `end` (exclusive), scanning back no further than `start`.
    func endOfContent(from start: Int, before end: Int) -> Int {
        var index = end
        while index > start, isBlank(index - 1) { index -= 1 }
        return index
    }

    /// Text given by a caller split into lines (`\n`, `\r\n` and `\r` all break a line), with
    /// blank lines at both ends dropped.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", afterCarriageReturn {
                afterCarriageReturn = false
                continue
            }
            afterCarriageReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        while let first = lines.first, IssueNNNSyntax.isBlank(first) { lines.removeFirst() }
        while let last = lines.last, IssueNNNSyntax.isBlank(last) { lines.removeLast() }
        return lines
    }
}
