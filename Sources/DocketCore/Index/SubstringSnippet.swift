/// The snippet of a search hit found only by words of scripts written without spaces
/// (`日本`), which FTS5's `snippet()` of the `unicode61` table cannot mark: the line around
/// the first such word found in the title, else the body, else the labels, with up to
/// `before` characters before it and `after` after it, marked and elided (`…`) like FTS5's.
/// It answers the title when none holds a word.
struct SubstringSnippet {
    /// Characters shown before and after the match.
    static let before = 10
    static let after = 30

    /// The positive substring terms' texts.
    let needles: [String]

    init(_ query: Query) {
        needles = query.substringTerms.filter { !$0.isExcluded }.map(\.text)
    }

    /// The snippet for an issue, marked with `highlight`.
    func snippet(title: String, body: String, labels: String, highlight: (start: String, end: String)) -> String {
        for text in [title, body, labels] {
            if let found = snippet(of: text, highlight: highlight) { return found }
        }
        return title
    }

    /// The window around the earliest match in `text`, or nil when no needle is in it.
    func snippet(of text: String, highlight: (start: String, end: String)) -> String? {
        let ranges = needles.compactMap { Query.substringRange(of: $0, in: text) }
        guard let first = ranges.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: first.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: first.upperBound)
        let lineStart = text[..<start].lastIndex(where: \.isNewline).map(text.index(after:)) ?? text.startIndex
        let lineEnd = text[end...].firstIndex(where: \.isNewline) ?? text.endIndex
        let lead = text[lineStart..<start]
        let trail = text[end..<lineEnd]
        var result = lead.count > Self.before ? "…" + lead.suffix(Self.before) : String(lead)
        result += highlight.start + text[start..<end] + highlight.end
        result += trail.count > Self.after ? trail.prefix(Self.after) + "…" : String(trail)
        return result
    }
}
