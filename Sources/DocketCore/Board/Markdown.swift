/// A small Markdown-to-HTML renderer for issue bodies on the HTML board: ATX headings,
/// flat bulleted and numbered lists, paragraphs, fenced code blocks, code spans, emphasis,
/// strong emphasis and links whose scheme is http, https or mailto. Everything else,
/// raw HTML included, is escaped, so a body can never inject markup or script.
enum Markdown {
    /// The HTML of `text`: one element per block, joined by newlines.
    static func html(_ text: String) -> String {
        var blocks: [String] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?
        func flush() {
            if !paragraph.isEmpty { blocks.append("<p>" + inline(paragraph.joined(separator: "\n")) + "</p>") }
            paragraph = []
            if let current = list {
                let tag = current.ordered ? "ol" : "ul"
                blocks.append("<\(tag)>" + current.items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(tag)>")
            }
            list = nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            let trimmed = line.trimmingSpacesAndNewlines
            if let fence = fenceOpening(line) {
                flush()
                var code: [String] = []
                while index < lines.count, !isFenceClosing(lines[index], fence: fence.marker) {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                let language = fence.info.isEmpty ? "" : " class=\"language-\(fence.info)\""
                blocks.append("<pre><code\(language)>" + escape(code.joined(separator: "\n")) + "</code></pre>")
            } else if trimmed.isEmpty {
                flush()
            } else if let heading = heading(trimmed) {
                flush()
                blocks.append("<h\(heading.level)>" + inline(heading.text) + "</h\(heading.level)>")
            } else if let item = listItem(trimmed) {
                if !paragraph.isEmpty || (list != nil && list?.ordered != item.ordered) { flush() }
                if list == nil { list = (item.ordered, []) }
                list?.items.append(item.text)
            } else if var current = list, line.first == " " || line.first == "\t" {
                current.items[current.items.count - 1] += "\n" + trimmed
                list = current
            } else {
                if list != nil { flush() }
                paragraph.append(trimmed)
            }
        }
        flush()
        return blocks.joined(separator: "\n")
    }

    /// Text made safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether a link target may be followed: http, https and mailto only.
    static func isSafeLink(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return ["http://", "https://", "mailto:"].contains { lowered.hasPrefix($0) } && !url.unicodeScalars.contains { $0.value < 0x20 }
    }

    // MARK: Blocks

    private static func fenceOpening(_ line: String) -> (marker: String, info: String)? {
        let body = line.drop { $0 == " " }
        guard line.count - body.count < 4 else { return nil }
        for mark: Character in ["`", "~"] {
            let run = body.prefix { $0 == mark }
            guard run.count >= 3 else { continue }
            let info = String(body.dropFirst(run.count)).trimmingSpacesAndNewlines
            if mark == "`", info.contains("`") { return nil }
            let word = info.prefix { !$0.isWhitespace }
            let safe = word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-_#.".contains($0)) }
            return (String(run), safe ? String(word) : "")
        }
        return nil
    }

    private static func isFenceClosing(_ line: String, fence: String) -> Bool {
        let trimmed = line.trimmingSpacesAndNewlines
        return trimmed.count >= fence.count && trimmed.allSatisfy { $0 == fence.first }
    }

    private static func heading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = String(rest).trimmingSpacesAndNewlines
        // A closing run of #s is not part of the heading.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = String(text.dropLast(closing)).trimmingSpacesAndNewlines
        }
        return (hashes, text)
    }

    private static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2)).trimmingSpacesAndNewlines)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
        return (true, String(after.dropFirst(2)).trimmingSpacesAndNewlines)
    }
}
