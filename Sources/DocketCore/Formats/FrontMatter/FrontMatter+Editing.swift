/// Surgical edits: a change rewrites only the lines of the key it changes, or adds one
/// line before the closing `---`. Other keys, their order, comments and the body keep
/// every byte.
extension FrontMatter {
    /// A change to one key: a new value, or `nil` to remove the key.
    struct Change: Sendable {
        var key: String
        var value: YAMLValue?

        static func set(_ key: String, _ value: YAMLValue?) -> Change { Change(key: key, value: value) }
        static func text(_ key: String, _ text: String?) -> Change { Change(key: key, value: text.map(YAMLValue.scalar)) }
    }

    /// The file's text with `changes` applied in order.
    func applying(_ changes: [Change]) -> String {
        var current = self
        for change in changes {
            current.apply(change)
        }
        return current.text.text
    }

    private mutating func apply(_ change: Change) {
        var lines = text.lines
        if let index = entries.firstIndex(where: { $0.key == change.key }) {
            let entry = entries[index]
            let first = lines[entry.lines.lowerBound]
            let ending = first.hasSuffix("\r\n") ? "\r\n" : first.hasSuffix("\n") ? "\n" : ""
            let replacement = change.value.map {
                FrontMatter.lines(key: entry.key, value: $0, comment: entry.trailingComment, blockIndent: entry.blockIndent, ending: ending.isEmpty ? text.lineEnding : ending)
            } ?? []
            lines.replaceSubrange(entry.lines, with: replacement.map { Substring($0) })
            let shift = replacement.count - entry.lines.count
            var updated = entry
            updated.lines = entry.lines.lowerBound..<entry.lines.lowerBound + replacement.count
            if let value = change.value {
                updated.value = value
                entries[index] = updated
            } else {
                entries.remove(at: index)
            }
            shiftEntries(after: entry.lines.lowerBound, by: shift)
            closingLine += shift
        } else if let value = change.value {
            let added = FrontMatter.lines(key: change.key, value: value, comment: "", blockIndent: nil, ending: text.lineEnding)
            lines.insert(contentsOf: added.map { Substring($0) }, at: closingLine)
            entries.append(Entry(key: change.key, value: value, lines: closingLine..<closingLine + added.count, trailingComment: "", blockIndent: nil))
            closingLine += added.count
        }
        text.lines = lines
    }

    private mutating func shiftEntries(after line: Int, by shift: Int) {
        guard shift != 0 else { return }
        for index in entries.indices where entries[index].lines.lowerBound > line {
            let range = entries[index].lines
            entries[index].lines = range.lowerBound + shift..<range.upperBound + shift
        }
    }

    /// Keys whose numbers and timestamps are written bare, as YAML integers and timestamps,
    /// which is how the documented format shows them.
    static let literalKeys: Set<String> = ["id", "created", "updated", "closed", "claimed"]

    /// The lines that write `key: value`, in the block style the key already used.
    static func lines(key: String, value: YAMLValue, comment: String, blockIndent: String?, ending: String) -> [String] {
        switch value {
        case .null:
            return ["\(key):\(comment)\(ending)"]
        case .scalar(let text):
            let written = literalKeys.contains(key) && YAMLScalar.isNumberOrTimestamp(text) ? text : YAMLScalar.render(text)
            return ["\(key): \(written)\(comment)\(ending)"]
        case .list(let items):
            if let blockIndent, !items.isEmpty {
                return ["\(key):\(comment)\(ending)"] + items.map { "\(blockIndent)- \(YAMLScalar.render($0))\(ending)" }
            }
            return ["\(key): \(YAMLScalar.renderList(items))\(comment)\(ending)"]
        }
    }
}
