/// A value in the front-matter subset of YAML.
enum YAMLValue: Sendable, Equatable {
    case null
    case scalar(String)
    case list([String])

    /// The scalar text, or nil for null and lists.
    var scalar: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }

    /// Items of a list; a scalar is split on commas (as GitHub templates write labels).
    var items: [String] {
        switch self {
        case .null: return []
        case .list(let items): return items
        case .scalar(let text):
            return text.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        }
    }
}

/// The front matter of an issue file: its values, and which lines hold each key so that an
/// edit rewrites only those lines.
///
/// The subset: `key: value` lines with plain, single- or double-quoted scalars, flow lists
/// (`[a, "b c"]`), block lists (`- a` lines under an empty key), literal and folded block
/// scalars (kept, never rewritten), comments and blank lines. Anchors, tags and flow
/// mappings are reported as unsupported rather than misread.
struct FrontMatter: Sendable {
    struct Entry: Sendable {
        var key: String
        var value: YAMLValue
        /// Line indices (0-based, into the whole file) holding this key and its items.
        var lines: Range<Int>
        /// A trailing ` # comment` on the key's line, kept when the value is rewritten.
        var trailingComment: String
        /// The indentation of block-list items, when the value is a block list.
        var blockIndent: String?
    }

    var entries: [Entry]
    /// Index of the closing `---` line.
    var closingLine: Int
    /// The file, line by line.
    var text: TextLines

    /// The value for `key`, if present.
    subscript(key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }

    func entry(_ key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    /// Everything after the closing `---` line.
    var body: String {
        text.lines[(closingLine + 1)...].joined()
    }

    /// Whether a text starts with a front-matter fence.
    static func starts(_ text: String) -> Bool {
        text.hasPrefix("---\n") || text.hasPrefix("---\r\n") || text == "---"
            || text.hasPrefix("\u{FEFF}---\n") || text.hasPrefix("\u{FEFF}---\r\n")
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
