import Foundation

/// The snippet of a search hit whose body is too long for FTS5's `snippet()`, which scores
/// every instance of a match against every other (quadratic: a 4 MB body full of the word
/// took over a minute). This one reads the text once, up to the first match: the window of
/// `tokens` tokens starting a few before the first token that matches a word
/// of the query, marked and elided (`…`) like FTS5's. It looks in the title (short, so a match
/// there spares reading the body), then the body, then the labels, and answers the title
/// when none holds a match.
struct LongTextSnippet {
    /// Bodies of more than this many characters get this snippet instead of FTS5's, which
    /// stays well under a second below it.
    static let threshold = 16_384
    /// Tokens in a snippet, as in `snippet(fts, -1, …, 12)`.
    static let tokens = 12
    /// Tokens shown before the first match.
    static let lead = 3

    /// Folded tokens that match exactly, and folded prefixes (from `word*` terms).
    let words: Set<String>
    let prefixes: [String]

    init(_ query: Query) {
        var words: Set<String> = []
        var prefixes: [String] = []
        for term in query.terms where !term.isExcluded {
            var tokens = Query.tokens(of: term.text)
            if term.kind == .prefix, let last = tokens.popLast() { prefixes.append(last) }
            words.formUnion(tokens)
        }
        self.words = words
        self.prefixes = prefixes
    }

    /// The snippet for an issue, marked with `highlight`.
    func snippet(title: String, body: String, labels: [String], highlight: (start: String, end: String)) -> String {
        for text in [title, body, labels.joined(separator: " ")] {
            if let found = snippet(of: text, highlight: highlight) { return found }
        }
        return title
    }

    /// The window around the first match in `text`, or nil when nothing in it matches.
    func snippet(of text: String, highlight: (start: String, end: String)) -> String? {
        let scalars = text.unicodeScalars
        var window: [Range<String.Index>] = []
        var matched: [Bool] = []
        var elided = false
        var start: String.Index?
        var index = scalars.startIndex
        var found = false
        /// Ends the token under way (if any) at `end`; true once the window is full.
        func finish(_ end: String.Index) -> Bool {
            guard let tokenStart = start else { return false }
            start = nil
            let range = tokenStart..<end
            let isMatch = matches(text[range])
            window.append(range)
            matched.append(isMatch)
            if !found, window.count > LongTextSnippet.lead + 1 {
                window.removeFirst()
                matched.removeFirst()
                elided = true
            }
            found = found || isMatch
            return found && window.count == LongTextSnippet.tokens
        }
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if Query.isTokenScalar(scalars[index], continuing: start != nil) {
                if start == nil { start = index }
            } else if finish(index) {
                break
            }
            index = next
        }
        if index == scalars.endIndex { _ = finish(index) }
        guard found, let first = window.first, let last = window.last else { return nil }
        var result = elided ? "…" : ""
        var cursor = first.lowerBound
        for (range, isMatch) in zip(window, matched) {
            result += text[cursor..<range.lowerBound]
            result += isMatch ? highlight.start + text[range] + highlight.end : String(text[range])
            cursor = range.upperBound
        }
        let atEnd = text[last.upperBound...].unicodeScalars.allSatisfy { !Query.isTokenScalar($0, continuing: false) }
        return atEnd ? result : result + "…"
    }

    /// Whether one token of the text matches a word of the query, folded like the index
    /// (an ASCII token, by far the most common, without Foundation's folding).
    private func matches(_ token: Substring) -> Bool {
        let utf8 = token.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return Query.tokens(of: String(token)).contains(where: matchesFolded) }
        return matchesFolded(String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self))
    }

    /// Whether a folded token matches.
    private func matchesFolded(_ folded: String) -> Bool {
        words.contains(folded) || prefixes.contains { folded.hasPrefix($0) }
    }
}
