/// A quick reading, straight from a file's bytes, of the front matter most issue files have:
/// printable ASCII `key: value` lines with plain scalars, double-quoted ones without escapes
/// and flow lists of plain items, blank lines and whole-line comments. Building an index
/// parses thousands of files, and this reads such a header several times faster than
/// `FrontMatter(parsing:)`.
///
/// Whatever it does not recognise (any other byte, a tab or `\r`, single quotes or escapes,
/// a `#` in a value, block scalars and lists, anchors, duplicate or unusual keys, indented
/// lines, an unclosed header) makes it answer nil, and the caller parses the text as always;
/// where it answers, its `FrontMatter` is the one `FrontMatter(parsing:)` gives for the same text.
enum FrontMatterScan {
    /// The front matter at the start of `bytes`, whose decoded text is `text`, or nil.
    static func matter(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> FrontMatter? {
        guard bytes.starts(with: "---\n".utf8) else { return nil }
        var entries: [FrontMatter.Entry] = []
        var line = 1
        var start = 4
        while let newline = bytes[start...].firstIndex(of: newlineByte) {
            let content = UnsafeBufferPointer(rebasing: bytes[start..<newline])
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                return FrontMatter(entries: entries, closingLine: line, text: TextLines(text))
            }
            guard content.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
            switch content.first(where: { $0 != spaceByte }) {
            case nil, UInt8(ascii: "#"):
                break
            default:
                let next = UnsafeBufferPointer(rebasing: bytes[(newline + 1)...])
                guard let entry = entry(content, line: line, next: next), !entries.contains(where: { $0.key == entry.key }) else {
                    return nil
                }
                entries.append(entry)
            }
            line += 1
            start = newline + 1
        }
        return nil
    }

    private static let newlineByte = UInt8(ascii: "\n")
    private static let spaceByte = UInt8(ascii: " ")

    /// The entry on a `key: value` line; `next` is the text after the line.
    private static func entry(_ content: UnsafeBufferPointer<UInt8>, line: Int, next: UnsafeBufferPointer<UInt8>) -> FrontMatter.Entry? {
        guard let colon = content.firstIndex(where: { !isKeyByte($0) }), colon > 0, content[colon] == UInt8(ascii: ":"),
            content[0] != UInt8(ascii: "-")
        else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: content[..<colon]), as: UTF8.self)
        var index = colon + 1
        guard index == content.count || content[index] == spaceByte else { return nil }
        while index < content.count, content[index] == spaceByte { index += 1 }
        let rest = UnsafeBufferPointer(rebasing: content[index...])
        guard !rest.contains(UInt8(ascii: "#")) else { return nil }
        let value: YAMLValue
        if rest.first == UInt8(ascii: "[") {
            guard let items = flowList(rest) else { return nil }
            value = .list(items)
        } else if rest.first == UInt8(ascii: "\"") {
            guard let scalar = doubleQuoted(rest) else { return nil }
            value = .scalar(scalar)
        } else if let first = rest.first, "'{&*!|>".utf8.contains(first) {
            return nil
        } else {
            let scalar = String(decoding: trimmed(rest), as: UTF8.self)
            value = ["", "~", "null", "Null", "NULL"].contains(scalar) ? .null : .scalar(scalar)
        }
        // An empty value may open a block list on the lines below.
        if value == .null, let item = next.firstIndex(where: { $0 != spaceByte }), next[item] == UInt8(ascii: "-"),
            !next.starts(with: "---\n".utf8)
        {
            return nil
        }
        return FrontMatter.Entry(key: key, value: value, lines: line..<line + 1, trailingComment: "", blockIndent: nil)
    }

    /// The text of `"…"` without escapes followed by nothing but spaces, or nil.
    private static func doubleQuoted(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        guard let end = text[1...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }),
            text[end] == UInt8(ascii: "\""), text[(end + 1)...].allSatisfy({ $0 == spaceByte })
        else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: text[1..<end]), as: UTF8.self)
    }

    /// The plain items of `[a, b c]` followed by nothing but spaces, or nil.
    private static func flowList(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
        var items: [String] = []
        var index = 1
        func skipSpaces() { while index < text.count, text[index] == spaceByte { index += 1 } }
        skipSpaces()
        if index < text.count, text[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            while true {
                skipSpaces()
                guard index < text.count, !"\"'[{&*!".utf8.contains(text[index]) else { return nil }
                let end = text[index...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "]") } ?? text.count
                let item = trimmed(UnsafeBufferPointer(rebasing: text[index..<end]))
                guard !item.isEmpty, end < text.count else { return nil }
                items.append(String(decoding: item, as: UTF8.self))
                index = end + 1
                if text[end] == UInt8(ascii: "]") { break }
            }
        }
        return text[index...].allSatisfy({ $0 == spaceByte }) ? items : nil
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var end = bytes.count
        while end > 0, bytes[end - 1] == spaceByte { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[..<end])
    }

    /// The bytes a key of this quick reading may hold: letters, digits, `_` and `-`.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
