/// Small recognisers for the Markdown the dialect is written in, and for the placeholder
/// conventions of its templates. All work on one line's content, without its ending.
enum IssueNNNSyntax {
    static func isBlank<S: StringProtocol>(_ line: S) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    /// The line that ends the metadata block and sets off the footer: `---`, trailing blanks allowed.
    static func isSeparator(_ line: String) -> Bool {
        line.hasPrefix("---") && trimmed(line) == "---"
    }

    /// An ATX heading (`## Impact`): its level and its title without closing `#`s.
    static func heading(_ line: String) -> (level: Int, title: String)? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        let hashes = rest.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let after = rest.dropFirst(hashes.count)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        let title = trimmed(after)
        let withoutClosing = title.reversed().drop { $0 == "#" }.reversed()
        if withoutClosing.isEmpty || withoutClosing.last == " " || withoutClosing.last == "\t" {
            return (hashes.count, trimmed(String(withoutClosing)))
        }
        return (hashes.count, title)
    }

    /// The fence a line opens or closes (```` ``` ```` or `~~~`, three or more): its character and length.
    static func fence(_ line: String) -> (marker: Character, length: Int)? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix { $0 == marker }.count
        return length >= 3 ? (marker, length) : nil
    }

    /// Whether `line` closes a fence opened with `open`.
    static func closesFence(_ line: String, _ open: (marker: Character, length: Int)) -> Bool {
        guard let fence = fence(line), fence.marker == open.marker, fence.length >= open.length else { return false }
        let rest = trimmed(line).drop { $0 == open.marker }
        return isBlank(rest)
    }

    /// A template placeholder: the whole value in `[...]` or `<...>` (an HTML comment is not one).
    static func isPlaceholder(_ value: String) -> Bool {
        let text = trimmed(value)
        guard text.count >= 2 else { return false }
        if text.hasPrefix("["), text.hasSuffix("]") { return true }
        return text.hasPrefix("<") && text.hasSuffix(">") && !text.hasPrefix("<!--")
    }

    /// The choices of a value such as `CRITICAL | HIGH | MEDIUM | LOW`, brackets allowed around
    /// the list; `nil` unless there are at least two non-empty choices.
    static func choices(_ value: String) -> [String]? {
        var text = trimmed(value)
        if text.hasPrefix("["), text.hasSuffix("]"), text.count >= 2 {
            text = String(text.dropFirst().dropLast())
        }
        guard text.contains("|") else { return nil }
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { trimmed($0) }
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return parts
    }

    /// Whether a value is unset in practice: empty, a placeholder, or an unchosen list of choices.
    static func isUnset(_ value: String) -> Bool {
        let text = trimmed(value)
        return text.isEmpty || isPlaceholder(text) || choices(text) != nil
    }

    /// A choice compared case-insensitively, ignoring code or emphasis marks around it.
    static func choiceKey(_ choice: String) -> String {
        trimmed(choice).trimmingMarks().lowercased()
    }

    /// The `YYYY-MM-DD` date a value starts with, if it starts with one.
    static func leadingDate(_ value: String) -> String? {
        let text = trimmed(value)
        guard CalendarDay(text.prefix(10)) != nil else { return nil }
        if let next = text.dropFirst(10).first, next.isNumber || next.isLetter { return nil }
        return String(text.prefix(10))
    }

    /// What follows a leading date, without the dash, colon or spaces that separate it.
    static func noteAfterDate(_ value: String) -> String? {
        guard leadingDate(value) != nil else { return nil }
        let rest = trimmed(value).dropFirst(10).drop { " \t-–—:,;".contains($0) }
        let note = trimmed(rest)
        return note.isEmpty ? nil : note
    }

    /// A date placeholder as templates write it: `YYYY-MM-DD`, `[YYYY-MM-DD]`, `[date]`, or nothing.
    static func isDatePlaceholder(_ value: String) -> Bool {
        let text = trimmed(value)
        return text.isEmpty || text.uppercased() == "YYYY-MM-DD" || isPlaceholder(text)
    }

    /// A field or section name compared loosely: case and runs of spaces do not matter.
    static func normalizedKey(_ key: String) -> String {
        trimmed(key).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// A value made safe for a single line: line breaks become spaces.
    static func singleLine(_ value: String) -> String {
        trimmed(IssueNNNLines.split(value).joined(separator: " "))
    }
}

extension String {
    /// The text without backticks, asterisks or underscores wrapped around it.
    fileprivate func trimmingMarks() -> String {
        var slice = Substring(self)
        while let first = slice.first, "`*_".contains(first), let last = slice.last, last == first, slice.count >= 2 {
            slice = slice.dropFirst().dropLast()
        }
        return String(slice)
    }
}
