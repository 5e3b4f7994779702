/// One item of the footer, `*Filed: 2026-01-10*` or `*Resolved: ...*`.
public struct IssueNNNFooterItem: Sendable, Equatable {
    /// The item's line, counted from 1.
    public var line: Int
    /// What the item says after the colon, trimmed; empty for `*Resolved: *`.
    public var value: String

    /// An item as found on `line`.
    public init(line: Int, value: String) {
        self.line = line
        self.value = value
    }
}

/// Finds and rewrites footer items inside one line.
///
/// A line is a footer line when, apart from its items, it holds only separators (spaces,
/// `|`, `·`, dashes, commas), so `*Filed: 2026-01-10* | *Resolved: *` counts and a sentence that
/// happens to quote `*Filed: ...*` does not. An item runs from `*Key:` to the last `*` before
/// the next item, so a value may itself contain `*`.
enum IssueNNNFooter {
    enum Kind: String, Sendable {
        case filed = "filed:"
        case resolved = "resolved:"
    }

    struct Item {
        var kind: Kind
        /// The raw text between the colon and the closing `*`.
        var valueRange: Range<String.Index>
        var start: String.Index
        var end: String.Index
    }

    /// The footer items of a line; empty when the line is not a footer line.
    static func items(in line: String) -> [Item] {
        var starts: [(kind: Kind, start: String.Index, valueStart: String.Index)] = []
        var index = line.startIndex
        while let star = line[index...].firstIndex(of: "*") {
            let after = line.index(after: star)
            let kind = [Kind.filed, .resolved].first { kind in
                let candidate = line[after...].prefix(kind.rawValue.count)
                return candidate.count == kind.rawValue.count && candidate.lowercased() == kind.rawValue
            }
            if let kind {
                let valueStart = line.index(after, offsetBy: kind.rawValue.count)
                starts.append((kind, star, valueStart))
                index = valueStart
            } else {
                index = after
            }
        }
        var items: [Item] = []
        for (position, start) in starts.enumerated() {
            let limit = position + 1 < starts.count ? starts[position + 1].start : line.endIndex
            guard var close = line[start.valueStart..<limit].lastIndex(of: "*") else { return [] }
            while close > start.valueStart, line[line.index(before: close)] == "*" {
                close = line.index(before: close)
            }
            items.append(Item(
                kind: start.kind, valueRange: start.valueStart..<close,
                start: start.start, end: line.index(after: close)
            ))
        }
        return isOnlySeparators(line, outside: items) ? items : []
    }

    /// The line with one item's value replaced; `nil` when the line has no such item.
    static func replacingValue(of kind: Kind, in line: String, with value: String) -> String? {
        guard let item = items(in: line).first(where: { $0.kind == kind }) else { return nil }
        var result = line
        result.replaceSubrange(item.valueRange, with: " " + value)
        return result
    }

    /// A footer line holding one item.
    static func line(_ kind: Kind, value: String) -> String {
        let key = kind == .filed ? "Filed" : "Resolved"
        return "*\(key): \(value)*"
    }

    private static func isOnlySeparators(_ line: String, outside items: [Item]) -> Bool {
        guard !items.isEmpty else { return false }
        var index = line.startIndex
        var rest = ""
        for item in items {
            rest += line[index..<item.start]
            index = item.end
        }
        rest += line[index...]
        return rest.allSatisfy { " \t|·•,;-–—*_".contains($0) }
    }
}
