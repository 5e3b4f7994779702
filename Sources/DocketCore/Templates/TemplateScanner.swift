/// A tag as the scanner found it; the text of a template is the gaps between its tags.
struct ScannedTag {
    enum Kind: Equatable {
        case variable(escaped: Bool)
        case section
        case inverted
        case close
        case partial
        case comment
        case delimiters
    }

    let kind: Kind
    /// The trimmed name; empty for comments and delimiter changes.
    let name: String
    /// Bytes from the first byte of the opening delimiter to the end of the closing one.
    let range: Range<Int>
    let position: TemplatePosition
}

/// Splits a template into tags, following delimiter changes (`{{=<% %>=}}`) as it goes.
struct TemplateScanner {
    private struct Failure: Error {
        let message: String
    }

    private let source: TemplateSource
    private var tracker: PositionTracker
    private var opening = Array("{{".utf8)
    private var closing = Array("}}".utf8)

    private init(_ source: TemplateSource) {
        self.source = source
        tracker = PositionTracker(source.bytes)
    }

    /// All tags up to the first malformed one, and the diagnostic for that one if there is one.
    static func scan(_ source: TemplateSource) -> (tags: [ScannedTag], error: Diagnostic?) {
        var scanner = TemplateScanner(source)
        var tags: [ScannedTag] = []
        var cursor = 0
        while let start = scanner.find(scanner.opening, from: cursor) {
            let position = scanner.tracker.position(at: start)
            do {
                let tag = try scanner.readTag(at: start, position: position)
                tags.append(tag)
                cursor = tag.range.upperBound
            } catch {
                return (tags, source.diagnostic(error.message, at: position))
            }
        }
        return (tags, nil)
    }

    private mutating func readTag(at start: Int, position: TemplatePosition) throws(Failure) -> ScannedTag {
        let bytes = source.bytes
        var cursor = start + opening.count
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") {
            cursor += 1
        }
        let sigil = cursor < bytes.count ? bytes[cursor] : 0
        let kind = Self.kind(of: sigil)
        if kind != .variable(escaped: true) { cursor += 1 }
        let closer = sigil == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + closing : closing
        guard let end = find(closer, from: cursor) else {
            throw Failure(message: "unterminated tag: no closing '\(String(decoding: closer, as: UTF8.self))'")
        }
        let range = start..<(end + closer.count)
        let content = trimmed(cursor..<end)
        switch kind {
        case .comment:
            return ScannedTag(kind: kind, name: "", range: range, position: position)
        case .delimiters:
            try changeDelimiters(content)
            return ScannedTag(kind: kind, name: "", range: range, position: position)
        default:
            let name = source.text(content)
            if name.isEmpty { throw Failure(message: "empty tag name") }
            if source.bytes[content].contains(where: Self.isWhitespace) {
                throw Failure(message: "tag name '\(name)' contains whitespace")
            }
            return ScannedTag(kind: kind, name: name, range: range, position: position)
        }
    }

    private static func kind(of sigil: UInt8) -> ScannedTag.Kind {
        switch sigil {
        case UInt8(ascii: "#"): return .section
        case UInt8(ascii: "^"): return .inverted
        case UInt8(ascii: "/"): return .close
        case UInt8(ascii: ">"): return .partial
        case UInt8(ascii: "!"): return .comment
        case UInt8(ascii: "="): return .delimiters
        case UInt8(ascii: "&"), UInt8(ascii: "{"): return .variable(escaped: false)
        default: return .variable(escaped: true)
        }
    }

    /// Applies `{{=open close=}}`, whose content after the first `=` is `open close=`.
    private mutating func changeDelimiters(_ content: Range<Int>) throws(Failure) {
        let bytes = source.bytes
        guard !content.isEmpty, bytes[content.upperBound - 1] == UInt8(ascii: "=") else {
            throw Failure(message: "bad delimiter change: expected '=' before '\(String(decoding: closing, as: UTF8.self))'")
        }
        let parts = bytes[trimmed(content.lowerBound..<(content.upperBound - 1))]
            .split(whereSeparator: Self.isWhitespace)
        guard parts.count == 2 else {
            throw Failure(message: "bad delimiter change: expected two delimiters separated by whitespace, like {{=<% %>=}}")
        }
        guard !parts.joined().contains(UInt8(ascii: "=")) else {
            throw Failure(message: "bad delimiter change: delimiters must not contain '='")
        }
        opening = Array(parts[0])
        closing = Array(parts[1])
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhitespace(source.bytes[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(source.bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The first occurrence of `needle` at or after `start`.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        let bytes = source.bytes
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first {
                var matched = 1
                while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
