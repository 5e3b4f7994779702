extension FrontMatter {
    /// Parses the front matter at the top of `text`; errors name the file's line.
    init(parsing text: String, path: String) throws(Diagnostic) {
        let lines = TextLines(text)
        func failure(_ message: String, line index: Int) -> Diagnostic {
            Diagnostic(message, at: SourceLocation(path: path, line: index + 1))
        }
        var first = lines.count > 0 ? lines.content(0) : ""
        if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
        guard first == "---" else { throw failure("expected front matter starting with '---'", line: 0) }

        var entries: [Entry] = []
        var seen: Set<String> = []
        var index = 1
        while index < lines.count {
            let line = lines.content(index)
            if line == "---" || line == "..." {
                self.init(entries: entries, closingLine: index, text: lines)
                return
            }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            if line.first == " " || line.first == "\t" || line.first == "-" {
                throw failure("unexpected indented line; expected 'key: value'", line: index)
            }
            let parsed: (key: String, value: Substring)
            do { parsed = try FrontMatter.splitKey(line) } catch { throw failure(error.message, line: index) }
            guard !seen.contains(parsed.key) else { throw failure("duplicate key '\(parsed.key)'", line: index) }
            seen.insert(parsed.key)

            var entry = Entry(key: parsed.key, value: .null, lines: index..<index + 1, trailingComment: "", blockIndent: nil)
            let rawValue = parsed.value.trimmingSpaces
            if rawValue.hasPrefix("|") || rawValue.hasPrefix(">") {
                var end = index + 1
                var block: [String] = []
                while end < lines.count {
                    let next = lines.content(end)
                    guard next.first == " " || next.first == "\t" || next.trimmingSpaces.isEmpty else { break }
                    block.append(next.trimmingSpaces)
                    end += 1
                }
                while block.last?.isEmpty == true { block.removeLast() }
                entry.value = .scalar(block.joined(separator: rawValue.hasPrefix("|") ? "\n" : " "))
                entry.lines = index..<end
                index = end
            } else {
                do {
                    (entry.value, entry.trailingComment) = try FrontMatter.readValue(parsed.value)
                } catch {
                    throw failure(error.message, line: index)
                }
                index += 1
                if entry.value == .null {
                    var items: [String] = []
                    while index < lines.count {
                        let next = lines.content(index)
                        let itemText = next.trimmingSpaces
                        guard itemText == "-" || itemText.hasPrefix("- ") else { break }
                        if entry.blockIndent == nil { entry.blockIndent = String(next.prefix { $0 == " " || $0 == "\t" }) }
                        let value: YAMLValue
                        do { (value, _) = try FrontMatter.readValue(Substring(itemText.dropFirst())) } catch {
                            throw failure(error.message, line: index)
                        }
                        guard case .scalar(let item) = value else {
                            throw failure("list items must be plain or quoted text", line: index)
                        }
                        items.append(item)
                        index += 1
                    }
                    if entry.blockIndent != nil { entry.value = .list(items) }
                    entry.lines = entry.lines.lowerBound..<index
                }
            }
            entries.append(entry)
        }
        throw failure("front matter is not closed by a '---' line", line: 0)
    }

    /// Splits `key: rest`; the key may not be quoted, empty or contain `: `.
    private static func splitKey(_ line: Substring) throws(YAMLSyntaxError) -> (key: String, value: Substring) {
        guard let colon = line.firstIndex(of: ":") else { throw YAMLSyntaxError("expected 'key: value'") }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else {
            throw YAMLSyntaxError("expected a space after ':' in 'key: value'")
        }
        let key = line[..<colon].trimmingSpaces
        guard !key.isEmpty, let first = key.first, !"\"'[]{}&*!|>%@`".contains(first) else {
            throw YAMLSyntaxError("expected 'key: value'")
        }
        return (key, line[after...])
    }

    /// Reads the value after `key:` and returns it with any trailing comment.
    static func readValue(_ raw: Substring) throws(YAMLSyntaxError) -> (YAMLValue, String) {
        let text = Array(raw.unicodeScalars)
        var index = 0
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        guard index < text.count, text[index] != "#" else {
            return (.null, index < text.count ? String(String.UnicodeScalarView(text[index...])) : "")
        }
        let value: YAMLValue
        switch text[index] {
        case "[":
            let (items, end) = try readFlowList(text, from: index)
            value = .list(items)
            index = end
        case "{":
            throw YAMLSyntaxError("flow mappings ('{...}') are not supported")
        case "&", "*", "!":
            throw YAMLSyntaxError("anchors, aliases and tags are not supported")
        case "\"", "'":
            let (scalar, end) = try readQuoted(text, from: index)
            value = .scalar(scalar)
            index = end
        default:
            let (scalar, end) = readPlain(text, from: index, inFlow: false)
            value = scalar == "~" || scalar == "null" || scalar == "Null" || scalar == "NULL" ? .null : .scalar(scalar)
            index = end
        }
        return (value, try trailingComment(text, from: index))
    }

    /// After a value only spaces and a ` # comment` may follow.
    private static func trailingComment(_ text: [Unicode.Scalar], from start: Int) throws(YAMLSyntaxError) -> String {
        var index = start
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        guard index < text.count else { return "" }
        guard text[index] == "#", index > start else { throw YAMLSyntaxError("unexpected text after the value") }
        return String(String.UnicodeScalarView(text[start...]))
    }

    private static func readQuoted(_ text: [Unicode.Scalar], from index: Int) throws(YAMLSyntaxError) -> (String, Int) {
        let result = text[index] == "\"" ? YAMLScalar.readDoubleQuoted(text, from: index) : YAMLScalar.readSingleQuoted(text, from: index)
        return try result.get()
    }

    /// A plain scalar ends at ` #`, at the end of the line, and in a flow list at `,` or `]`.
    private static func readPlain(_ text: [Unicode.Scalar], from start: Int, inFlow: Bool) -> (String, Int) {
        var index = start
        while index < text.count {
            let scalar = text[index]
            if scalar == "#", index > start, text[index - 1] == " " || text[index - 1] == "\t" { break }
            if inFlow, scalar == "," || scalar == "]" { break }
            index += 1
        }
        var end = index
        while end > start, text[end - 1] == " " || text[end - 1] == "\t" { end -= 1 }
        return (String(String.UnicodeScalarView(text[start..<end])), end)
    }

    private static func readFlowList(_ text: [Unicode.Scalar], from start: Int) throws(YAMLSyntaxError) -> ([String], Int) {
        var items: [String] = []
        var index = start + 1
        func skipSpaces() { while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 } }
        skipSpaces()
        if index < text.count, text[index] == "]" { return ([], index + 1) }
        while index < text.count {
            skipSpaces()
            guard index < text.count else { break }
            switch text[index] {
            case "\"", "'":
                let (item, end) = try readQuoted(text, from: index)
                items.append(item)
                index = end
            case "[", "{":
                throw YAMLSyntaxError("nested lists and mappings are not supported")
            case "&", "*", "!":
                throw YAMLSyntaxError("anchors, aliases and tags are not supported")
            default:
                let (item, end) = readPlain(text, from: index, inFlow: true)
                guard !item.isEmpty else { throw YAMLSyntaxError("empty item in a flow list") }
                items.append(item)
                index = end
            }
            skipSpaces()
            guard index < text.count else { break }
            if text[index] == "]" { return (items, index + 1) }
            guard text[index] == "," else { throw YAMLSyntaxError("expected ',' or ']' in a flow list") }
            index += 1
        }
        throw YAMLSyntaxError("unterminated flow list; expected ']'")
    }
}
