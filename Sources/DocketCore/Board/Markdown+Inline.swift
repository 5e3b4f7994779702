/// The inline part of `Markdown`: code spans, emphasis, links and backslash escapes.
extension Markdown {
    /// The HTML of one block's text. Delimiters that never close stay as they are.
    static func inline(_ text: String) -> String {
        var scanner = InlineScanner(Array(text))
        return scanner.render(allowLinks: true)
    }
}

/// Walks a block's characters once, left to right. A delimiter looks ahead for its
/// closer; when one kind finds none, later openers of that kind do not look again, so
/// hostile input (thousands of unclosed `*`) stays linear.
private struct InlineScanner {
    let characters: [Character]
    /// For each delimiter and the end of the range searched, the position from which no closer exists.
    var noCloserFrom: [String: Int] = [:]

    static let maximumLinkPart = 2_000

    init(_ characters: [Character]) {
        self.characters = characters
    }

    mutating func render(allowLinks: Bool) -> String {
        render(0..<characters.count, allowLinks: allowLinks)
    }

    private mutating func render(_ range: Range<Int>, allowLinks: Bool) -> String {
        var out = ""
        var index = range.lowerBound
        while index < range.upperBound {
            let character = characters[index]
            if character == "\\", index + 1 < range.upperBound, characters[index + 1].isASCII, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                out += Markdown.escape(String(characters[index + 1]))
                index += 2
            } else if character == "`", let span = codeSpan(at: index, in: range) {
                out += "<code>" + Markdown.escape(span.code) + "</code>"
                index = span.end
            } else if character == "[", allowLinks, let link = link(at: index, in: range) {
                let label = render(link.label, allowLinks: false)
                out += Markdown.isSafeLink(link.url) ? "<a href=\"\(Markdown.escape(link.url))\">\(label)</a>" : label
                index = link.end
            } else if character == "*" || character == "_", let emphasis = emphasis(at: index, in: range) {
                let tag = emphasis.strong ? "strong" : "em"
                out += "<\(tag)>" + render(emphasis.content, allowLinks: allowLinks) + "</\(tag)>"
                index = emphasis.end
            } else {
                out += Markdown.escape(String(character))
                index += 1
            }
        }
        return out
    }

    private func run(of character: Character, at index: Int, in range: Range<Int>) -> Int {
        var end = index
        while end < range.upperBound, characters[end] == character { end += 1 }
        return end - index
    }

    /// A backtick run, the text up to the next run of the same length, and where it ends.
    private mutating func codeSpan(at index: Int, in range: Range<Int>) -> (code: String, end: Int)? {
        let length = run(of: "`", at: index, in: range)
        let key = String(repeating: "`", count: length) + "@\(range.upperBound)"
        var search = index + length
        if let none = noCloserFrom[key], none <= search { return nil }
        while search < range.upperBound {
            if characters[search] == "`" {
                let closing = run(of: "`", at: search, in: range)
                if closing == length {
                    var code = String(characters[(index + length)..<search])
                    if code.count > 1, code.first == " ", code.last == " " { code = String(code.dropFirst().dropLast()) }
                    return (code, search + length)
                }
                search += closing
            } else {
                search += 1
            }
        }
        noCloserFrom[key] = index + length
        return nil
    }

    /// `[label](url)` or `[label](url "title")`; a label or a target longer than
    /// `maximumLinkPart` is not a link, which keeps unclosed brackets cheap.
    private func link(at index: Int, in range: Range<Int>) -> (label: Range<Int>, url: String, end: Int)? {
        var depth = 0
        var close = index
        let limit = min(range.upperBound, index + InlineScanner.maximumLinkPart)
        while close < limit {
            if characters[close] == "[" { depth += 1 }
            if characters[close] == "]" { depth -= 1; if depth == 0 { break } }
            close += 1
        }
        guard close < limit, close + 1 < range.upperBound, characters[close + 1] == "(" else { return nil }
        let targetLimit = min(range.upperBound, close + 2 + InlineScanner.maximumLinkPart)
        guard let end = characters[(close + 2)..<targetLimit].firstIndex(of: ")") else { return nil }
        let target = String(characters[(close + 2)..<end]).trimmingSpacesAndNewlines
        let url = target.prefix { !$0.isWhitespace }
        return ((index + 1)..<close, String(url), end + 1)
    }

    /// `*text*`, `_text_`, `**text**` or `__text__`: content that does not start or end with
    /// a space; an underscore only between non-word characters, so `snake_case` stays.
    private mutating func emphasis(at index: Int, in range: Range<Int>) -> (strong: Bool, content: Range<Int>, end: Int)? {
        let mark = characters[index]
        let length = min(run(of: mark, at: index, in: range), 2)
        let delimiter = String(repeating: mark, count: length) + "@\(range.upperBound)"
        let start = index + length
        guard start < range.upperBound, !characters[start].isWhitespace else { return nil }
        if mark == "_", index > range.lowerBound, isWordCharacter(characters[index - 1]) { return nil }
        if let none = noCloserFrom[delimiter], none <= start { return nil }
        // A closer is a run of the mark not after a space; a longer run closes with its end,
        // so `***both***` is strong around emphasis.
        var search = start + 1
        while search < range.upperBound {
            guard characters[search] == mark else {
                search += 1
                continue
            }
            let closing = run(of: mark, at: search, in: range)
            let end = search + closing
            if closing >= length, !characters[search - 1].isWhitespace,
               mark != "_" || end == range.upperBound || !isWordCharacter(characters[end]) {
                return (length == 2, start..<(end - length), end)
            }
            search = end
        }
        noCloserFrom[delimiter] = start
        return nil
    }

    private func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
