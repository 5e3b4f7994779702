/// A template's text as UTF-8 bytes, with the path that diagnostics name.
struct TemplateSource: Sendable {
    let path: String
    let bytes: [UInt8]

    init(_ text: String, path: String) {
        self.path = path
        bytes = Array(text.utf8)
    }

    /// The text of a byte range that starts and ends on scalar boundaries.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A diagnostic pointing at `position`, with the offending line for the caret.
    func diagnostic(_ message: String, at position: TemplatePosition) -> Diagnostic {
        Diagnostic(
            message,
            at: SourceLocation(path: path, line: position.line, column: position.column),
            sourceLine: line(position.line)
        )
    }

    /// The text of a line counted from 1, without its line break.
    func line(_ number: Int) -> String {
        var start = 0
        var current = 1
        while current < number, let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            start = newline + 1
            current += 1
        }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return text(start..<end)
    }
}

/// Turns increasing byte offsets into lines and columns in a single pass over the text.
struct PositionTracker {
    private let bytes: [UInt8]
    private var offset = 0
    private var position = TemplatePosition(line: 1, column: 1)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The position of `target`, which must not be smaller than the previous one asked for.
    mutating func position(at target: Int) -> TemplatePosition {
        var segmentStart = offset
        for index in offset..<target where bytes[index] == UInt8(ascii: "\n") {
            position.line += 1
            position.column = 1
            segmentStart = index + 1
        }
        position.column += characterCount(segmentStart..<target)
        offset = target
        return position
    }

    /// Characters in a range without line breaks: one per byte when it is all ASCII.
    private func characterCount(_ range: Range<Int>) -> Int {
        if bytes[range].allSatisfy({ $0 < 0x80 }) { return range.count }
        return String(decoding: bytes[range], as: UTF8.self).count
    }
}
